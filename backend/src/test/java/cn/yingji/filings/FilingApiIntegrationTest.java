package cn.yingji.filings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import cn.yingji.plans.PlanSteps;
import cn.yingji.attachments.TestFiles;
import cn.yingji.platform.China;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Concurrently;
import cn.yingji.support.Fixtures;

/**
 * 备案 round trip through the API: a county files a plan, the routed city returns it, the county
 * resubmits, the city accepts, both download the receipt; the sibling county sees none of it.
 */
class FilingApiIntegrationTest extends ApiIntegrationTest {

    String government;
    String department;

    @BeforeEach
    void units() {
        government = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区人民政府-" + UUID.randomUUID(), "government");
        department = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区应急管理局-" + UUID.randomUUID());
    }

    @Test
    void countyFilesCityReturnsCountyResubmitsCityAccepts() throws Exception {
        String title = "潍城区突发事件总体应急预案-" + UUID.randomUUID().toString().substring(0, 6);
        String planId = issuedPlan(title, "general");

        String key = UUID.randomUUID().toString();
        Map<String, Object> filing = submit(planId, 1, key).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String filingId = (String) filing.get("id");
        assertThat(filing).containsEntry("status", "pending").containsEntry("late", false);
        assertThat(filing.get("routeDescription").toString()).contains("潍坊市");
        assertThat(((Map<?, ?>) filing.get("authority")).get("tenantCode")).isEqualTo("370700");

        // the same click twice: one submission
        Map<String, Object> again = submit(planId, 1, key).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(again.get("id")).isEqualTo(filingId);
        assertThat(filingsOf("wc-county", planId)).hasSize(1);

        assertThat(inboxIds("wf-city")).contains(filingId);
        assertThat(inboxIds("sd-province")).doesNotContain(filingId);
        as("ht-county").get().uri("/api/v1/plans/{id}/filings", planId).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("plan-not-found");

        // only the routed authority decides, and a return needs a reason
        as("sd-province").post().uri("/api/v1/filings/{id}/accept", filingId).exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("not-filing-authority");
        as("wf-city").post().uri("/api/v1/filings/{id}/return", filingId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", " ")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("validation-failed");
        as("wf-city").post().uri("/api/v1/filings/{id}/return", filingId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "缺少编制说明，请补充后重新报送")).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("returned")
                .jsonPath("$.decision.reason").isEqualTo("缺少编制说明，请补充后重新报送");
        as("wf-city").post().uri("/api/v1/filings/{id}/accept", filingId).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("filing-already-decided");

        Map<String, Object> plan = plan("wc-county", planId);
        assertThat(plan).containsEntry("status", "returned");
        int version = ((Number) plan.get("version")).intValue();

        Map<String, Object> second = submit(planId, version, UUID.randomUUID().toString()).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String secondId = (String) second.get("id");
        Map<String, Object> accepted = as("wf-city").post().uri("/api/v1/filings/{id}/accept", secondId).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> decision = (Map<?, ?>) accepted.get("decision");
        assertThat(decision.get("filingNumber").toString()).startsWith("370700-" + China.today().getYear() + "-");
        assertThat(plan("wc-county", planId)).containsEntry("status", "filed");
        assertThat(plan("sd-province", planId)).containsEntry("status", "filed");

        // the reviewer as our people directory names her (the tenant admin may correct it), not her Keycloak name
        String reviewer = "李娜-" + UUID.randomUUID().toString().substring(0, 4);
        String recorded = renamePerson("wf-city", reviewer);
        try {
            for (String user : List.of("wc-county", "wf-city")) {
                byte[] pdf = as(user).get().uri("/api/v1/filings/{id}/receipt.pdf", secondId).exchange()
                        .expectStatus().isOk()
                        .expectHeader().contentType(MediaType.APPLICATION_PDF)
                        .expectBody(byte[].class).returnResult().getResponseBody();
                try (var document = Loader.loadPDF(pdf)) {
                    String text = new PDFTextStripper().getText(document);
                    assertThat(text).contains("应急预案备案登记表", decision.get("filingNumber").toString(),
                            decision.get("verificationCode").toString(), "潍城区", reviewer, "潍坊市应急管理局")
                            .doesNotContain("（潍坊市应急管理局）", "有关部门", "370702");
                }
            }
        } finally {
            renamePerson("wf-city", recorded);
        }
        as("ht-county").get().uri("/api/v1/filings/{id}/receipt.pdf", secondId).exchange().expectStatus().isNotFound();
        as("wc-county").get().uri("/api/v1/filings/{id}/receipt.pdf", filingId).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("filing-not-accepted");

        List<Object> actions = timeline("wc-county", planId).stream().map(e -> e.get("action")).toList();
        assertThat(actions).containsSubsequence("plan.create", "plan.issue", "filing.submit", "filing.return",
                "filing.submit", "filing.accept");
        // people by name (人员名录), never by login name; the action's words are the web app's (one map)
        assertThat(timeline("wc-county", planId)).allSatisfy(e -> assertThat(e).doesNotContainKey("label")
                .extractingByKey("actor").asString().matches("^(王强|李娜).*"));
    }

    @Test
    void aDraftCannotBeFiledAndOnlyTheOwnerFiles() {
        @SuppressWarnings("unchecked")
        Map<String, Object> draft = as("wc-county").post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "潍城区草稿预案", "category", "special", "ownerUnitId", department))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        submit((String) draft.get("id"), 0, null).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("plan-illegal-transition");

        String issued = issuedPlan("潍城区专项应急预案-" + UUID.randomUUID(), "special");
        as("wf-city").post().uri("/api/v1/plans/{id}/submit", issued).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", 1)).exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("not-owner");
        as("wc-county").post().uri("/api/v1/filings/inbox").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of())
                .exchange().expectStatus().isEqualTo(405);
        as("wc-county").get().uri("/api/v1/filings/inbox").exchange().expectStatus().isForbidden();
    }

    @Test
    void anEnterpriseFilingLeftUnansweredPastItsDeadlineCountsAsFiledAGovernmentOneDoesNot() throws Exception {
        String enterprise = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍坊某化工有限公司-" + UUID.randomUUID(),
                "enterprise");
        setSupervisor(enterprise, department);
        @SuppressWarnings("unchecked")
        Map<String, Object> plan = as("wc-county").post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "危险化学品泄漏事故应急预案-" + UUID.randomUUID(), "category", "enterprise",
                        "ownerUnitId", enterprise))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String enterprisePlan = (String) plan.get("id");
        as("wc-county").post().uri("/api/v1/plans/{id}/issue", enterprisePlan).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("docNumber", "潍化〔2026〕3号", "issuedOn", China.today().toString(), "version", 0))
                .exchange().expectStatus().isOk();
        String enterpriseFiling = (String) submit(enterprisePlan, 1, null).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");
        String governmentPlan = issuedPlan("潍城区总体应急预案-" + UUID.randomUUID(), "general");
        String governmentFiling = (String) submit(governmentPlan, 1, null).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");
        assertThat(filingsOf("wc-county", enterprisePlan)).singleElement()
                .satisfies(f -> assertThat(f).containsEntry("deemedFiled", false).containsEntry("acknowledgementLate", false));

        // the authorities stay silent past their acknowledgement deadlines
        try (var c = cn.yingji.support.TestServices.ownerConnection(); var st = c.prepareStatement(
                "update filing set acknowledgement_due_on = current_date - 1 where id in (?::uuid, ?::uuid)")) {
            st.setString(1, enterpriseFiling);
            st.setString(2, governmentFiling);
            assertThat(st.executeUpdate()).isEqualTo(2);
        }
        assertThat(filingsOf("wc-county", enterprisePlan)).singleElement()
                .satisfies(f -> assertThat(f).containsEntry("deemedFiled", true).containsEntry("acknowledgementLate", true)
                        .containsEntry("status", "pending"));
        assertThat(filingsOf("wc-county", governmentPlan)).singleElement()
                .satisfies(f -> assertThat(f).containsEntry("deemedFiled", false).containsEntry("acknowledgementLate", true));
    }


    // --- integrity (issue 11) --------------------------------------------------------------------------

    private record Answer(int status, Map<String, Object> body) {
    }

    @SuppressWarnings("unchecked")
    private static Answer answer(org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec spec) {
        var result = spec.expectBody(Map.class).returnResult();
        return new Answer(result.getStatus().value(), result.getResponseBody());
    }

    private Answer post(org.springframework.test.web.reactive.server.WebTestClient client, String uri, String key,
            Object body, Object... vars) {
        var request = client.post().uri(uri, vars).contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return answer(request.bodyValue(body).exchange());
    }

    @Test
    void parallelSubmitsOfOneVersionMakeOneFilingAndParallelAcceptsOneNumber() throws Exception {
        String planId = issuedPlan("潍城区突发事件总体应急预案-" + UUID.randomUUID(), "general");
        new PlanSteps(this::as).uploadFilingMaterials("wc-county", planId);
        var county = as("wc-county");
        List<Answer> submits = Concurrently.run(5, i -> post(county, "/api/v1/plans/{id}/submit",
                UUID.randomUUID().toString(), Map.of("version", 1), planId));

        assertThat(submits).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(submits).filteredOn(a -> a.status() != 201).hasSize(4)
                .allSatisfy(a -> assertThat(a).extracting(Answer::status, x -> x.body().get("code"))
                        .containsExactly(409, "version-conflict"));
        assertThat(filingsOf("wc-county", planId)).hasSize(1);
        String filingId = (String) submits.stream().filter(a -> a.status() == 201).findFirst().orElseThrow().body().get("id");

        var city = as("wf-city");
        List<Answer> accepts = Concurrently.run(4, i -> post(city, "/api/v1/filings/{id}/accept", null, Map.of(), filingId));
        assertThat(accepts).filteredOn(a -> a.status() == 200).hasSize(1);
        assertThat(accepts).filteredOn(a -> a.status() != 200)
                .allSatisfy(a -> assertThat(a.body()).containsEntry("code", "filing-already-decided"));
        String number = (String) ((Map<?, ?>) accepts.stream().filter(a -> a.status() == 200).findFirst().orElseThrow()
                .body().get("decision")).get("filingNumber");

        // gap-free: the refused accepts gave their numbers back, the next filing gets the next one
        String next = issuedPlan("潍城区突发事件总体应急预案-" + UUID.randomUUID(), "general");
        String nextFiling = (String) submit(next, 1, null).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody().get("id");
        Map<?, ?> decision = (Map<?, ?>) answer(city.post().uri("/api/v1/filings/{id}/accept", nextFiling).exchange())
                .body().get("decision");
        int seq = Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
        assertThat(decision.get("filingNumber")).isEqualTo(number.substring(0, number.lastIndexOf('-') + 1)
                + String.format("%05d", seq + 1));
    }

    /** A decision recorded with its number outside the counter (imported, demo data): the next accept skips past it. */
    @Test
    void numbersRecordedWithoutTheCounterAreNotDrawnAgain() throws Exception {
        String imported = issuedPlan("潍城区突发事件总体应急预案-" + UUID.randomUUID(), "general");
        String importedFiling = (String) submit(imported, 1, null).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody().get("id");
        String next = issuedPlan("潍城区突发事件总体应急预案-" + UUID.randomUUID(), "general");
        String nextFiling = (String) submit(next, 1, null).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody().get("id");
        String prefix = "370700-" + China.today().getYear() + "-";
        int recorded;
        try (var c = cn.yingji.support.TestServices.ownerConnection(); var st = c.prepareStatement("""
                insert into filing_decision (tenant_code, tenant_path, filing_id, decision, filing_number, verification_code,
                                             decided_by)
                select '370700', 'p37.c3707', ?::uuid, 'accepted',
                       ? || lpad((coalesce(max(split_part(filing_number, '-', 3)::integer), 0) + 100)::text, 5, '0'),
                       'IMPORTED01', 'sd-province'
                  from filing_decision where tenant_code = '370700' and filing_number like ? || '%'
                returning split_part(filing_number, '-', 3)::integer""")) {
            st.setString(1, importedFiling);
            st.setString(2, prefix);
            st.setString(3, prefix);
            try (var rs = st.executeQuery()) {
                rs.next();
                recorded = rs.getInt(1);
            }
        }
        Map<?, ?> decision = (Map<?, ?>) answer(as("wf-city").post().uri("/api/v1/filings/{id}/accept", nextFiling).exchange())
                .body().get("decision");
        assertThat(decision.get("filingNumber")).isEqualTo(prefix + String.format("%05d", recorded + 1));
    }

    @Test
    void anIdempotencyKeyIsOneRequestConcurrentRepeatsGetItsAnswerAnotherRequestIsRefused() throws Exception {
        String planA = issuedPlan("潍城区突发事件总体应急预案-" + UUID.randomUUID(), "general");
        String planB = issuedPlan("潍城区突发事件总体应急预案-" + UUID.randomUUID(), "general");
        new PlanSteps(this::as).uploadFilingMaterials("wc-county", planA);
        new PlanSteps(this::as).uploadFilingMaterials("wc-county", planB);
        String key = UUID.randomUUID().toString();
        var county = as("wc-county");

        List<Answer> same = Concurrently.run(4, i -> post(county, "/api/v1/plans/{id}/submit", key, Map.of("version", 1), planA));
        assertThat(same).allSatisfy(a -> assertThat(a.status()).isEqualTo(201));
        assertThat(same.stream().map(a -> a.body().get("id")).distinct()).hasSize(1);

        // plan B with plan A's key: refused, and B is not submitted
        Answer reused = post(county, "/api/v1/plans/{id}/submit", key, Map.of("version", 1), planB);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.body()).containsEntry("code", "idempotency-key-reused");
        assertThat(plan("wc-county", planB)).containsEntry("status", "issued");
        assertThat(filingsOf("wc-county", planB)).isEmpty();

        // the key belongs to its user: another user's same key is another request
        String cityUnit = Fixtures.orgUnit("370700", "p37.c3707", "潍坊市水利局-" + UUID.randomUUID());
        String cityPlan = issued("wf-city", "潍坊市防汛部门应急预案-" + UUID.randomUUID(), "department", cityUnit);
        new PlanSteps(this::as).uploadFilingMaterials("wf-city", cityPlan);
        assertThat(post(as("wf-city"), "/api/v1/plans/{id}/submit", key, Map.of("version", 1), cityPlan).status())
                .isEqualTo(201);
    }

    /** wf-city compiles (city_official) and reviews (reviewer); its department plan is filed with its own tier. */
    @Test
    void theDeciderMustBeAnotherPersonThanTheSubmitter() throws Exception {
        String cityUnit = Fixtures.orgUnit("370700", "p37.c3707", "潍坊市水利局-" + UUID.randomUUID());
        String planId = issued("wf-city", "潍坊市水旱灾害部门应急预案-" + UUID.randomUUID(), "department", cityUnit);
        new PlanSteps(this::as).uploadFilingMaterials("wf-city", planId);
        Map<String, Object> filing = answer(as("wf-city").post().uri("/api/v1/plans/{id}/submit", planId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("version", 1)).exchange()).body();
        String filingId = (String) filing.get("id");
        assertThat(((Map<?, ?>) filing.get("authority")).get("tenantCode")).isEqualTo("370700");

        for (String decision : List.of("accept", "return")) {
            as("wf-city").post().uri("/api/v1/filings/{id}/" + decision, filingId).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("reason", "自审")).exchange()
                    .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("filing-own-submission");
        }
        assertThat(plan("wf-city", planId)).containsEntry("status", "submitted");

        // the database refuses it too, where the decision is applied
        var weifang = new cn.yingji.tenancy.TenantRef("370700", "潍坊市", cn.yingji.db.enums.TenantTier.city, "p37.c3707");
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(java.sql.SQLException.class,
                () -> cn.yingji.support.AppRole.asTenant(weifang, c -> {
                    try (var st = c.prepareStatement("insert into filing_decision (filing_id, decision, reason, decided_by) "
                            + "values (?::uuid, 'returned', '自审', 'wf-city')")) {
                        st.setString(1, filingId);
                        st.executeUpdate();
                    }
                    try (var st = c.prepareStatement("select app.apply_filing_decision(?::uuid)")) {
                        st.setString(1, filingId);
                        return st.execute();
                    }
                }));
        assertThat(refused.getSQLState()).isEqualTo("YJ403");
    }

    @Test
    void aDecisionLeavesAPlanAbolishedMeanwhileAbolishedAndSubmittedMaterialsStayAsReceived() {
        String planId = issuedPlan("潍城区突发事件总体应急预案-" + UUID.randomUUID(), "general");
        String filingId = (String) submit(planId, 1, null).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody().get("id");

        new PlanSteps(this::as).upload("wc-county", "/api/v1/plans/{id}/attachments", planId, "补充材料.docx",
                TestFiles.docxUnchecked("报送后补充的材料"), Map.of("role", "other"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("plan-illegal-transition");

        as("wc-county").post().uri("/api/v1/plans/{id}/abolish", planId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", 2)).exchange().expectStatus().isOk();
        Map<String, Object> accepted = answer(as("wf-city").post().uri("/api/v1/filings/{id}/accept", filingId).exchange()).body();
        assertThat(accepted).containsEntry("status", "filed");
        assertThat(plan("wc-county", planId)).containsEntry("status", "abolished");
        new PlanSteps(this::as).upload("wc-county", "/api/v1/plans/{id}/attachments", planId, "补充材料.docx",
                TestFiles.docxUnchecked("废止后补充的材料"), Map.of("role", "other"))
                .expectStatus().isEqualTo(409);
    }

    /**
     * The inbox shows what the authority received: the title as submitted even when the plan is no longer
     * visible to it, the date submitted, and no 回执逾期 on a filing that is no longer pending.
     */
    @Test
    void theInboxShowsTheSubmissionAsReceivedWhateverHappensToThePlan() throws Exception {
        String title = "潍城区突发事件总体应急预案-" + UUID.randomUUID();
        String planId = issuedPlan(title, "general");
        String filingId = (String) submit(planId, 1, null).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody().get("id");
        try (var c = cn.yingji.support.TestServices.ownerConnection(); var st = c.prepareStatement(
                "update plan set sharing = 'private' where id = ?::uuid")) {
            st.setString(1, planId);
            st.executeUpdate();
        }
        Map<String, Object> row = inbox("wf-city").stream().filter(f -> filingId.equals(f.get("id"))).findFirst().orElseThrow();
        assertThat(row).containsEntry("planTitle", title).containsEntry("submittedOn", China.today().toString());

        // a submission recorded as filed without a decision (an imported record): not overdue for an answer
        try (var c = cn.yingji.support.TestServices.ownerConnection(); var st = c.prepareStatement(
                "update filing set status = 'filed', submitted_on = date '2024-03-20', filing_due_on = date '2024-03-29', "
                        + "acknowledgement_due_on = date '2024-03-27' where id = ?::uuid")) {
            st.setString(1, filingId);
            st.executeUpdate();
        }
        Map<String, Object> filed = inbox("wf-city").stream().filter(f -> filingId.equals(f.get("id"))).findFirst().orElseThrow();
        assertThat(filed).containsEntry("submittedOn", "2024-03-20").containsEntry("late", false)
                .containsEntry("acknowledgementLate", false).containsEntry("deemedFiled", false);

        // and its plan cannot be submitted a second time: one open or filed submission per plan version
        try (var c = cn.yingji.support.TestServices.ownerConnection(); var st = c.prepareStatement(
                "update plan set status = 'issued' where id = ?::uuid")) {
            st.setString(1, planId);
            st.executeUpdate();
        }
        int version = ((Number) plan("wc-county", planId).get("version")).intValue();
        submit(planId, version, null).expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("filing-already-open");
        assertThat(filingsOf("wc-county", planId)).hasSize(1);
    }

    /** 第二十六条: a county government's 专项预案 goes to the city; the form shows where before it is issued. */
    @Test
    void aSpecialPlanOfTheCountyGovernmentIsRoutedToTheCitysEmergencyManagementBureauFromTheDraftOn() {
        Map<String, Object> route = answer(as("wc-county").get()
                .uri("/api/v1/plans/filing-route?category=special&ownerUnitId={unit}", government).exchange()).body();
        assertThat(route).containsEntry("authority", "潍坊市应急管理局").containsEntry("receivingUnit", "潍坊市应急管理局")
                .containsEntry("description", "报潍坊市应急管理局备案").containsEntry("outsidePlatform", false);

        Map<String, Object> general = answer(as("wc-county").get()
                .uri("/api/v1/plans/filing-route?category=general&ownerUnitId={unit}", government).exchange()).body();
        assertThat(general).containsEntry("authority", "潍坊市人民政府").containsEntry("receivingUnit", "潍坊市应急管理局")
                .containsEntry("description", "报潍坊市人民政府备案，经潍坊市应急管理局报送");

        String planId = issued("wc-county", "潍城区防汛应急预案-" + UUID.randomUUID(), "special", government);
        Map<String, Object> filing = submit(planId, 1, null).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody();
        Map<?, ?> authority = (Map<?, ?>) filing.get("authority");
        assertThat(authority.get("label")).isEqualTo("潍坊市应急管理局");
        assertThat(authority.get("unitId")).isEqualTo(desk("370700"));
        assertThat(filing.get("routeDescription").toString()).doesNotContain("牵头部门", "有关部门");
    }

    @Test
    void aCombinationWithoutRouteIsRefusedAtCreationSayingWhatToChoose() {
        as("wc-county").post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "潍城区应急管理局总体应急预案", "category", "general", "ownerUnitId", department))
                .exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo("filing-route-not-found")
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("总体应急预案", "政府部门", "编制单位应为人民政府"));
        as("wc-county").get().uri("/api/v1/plans/filing-route?category=general&ownerUnitId={unit}", department).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("filing-route-not-found");
    }

    /** Sets a person's name in the people directory as the tenant admin would; returns the name before. */
    private static String renamePerson(String username, String name) throws java.sql.SQLException {
        try (var c = cn.yingji.support.TestServices.ownerConnection();
             var st = c.prepareStatement("update person p set name = ? from person old "
                     + "where p.username = ? and old.id = p.id returning old.name")) {
            st.setString(1, name);
            st.setString(2, username);
            try (var rs = st.executeQuery()) {
                assertThat(rs.next()).as(username + " is in the people directory").isTrue();
                return rs.getString(1);
            }
        }
    }

    private static String desk(String tenantCode) {
        try (var c = cn.yingji.support.TestServices.ownerConnection(); var st = c.prepareStatement(
                "select id::text from org_unit where tenant_code = ? and receives_filings")) {
            st.setString(1, tenantCode);
            try (var rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String issued(String user, String title, String category, String unit) {
        PlanSteps steps = new PlanSteps(this::as);
        Object id = steps.draft(user, title, category, unit).get("id");
        steps.issue(user, id, China.today().minusDays(1));
        return (String) id;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> inbox(String user) {
        return as(user).get().uri("/api/v1/filings/inbox").exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
    }

    // --- helpers -------------------------------------------------------------------------------------

    private static void setSupervisor(String unit, String supervisor) throws java.sql.SQLException {
        try (var c = cn.yingji.support.TestServices.ownerConnection(); var st = c.prepareStatement(
                "update org_unit set supervising_unit_id = ?::uuid where id = ?::uuid")) {
            st.setString(1, supervisor);
            st.setString(2, unit);
            st.executeUpdate();
        }
    }

    private String issuedPlan(String title, String category) {
        @SuppressWarnings("unchecked")
        Map<String, Object> plan = as("wc-county").post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", title, "category", category, "eventTypes", List.of("危险化学品"),
                        "ownerUnitId", "general".equals(category) ? government : department,
                        "summary", "本预案适用于危险化学品事故。"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String id = (String) plan.get("id");
        as("wc-county").post().uri("/api/v1/plans/{id}/issue", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("docNumber", "潍城政发〔2026〕1号", "issuedOn", China.today().minusDays(1).toString(),
                        "version", 0))
                .exchange().expectStatus().isOk();
        return id;
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec submit(String planId, int version,
            String key) {
        new PlanSteps(this::as).uploadFilingMaterials("wc-county", planId);
        var request = as("wc-county").post().uri("/api/v1/plans/{id}/submit", planId)
                .contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.bodyValue(Map.of("version", version)).exchange();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> plan(String user, String id) {
        return as(user).get().uri("/api/v1/plans/{id}", id).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> filingsOf(String user, String planId) {
        return as(user).get().uri("/api/v1/plans/{id}/filings", planId).exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> timeline(String user, String planId) {
        return as(user).get().uri("/api/v1/plans/{id}/timeline", planId).exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<Object> inboxIds(String user) {
        List<Map<String, Object>> inbox = as(user).get().uri("/api/v1/filings/inbox?status=pending").exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        return inbox.stream().map(f -> f.get("id")).toList();
    }
}
