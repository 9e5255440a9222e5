package cn.yingji.experts;

import static cn.yingji.experts.ExpertSteps.expert;
import static cn.yingji.experts.ExpertSteps.ids;
import static cn.yingji.experts.ExpertSteps.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import cn.yingji.db.enums.TenantTier;
import cn.yingji.plans.EventTypes;
import cn.yingji.platform.Spreadsheets;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.AppRole;
import cn.yingji.support.Fixtures;
import cn.yingji.support.OddQueries;
import cn.yingji.tenancy.TenantRef;

/**
 * 专家库 through the API with real tokens, database and search: the pool shared along the line, contact details
 * for invokers only, invocations from request to fee across tenants, conflict of interest, matching nearest
 * tier first, and the all-or-nothing import.
 */
class ExpertApiIntegrationTest extends ApiIntegrationTest {

    ExpertSteps steps;
    String run;
    /** A specialty drawn per run, so experts of earlier runs crowd no candidate list of this one. */
    String specialty;

    @BeforeEach
    void setUp() {
        steps = new ExpertSteps(this::as);
        run = UUID.randomUUID().toString().substring(0, 8);
        specialty = EventTypes.ALL.get(Math.floorMod(run.hashCode(), EventTypes.ALL.size()));
    }

    @Test
    void theProvincePoolServesTheTiersBelowAndOnlyInvokersSeeContactDetails() {
        Map<String, Object> created = steps.register("sd-province", expert("王省专家" + run, "山东省安全生产科学研究院",
                List.of("危险化学品", "生产安全事故"), "province"));
        String id = (String) created.get("id");
        assertThat(created).containsEntry("sharing", "vertical").containsEntry("inPool", true)
                .containsEntry("availability", "available").containsEntry("levelLabel", "省级").containsEntry("tenantName", "山东省");
        assertThat(created.get("phone")).isNotNull();

        for (String below : List.of("wf-city", "wc-county", "ht-county", "szq-county")) {
            assertThat(steps.get(below, "/api/v1/experts/{id}", id)).as(below).containsEntry("contactVisible", true)
                    .containsEntry("phone", created.get("phone"));
        }
        // an expert (or a reviewer-only user) sees the pool, not the phone
        assertThat(steps.get("expert-demo", "/api/v1/experts/{id}", id)).containsEntry("contactVisible", false)
                .containsEntry("phone", null).containsEntry("email", null).containsEntry("name", "王省专家" + run);
        as("gz-province").get().uri("/api/v1/experts/{id}", id).exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("expert-not-found");

        // a county's expert is seen above it, never sideways
        String county = (String) steps.register("wc-county", expert("李县专家" + run, "潍城区某化工企业",
                List.of("危险化学品"), "county")).get("id");
        steps.get("wf-city", "/api/v1/experts/{id}", county);
        steps.get("sd-province", "/api/v1/experts/{id}", county);
        as("ht-county").get().uri("/api/v1/experts/{id}", county).exchange().expectStatus().isNotFound();

        // writes touch own experts only; experts themselves cannot register anyone
        Map<String, Object> edit = expert("王省专家" + run, "山东省安全生产科学研究院", List.of("危险化学品"), "province");
        edit.put("version", 0);
        as("wc-county").put().uri("/api/v1/experts/{id}", id).contentType(MediaType.APPLICATION_JSON).bodyValue(edit)
                .exchange().expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("not-owner");
        steps.post("expert-demo", "/api/v1/experts", expert("某" + run, "某单位", List.of("地震"), "province"))
                .expectStatus().isForbidden();
        Map<String, Object> list = steps.get("wc-county", "/api/v1/experts?tenantCode=370000&specialty=生产安全事故&size=100");
        assertThat(ids(list)).contains(id);
        assertThat(ids(steps.get("ht-county", "/api/v1/experts?tenantCode=370702&size=100"))).isEmpty();
    }

    @Test
    void oddSearchQueriesGetResultsOrAClearError() throws InterruptedException {
        String id = (String) steps.register("wf-city", expert("孙专家" + run, "潍坊市危化品应急救援中心",
                List.of("危险化学品"), "city")).get("id");
        steps.await("wf-city", "/api/v1/experts/search?q={q}", r -> ids(r).contains(id), run);
        for (String q : OddQueries.ACCEPTED) {
            as("wf-city").get().uri("/api/v1/experts/search?q={q}", q).exchange().expectStatus().isOk();
        }
        // mixed scripts, emoji, operators and full-width punctuation around real words still find the expert
        for (String q : List.of("「危化品」 " + run, "（救援中心） " + run, "\"危化品\" " + run, "潍坊市危化品 " + run)) {
            assertThat(ids(steps.get("wf-city", "/api/v1/experts/search?q={q}", q))).as(q).contains(id);
        }
        as("wf-city").get().uri("/api/v1/experts/search?q={q}", OddQueries.tooLong(ExpertSearch.MAX_QUERY_LENGTH))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("search-query-too-long");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theThesaurusAndPartialMatchesStayInsideTheViewersScope() throws InterruptedException {
        String own = (String) steps.register("wc-county", expert("县" + run, "潍城区危化品应急救援中心",
                List.of("危险化学品"), "county")).get("id");
        String sideways = (String) steps.register("ht-county", expert("邻" + run, "寒亭区危化品应急救援中心",
                List.of("危险化学品"), "county")).get("id");
        steps.await("wc-county", "/api/v1/experts/search?q={q}", r -> ids(r).contains(own), run);

        // 危险化学品 is the rules' word for the 危化品 of the organization's name
        Map<String, Object> full = steps.get("wc-county", "/api/v1/experts/search?q={q}", "危险化学品 " + run);
        assertThat(ids(full)).contains(own).doesNotContain(sideways);
        assertThat(full.get("match")).isEqualTo("full");

        // no expert matches 鸵鸟: the best partial matches, marked, still only the viewer's
        Map<String, Object> partial = steps.get("wc-county", "/api/v1/experts/search?q={q}&size=100", run + " 鸵鸟");
        assertThat(partial.get("match")).isEqualTo("partial");
        assertThat(ids(partial)).contains(own).doesNotContain(sideways);
        assertThat((List<Map<String, Object>>) partial.get("items"))
                .allSatisfy(i -> assertThat(i.get("match")).isEqualTo("partial"));
    }

    @Test
    void badRecordsAreRefusedWithAProblemAndOutOfPoolIsRecorded() {
        Map<String, Object> bad = expert("", "单位", List.of("地震", "外星入侵"), "galactic");
        bad.put("phone", "12345");
        steps.post("sd-province", "/api/v1/experts", bad).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("validation-failed")
                .jsonPath("$.detail").isEqualTo("专家信息有误：姓名不能为空")
                .jsonPath("$.errors[?(@.field == 'specialties')].message").isEqualTo("未知的事件类型：外星入侵")
                .jsonPath("$.errors[?(@.field == 'level')]").exists()
                .jsonPath("$.errors[?(@.field == 'phone')]").exists();

        Map<String, Object> body = expert("赵专家" + run, "潍坊市应急管理局", List.of("地震"), "city");
        Map<String, Object> created = steps.register("wf-city", body);
        steps.post("wf-city", "/api/v1/experts", body).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("expert-duplicate");

        String id = (String) created.get("id");
        steps.post("wf-city", "/api/v1/experts/{id}/leave-pool", Map.of("reason", "退休", "version", 1), id)
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("version-conflict");
        Map<String, Object> out = steps.ok(steps.post("wf-city", "/api/v1/experts/{id}/leave-pool",
                Map.of("reason", "退休", "version", 0), id));
        assertThat(out).containsEntry("inPool", false).containsEntry("outReason", "退休");
        assertThat(out.get("outOn")).isNotNull();
        steps.post("wc-county", "/api/v1/expert-invocations", Map.of("expertId", id, "purpose", "consultation",
                "subject", "咨询")).expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("expert-not-in-pool");
        Map<String, Object> back = steps.ok(steps.post("wf-city", "/api/v1/experts/{id}/return-to-pool",
                Map.of("version", 1), id));
        assertThat(back).containsEntry("inPool", true).containsEntry("outReason", null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anInvocationRunsFromRequestToFeeAndOnlyTheExpertsOfficeAnswersIt() {
        String unit = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区化工园区管委会" + run, "department");
        Map<String, Object> plan = steps.ok(steps.post("wc-county", "/api/v1/plans", Map.of("title", "潍城区危化品事故专项预案" + run,
                "category", "special", "ownerUnitId", unit, "eventTypes", List.of(specialty))));
        String planId = (String) plan.get("id");
        Map<String, Object> affiliated = expert("孙县专家" + run, "某设计院", List.of(specialty), "county");
        affiliated.put("affiliationUnitId", unit);
        String byUnit = (String) steps.register("wc-county", affiliated).get("id");
        // the plan's owning unit by name: the same organization spelled with a space
        String byName = (String) steps.register("sd-province", expert("周省专家" + run,
                "潍城区 化工园区管委会" + run, List.of(specialty), "province")).get("id");
        String province = (String) steps.register("sd-province", expert("吴省专家" + run, "山东大学",
                List.of(specialty), "province")).get("id");

        for (String conflicted : List.of(byUnit, byName)) {
            steps.post("wc-county", "/api/v1/expert-invocations", Map.of("expertId", conflicted, "purpose", "plan_review",
                            "planId", planId, "subject", "评审"))
                    .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("expert-conflict-of-interest");
        }
        steps.post("wc-county", "/api/v1/expert-invocations", Map.of("expertId", province, "purpose", "plan_review",
                "subject", "评审")).expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("invocation-plan-required");
        steps.post("ht-county", "/api/v1/expert-invocations", Map.of("expertId", province, "purpose", "plan_review",
                "planId", planId, "subject", "评审")).expectStatus().isNotFound();

        Map<String, Object> body = Map.of("expertId", province, "purpose", "plan_review", "planId", planId,
                "subject", "预案评审会", "neededOn", "2027-01-15");
        String key = UUID.randomUUID().toString();
        Map<String, Object> requested = requestOnce(body, key);
        String id = (String) requested.get("id");
        assertThat(requestOnce(body, key)).as("a retried click returns the first request").containsEntry("id", id);
        assertThat(steps.list("wc-county", "/api/v1/expert-invocations")).filteredOn(i -> province.equals(i.get("expertId")))
                .hasSize(1);
        assertThat(requested).containsEntry("status", "requested").containsEntry("expertTenantCode", "370000")
                .containsEntry("expertName", "吴省专家" + run).containsEntry("purposeLabel", "预案评审");
        // 专家邀请: the expert has no account, so its registering office hears of it — once, however often it is sent
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> told = ((List<Map<String, Object>>) steps.ok(as("sd-province").get()
                .uri("/api/v1/notifications?limit=200").exchange()).get("items")).stream()
                .filter(n -> id.equals(n.get("entityId"))).toList();
        assertThat(told).singleElement().satisfies(n -> assertThat(n).containsEntry("kind", "expert_invited")
                .containsEntry("title", "潍城区邀请吴省专家" + run + "专家：预案评审会").containsEntry("senderTenantName", "潍城区"));

        // only the registering office answers; the requester cannot accept for the expert
        steps.post("wc-county", "/api/v1/expert-invocations/{id}/accept", Map.of(), id).expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("not-expert-office");
        steps.post("wf-city", "/api/v1/expert-invocations/{id}/accept", Map.of(), id).expectStatus().isForbidden();
        as("ht-county").get().uri("/api/v1/expert-invocations/{id}", id).exchange().expectStatus().isNotFound();
        assertThat(steps.list("sd-province", "/api/v1/expert-invocations/addressed")).extracting(i -> i.get("id")).contains(id);
        assertThat(steps.list("wc-county", "/api/v1/expert-invocations/addressed")).extracting(i -> i.get("id")).doesNotContain(id);
        Map<String, Object> accepted = steps.ok(steps.post("sd-province", "/api/v1/expert-invocations/{id}/accept",
                Map.of("note", "按时参加"), id));
        assertThat(accepted).containsEntry("status", "accepted").containsEntry("respondedBy", "sd-province");
        steps.post("sd-province", "/api/v1/expert-invocations/{id}/decline", Map.of(), id).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("invocation-already-answered");

        steps.post("wc-county", "/api/v1/expert-invocations/{id}/evaluation", Map.of("score", 5, "version", version(accepted)), id)
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("invocation-wrong-state");
        Map<String, Object> done = steps.ok(steps.post("wc-county", "/api/v1/expert-invocations/{id}/work-record",
                Map.of("workRecord", "参加评审会，提出修改意见 12 条", "version", version(accepted)), id));
        assertThat(done).containsEntry("status", "completed");
        steps.post("wc-county", "/api/v1/expert-invocations/{id}/evaluation", Map.of("score", 6, "version", version(done)), id)
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("validation-failed");
        Map<String, Object> evaluated = steps.ok(steps.post("wc-county", "/api/v1/expert-invocations/{id}/evaluation",
                Map.of("score", 5, "comment", "意见专业", "version", version(done)), id));
        Map<String, Object> paid = steps.ok(steps.post("wc-county", "/api/v1/expert-invocations/{id}/fee",
                Map.of("amount", 800.5, "note", "评审费", "version", version(evaluated)), id));
        assertThat(paid).containsEntry("score", 5).containsEntry("evaluationComment", "意见专业").containsEntry("feeAmount", 800.5);
        // oversight: the city above sees the county's invocation, read-only
        assertThat(steps.list("wf-city", "/api/v1/expert-invocations")).extracting(i -> i.get("id")).contains(id);
        steps.post("wf-city", "/api/v1/expert-invocations/{id}/fee", Map.of("amount", 1, "version", version(paid)), id)
                .expectStatus().isForbidden();

        // downward: the province invokes a county's expert; the county answers though it cannot see the request otherwise
        String countyExpert = (String) steps.register("wc-county", expert("郑县专家" + run, "潍城区某医院",
                List.of("公共卫生"), "county")).get("id");
        // (a consultation: a drill evaluation must name a drill the province sees, RoleReadsApiIntegrationTest)
        String down = (String) steps.ok(steps.post("sd-province", "/api/v1/expert-invocations", Map.of("expertId",
                countyExpert, "purpose", "consultation", "subject", "疫情防控咨询"))).get("id");
        assertThat(steps.list("wc-county", "/api/v1/expert-invocations")).extracting(i -> i.get("id")).doesNotContain(down);
        assertThat(steps.list("wc-county", "/api/v1/expert-invocations/addressed")).extracting(i -> i.get("id")).contains(down);
        assertThat(steps.ok(steps.post("wc-county", "/api/v1/expert-invocations/{id}/decline", Map.of("note", "档期冲突"), down)))
                .containsEntry("status", "declined").containsEntry("responseNote", "档期冲突");
        as("ht-county").post().uri("/api/v1/expert-invocations/{id}/accept", down).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of()).exchange().expectStatus().isNotFound();
    }

    /** The cross-tenant answer is checked by the database itself, not only by the API in front of it. */
    @Test
    void theDatabaseLetsOnlyTheExpertsOfficeAnswerOnce() throws SQLException {
        String expert = (String) steps.register("sd-province", expert("钱省专家" + run, "山东理工大学",
                List.of("地震"), "province")).get("id");
        String id = (String) steps.ok(steps.post("wc-county", "/api/v1/expert-invocations", Map.of("expertId", expert,
                "purpose", "consultation", "subject", "地震风险咨询"))).get("id");
        TenantRef shandong = new TenantRef("370000", "山东省", TenantTier.province, "p37");
        for (TenantRef other : List.of(new TenantRef("370702", "潍城区", TenantTier.county, "p37.c3707.x370702"),
                new TenantRef("370703", "寒亭区", TenantTier.county, "p37.c3707.x370703"),
                new TenantRef("370700", "潍坊市", TenantTier.city, "p37.c3707"))) {
            assertThat(rows(other, "select count(*) from app.invocations_addressed() where id = ?::uuid", id)).as(other.name())
                    .isZero();
            assertThat(rows(other, "select count(*) from app.respond_to_invocation(?::uuid, true, '', 'x')", id))
                    .as(other.name() + " cannot answer").isZero();
        }
        assertThat(rows(shandong, "select count(*) from app.invocations_addressed() where id = ?::uuid", id)).isOne();
        assertThat(rows(shandong, "select count(*) from app.respond_to_invocation(?::uuid, false, '档期冲突', 'sd')", id)).isOne();
        assertThat(rows(shandong, "select count(*) from app.respond_to_invocation(?::uuid, true, '', 'sd')", id))
                .as("an answered request is not answered again").isZero();
        assertThat(steps.get("wc-county", "/api/v1/expert-invocations/{id}", id)).containsEntry("status", "declined");
    }

    private static long rows(TenantRef tenant, String sql, String id) throws SQLException {
        return AppRole.asTenant(tenant, c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setString(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Test
    void matchingProposesEligibleExpertsNearestTierFirstAndNeverAConflictedOne() throws InterruptedException {
        String unit = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区交通运输局" + run, "department");
        String planId = (String) steps.ok(steps.post("wc-county", "/api/v1/plans", Map.of("title", "潍城区专项预案" + run,
                "category", "special", "ownerUnitId", unit, "eventTypes", List.of(specialty)))).get("id");
        String province = (String) steps.register("sd-province", expert("省" + run, "山东省应急管理研究院",
                List.of(specialty, "地震"), "province")).get("id");
        String city = (String) steps.register("wf-city", expert("市" + run, "潍坊学院", List.of(specialty), "city")).get("id");
        String own = (String) steps.register("wc-county", expert("县" + run, "潍城区人民医院", List.of(specialty), "county")).get("id");
        Map<String, Object> affiliated = expert("冲突" + run, "某公司", List.of(specialty), "county");
        affiliated.put("affiliationUnitId", unit);
        String conflicted = (String) steps.register("wc-county", affiliated).get("id");
        String sameName = (String) steps.register("wf-city", expert("同名" + run, "潍城区交通运输局" + run,
                List.of(specialty), "city")).get("id");
        Map<String, Object> busyBody = expert("忙" + run, "某大学", List.of(specialty), "province");
        busyBody.put("availability", "busy");
        String busy = (String) steps.register("sd-province", busyBody).get("id");
        String otherSpecialty = (String) steps.register("sd-province", expert("他" + run, "某大学",
                List.of(EventTypes.ALL.stream().filter(t -> !t.equals(specialty)).findFirst().orElseThrow()), "province")).get("id");
        String sideways = (String) steps.register("ht-county", expert("邻" + run, "寒亭区医院", List.of(specialty), "county")).get("id");

        Map<String, Object> result = steps.await("wc-county", "/api/v1/plans/{id}/expert-candidates?size=100",
                r -> ids(r).containsAll(List.of(province, city, own)), planId);
        List<Object> offered = ids(result);
        assertThat(offered).doesNotContain(conflicted, sameName, busy, otherSpecialty, sideways);
        assertThat(offered.indexOf(own)).as("own office first").isLessThan(offered.indexOf(city));
        assertThat(offered.indexOf(city)).as("then the city, then the province").isLessThan(offered.indexOf(province));

        // free-text search with facets, inside the viewer's scope
        Map<String, Object> search = steps.await("wc-county", "/api/v1/experts/search?q=" + run + "&size=100&facets=true",
                r -> ids(r).containsAll(List.of(province, city, own, busy)));
        assertThat(ids(search)).doesNotContain(sideways);
        assertThat(search.get("facets").toString()).contains("key=370000, label=山东省");
        Map<String, Object> busyOnly = steps.get("wc-county", "/api/v1/experts/search?q=" + run + "&availability=busy");
        assertThat(ids(busyOnly)).containsExactly(busy);
        as("expert-demo").get().uri("/api/v1/plans/{id}/expert-candidates", planId).exchange().expectStatus().isForbidden();
        as("ht-county").get().uri("/api/v1/plans/{id}/expert-candidates", planId).exchange().expectStatus().isNotFound();
    }

    @Test
    void importIsAllOrNothingWithAPerRowReportAndExportStaysInScope() {
        List<String> h = ExpertSheet.IMPORT_HEADERS;
        String phone = ExpertSteps.phone();
        byte[] bad = Spreadsheets.xlsx("专家", h, List.of(
                row("甲" + run, "单位甲", "研究员", "地震、火灾", "省级", phone, "", "可调用", ""),
                row("乙" + run, "", "", "外星入侵", "宇宙级", "123", "x@", "", ""),
                row("甲" + run, "单位甲", "研究员", "地震", "省级", phone, "", "", "")));
        upload("sd-province", bad).expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("import-rows-invalid")
                .jsonPath("$.errors[?(@.row == 3 && @.field == 'organization')]").exists()
                .jsonPath("$.errors[?(@.row == 3 && @.field == 'specialties')].message").isEqualTo("未知的事件类型：外星入侵")
                .jsonPath("$.errors[?(@.row == 3 && @.field == 'level')]").exists()
                .jsonPath("$.errors[?(@.row == 3 && @.field == 'phone')]").exists()
                .jsonPath("$.errors[?(@.row == 3 && @.field == 'email')]").exists()
                .jsonPath("$.errors[?(@.row == 4)].message").isEqualTo("与第 2 行重复（同名同电话）")
                .jsonPath("$.errors[?(@.row == 2)]").doesNotExist();
        assertThat(names("sd-province")).as("nothing half-written").doesNotContain("甲" + run);

        byte[] good = Spreadsheets.xlsx("专家", h, List.of(
                row("甲" + run, "单位甲", "研究员", "地震、火灾", "省级", phone, "", "可调用", ""),
                row("丙" + run, "单位丙", "", "森林火灾", "市级", "0536-8888888", "c@example.cn", "忙碌", "备注")));
        upload("sd-province", good).expectStatus().isOk().expectBody().jsonPath("$.imported").isEqualTo(2);
        assertThat(names("sd-province")).contains("甲" + run, "丙" + run);
        // the same file again: every row now duplicates a registered expert
        upload("sd-province", good).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.errors[?(@.row == 2)].message").isEqualTo("本单位已登记同名同电话的专家：甲" + run)
                .jsonPath("$.errors.length()").isEqualTo(2);

        upload("sd-province", "PK\u0003\u0004 not a workbook".getBytes()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("xlsx-malformed").jsonPath("$.detail").value(d ->
                        assertThat((String) d).contains(".xlsx"));
        upload("sd-province", Spreadsheets.xlsx("专家", List.of("名字"), List.of(row("x")))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("import-header-mismatch");
        upload("sd-province", Spreadsheets.xlsx("专家", h, List.of())).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("import-empty");
        upload("expert-demo", good).expectStatus().isForbidden();

        List<List<String>> template = xlsxRows(bytes("sd-province", "/api/v1/experts/import-template.xlsx"));
        assertThat(template.getFirst()).isEqualTo(h);

        // export: the province sees its imported experts with phones; the expert user without; a sibling county never
        List<List<String>> exported = xlsxRows(bytes("sd-province", "/api/v1/experts/export.xlsx?tenantCode=370000"));
        assertThat(exported.getFirst()).isEqualTo(ExpertSheet.EXPORT_HEADERS);
        assertThat(exported).anySatisfy(r -> assertThat(r).startsWith("丙" + run, "单位丙").contains("0536-8888888", "忙碌", "山东省"));
        List<List<String>> forExpert = xlsxRows(bytes("expert-demo", "/api/v1/experts/export.xlsx?tenantCode=370000"));
        assertThat(forExpert).anySatisfy(r -> assertThat(r).startsWith("丙" + run)).noneSatisfy(r ->
                assertThat(r).contains("0536-8888888"));
        List<List<String>> sibling = xlsxRows(bytes("ht-county", "/api/v1/experts/export.xlsx?tenantCode=370702"));
        assertThat(sibling).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> requestOnce(Map<String, Object> body, String idempotencyKey) {
        return as("wc-county").post().uri("/api/v1/expert-invocations").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", idempotencyKey).bodyValue(body).exchange().expectStatus().is2xxSuccessful()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private List<String> names(String user) {
        return steps.get(user, "/api/v1/experts?size=100&tenantCode=370000").get("items") instanceof List<?> items
                ? items.stream().map(i -> (String) ((Map<?, ?>) i).get("name")).toList() : List.of();
    }

    private static List<Object> row(String... cells) {
        return new ArrayList<>(Arrays.asList((Object[]) cells));
    }

    private WebTestClient.ResponseSpec upload(String user, byte[] xlsx) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(xlsx) {
            @Override
            public String getFilename() {
                return "experts.xlsx";
            }
        });
        return as(user).post().uri("/api/v1/experts/import").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build())).exchange();
    }

    private byte[] bytes(String user, String uri) {
        return as(user).get().uri(uri).exchange().expectStatus().isOk().expectBody(byte[].class).returnResult()
                .getResponseBody();
    }

    /** The export read back through the import's reader (blank cells as empty strings). */
    private static List<List<String>> xlsxRows(byte[] xlsx) {
        return Spreadsheets.read(xlsx, Spreadsheets.MAX_ROWS).stream().map(Spreadsheets.SheetRow::cells).toList();
    }
}
