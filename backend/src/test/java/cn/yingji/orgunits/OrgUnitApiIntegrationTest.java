package cn.yingji.orgunits;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Fixtures;
import cn.yingji.support.TestServices;

/**
 * The isolation matrix at the HTTP level, with real Keycloak tokens: every API endpoint is listed in
 * {@link #MATRIX} and exercised across sibling, cousin, ancestor and other-province callers.
 */
class OrgUnitApiIntegrationTest extends ApiIntegrationTest {

    /** Every endpoint of the API, each covered by a test of this class, TenancyApiIntegrationTest, PlanApiIntegrationTest, FilingApiIntegrationTest,
     * FilingMaterialsApiIntegrationTest, PlanAttachmentApiIntegrationTest, PlanRevisionApiIntegrationTest, CampaignApiIntegrationTest,
     * DrillApiIntegrationTest, ExpertApiIntegrationTest, CaseApiIntegrationTest, ComplianceApiIntegrationTest,
     * UnifiedSearchIntegrationTest, SearchTermsApiIntegrationTest, BulletinApiIntegrationTest, ObligationApiIntegrationTest or
     * EventReportingIntegrationTest. */
    static final Set<String> MATRIX = Set.of(
            "GET /api/v1/public/config",
            "GET /api/v1/me",
            "GET /api/v1/tenants/tree",
            "GET /api/v1/tenants/{code}",
            "GET /api/v1/org-units",
            "POST /api/v1/org-units",
            // 人员名录: PeopleApiIntegrationTest (the tenant admin of the person's own tenant only)
            "GET /api/v1/people",
            "PUT /api/v1/people/{id}",
            // unified search: UnifiedSearchIntegrationTest (each kind cut by its own sharing rule)
            "GET /api/v1/search",
            // bulletins: BulletinApiIntegrationTest (the tenant and the tiers above; generated for one's own tenant)
            "GET /api/v1/bulletins",
            "POST /api/v1/bulletins",
            "GET /api/v1/bulletins/{id}/bulletin.pdf",
            "GET /api/v1/bulletins/{id}/bulletin.xlsx",
            // cases: CaseApiIntegrationTest (drafts the compiler's, reviewed up, published to all; experts: published only)
            "GET /api/v1/cases",
            "GET /api/v1/cases/search",
            "POST /api/v1/cases/similar",
            "GET /api/v1/cases/{id}",
            "GET /api/v1/cases/{id}/similar",
            "GET /api/v1/plans/{id}/similar-cases",
            "POST /api/v1/cases",
            "PUT /api/v1/cases/{id}",
            "POST /api/v1/cases/{id}/review",
            "POST /api/v1/cases/{id}/publish",
            "POST /api/v1/cases/{id}/withdraw",
            "POST /api/v1/cases/{id}/attachments",
            "GET /api/v1/cases/{id}/attachments",
            "GET /api/v1/case-attachments/{id}",
            "DELETE /api/v1/case-attachments/{id}",
            // 检索同义词: SearchTermsApiIntegrationTest (a province's groups apply below it, never in another province)
            "GET /api/v1/search-terms",
            "POST /api/v1/search-terms",
            "GET /api/v1/search-terms/{id}",
            "PUT /api/v1/search-terms/{id}",
            "DELETE /api/v1/search-terms/{id}",
            "GET /api/v1/case-searches",
            "POST /api/v1/case-searches",
            "DELETE /api/v1/case-searches/{id}",
            // drills: DrillApiIntegrationTest
            "GET /api/v1/drills",
            "GET /api/v1/drills/export.xlsx",
            "GET /api/v1/drills/search",
            "GET /api/v1/drills/compliance",
            "GET /api/v1/drills/{id}",
            "POST /api/v1/drills",
            "PUT /api/v1/drills/{id}",
            "PUT /api/v1/drills/{id}/evaluation",
            "POST /api/v1/drills/{id}/actions",
            "POST /api/v1/drills/{id}/attachments",
            "GET /api/v1/drills/{id}/attachments",
            "GET /api/v1/drill-attachments/{id}",
            "DELETE /api/v1/drill-attachments/{id}",
            "GET /api/v1/corrective-actions",
            "PUT /api/v1/corrective-actions/{id}",
            "POST /api/v1/corrective-actions/{id}/revision-trigger",
            "PUT /api/v1/org-units/{id}",
            "GET /api/v1/plans",
            "GET /api/v1/plans/search",
            "GET /api/v1/plans/export.xlsx",
            "GET /api/v1/plans/search/export.xlsx",
            "GET /api/v1/plans/{id}",
            "POST /api/v1/plans",
            "PUT /api/v1/plans/{id}",
            "POST /api/v1/plans/{id}/issue",
            "POST /api/v1/plans/{id}/abolish",
            "POST /api/v1/plans/{id}/submit",
            // 备案材料: FilingMaterialsApiIntegrationTest (read like the plan: owner and ancestors, never the sibling)
            "GET /api/v1/plans/{id}/filing-materials",
            // the route a plan of a unit the caller sees would take (a hidden unit: 400): FilingApiIntegrationTest
            "GET /api/v1/plans/filing-route",
            "GET /api/v1/plans/{id}/filings",
            "GET /api/v1/plans/{id}/timeline",
            "GET /api/v1/filings/inbox",
            "POST /api/v1/filings/{id}/accept",
            "POST /api/v1/filings/{id}/return",
            "GET /api/v1/filings/{id}/receipt.pdf",
            "POST /api/v1/plans/{id}/attachments",
            "GET /api/v1/plans/{id}/attachments",
            "GET /api/v1/attachments/{id}",
            "DELETE /api/v1/attachments/{id}",
            "GET /api/v1/filings/inbox/export.xlsx",
            "POST /api/v1/plans/from-template",
            "GET /api/v1/plans/{id}/versions",
            "POST /api/v1/plans/{id}/revise",
            "GET /api/v1/plans/{id}/evaluations",
            "POST /api/v1/plans/{id}/evaluations",
            "GET /api/v1/plans/{id}/revision-triggers",
            "POST /api/v1/plans/{id}/revision-triggers",
            "GET /api/v1/plans/{id}/alignments",
            "POST /api/v1/plans/{id}/alignments",
            "POST /api/v1/plans/{id}/alignments/{alignmentId}/confirm",
            "DELETE /api/v1/plans/{id}/alignments/{alignmentId}",
            "GET /api/v1/plans/{id}/aligned-below",
            "PUT /api/v1/plans/{id}/sharing",
            "GET /api/v1/plan-templates",
            "GET /api/v1/plan-templates/{id}",
            "POST /api/v1/plan-templates",
            "PUT /api/v1/plan-templates/{id}",
            "POST /api/v1/plan-templates/{id}/publish",
            "GET /api/v1/campaigns",
            "GET /api/v1/campaigns/assigned-tasks",
            "GET /api/v1/campaigns/{id}",
            "GET /api/v1/campaigns/{id}/board.xlsx",
            "POST /api/v1/campaigns",
            "POST /api/v1/campaigns/{id}/tasks",
            "POST /api/v1/campaigns/{id}/launch",
            // experts: everyone of a tenant reads the pool it sees (contact only for INVOKERS); INVOKERS write own
            // experts, invoke visible ones, and answer invocations addressed to their own experts
            "GET /api/v1/experts",
            "GET /api/v1/experts/search",
            "GET /api/v1/experts/export.xlsx",
            "GET /api/v1/experts/import-template.xlsx",
            "POST /api/v1/experts/import",
            "GET /api/v1/experts/{id}",
            "POST /api/v1/experts",
            "PUT /api/v1/experts/{id}",
            "POST /api/v1/experts/{id}/leave-pool",
            "POST /api/v1/experts/{id}/return-to-pool",
            // 关联专家本人账号: the registering office (RoleReadsApiIntegrationTest, ExpertApiIntegrationTest)
            "PUT /api/v1/experts/{id}/account",
            "GET /api/v1/plans/{id}/expert-candidates",
            "GET /api/v1/expert-invocations",
            "GET /api/v1/expert-invocations/addressed",
            "GET /api/v1/expert-invocations/{id}",
            "POST /api/v1/expert-invocations",
            "POST /api/v1/expert-invocations/{id}/accept",
            "POST /api/v1/expert-invocations/{id}/decline",
            "POST /api/v1/expert-invocations/{id}/work-record",
            "POST /api/v1/expert-invocations/{id}/evaluation",
            "POST /api/v1/expert-invocations/{id}/fee",
            // 合规看板: ComplianceApiIntegrationTest — officials, for their own tenant or one below it (else 404)
            "GET /api/v1/compliance/{tenantCode}",
            "GET /api/v1/compliance/{tenantCode}/trend",
            "GET /api/v1/compliance/{tenantCode}/records",
            "GET /api/v1/compliance/{tenantCode}/export.xlsx",
            "POST /api/v1/compliance/{tenantCode}/refresh",
            "GET /api/v1/obligations",
            "POST /api/v1/obligations/{id}/waive",
            "GET /api/v1/obligations/summary",
            // 时限办理: ObligationFiguresIntegrationTest — the caller's region or one below it (else 404)
            "GET /api/v1/obligations/figures",
            "GET /api/v1/obligations/figures/records",
            // 消息中心: NotificationApiIntegrationTest — everyone reads what is addressed to them
            "GET /api/v1/notifications",
            "POST /api/v1/notifications/{id}/read",
            "POST /api/v1/notifications/read-all",
            "GET /api/v1/notifications/stream",
            "GET /api/v1/notifications/{id}/deliveries",
            // 消息外发设置: the office's 单位管理员
            "GET /api/v1/notification-routes",
            "POST /api/v1/notification-routes",
            "DELETE /api/v1/notification-routes/{id}",
            // 统一接报, 事件, 信息报送: EventReportingIntegrationTest (sibling, cousin, city and province callers)
            "POST /api/v1/intake",
            "GET /api/v1/intake",
            "POST /api/v1/intake/{id}/screen",
            "POST /api/v1/events",
            "GET /api/v1/events",
            "GET /api/v1/events/{id}",
            "POST /api/v1/events/{id}/reports",
            "GET /api/v1/reports",
            "GET /api/v1/reports/{id}",
            "POST /api/v1/reports/{id}/read",
            "POST /api/v1/events/{id}/instructions",
            "GET /api/v1/instructions",
            "GET /api/v1/instructions/{id}",
            "POST /api/v1/instructions/{id}/feedback",
            // 应急响应 and 应急指挥: EventResponseIntegrationTest (the county, the city above, a sibling)
            "POST /api/v1/events/{id}/responses",
            "POST /api/v1/events/{id}/commands",
            // after the event: EventClosingIntegrationTest (the handling office writes; the city reads, the sibling 404)
            "PUT /api/v1/events/{id}/evaluation",
            "POST /api/v1/events/{id}/actions",
            "POST /api/v1/events/{id}/close",
            "POST /api/v1/events/{id}/case",
            "POST /api/v1/events/{id}/reviews",
            // 信息快报: InfoBulletinIntegrationTest (the compiling office, its addressees, a sibling, the province)
            "POST /api/v1/info-bulletins",
            "GET /api/v1/info-bulletins",
            "GET /api/v1/info-bulletins/{id}",
            "GET /api/v1/info-bulletins/{id}/pdf",
            "POST /api/v1/info-bulletins/{id}/instructions",
            // 漏报/瞒报/谎报: ReportFindingIntegrationTest (the city, the county at fault, its sibling, the province)
            "GET /api/v1/report-findings",
            "POST /api/v1/report-findings",
            "POST /api/v1/report-findings/{id}/decision",
            "GET /api/v1/report-findings/figures",
            // 值班值守 and 查岗: DutyIntegrationTest (sibling, cousin and city callers)
            "GET /api/v1/duty/posts",
            "POST /api/v1/duty/posts",
            "PUT /api/v1/duty/posts/{id}",
            "GET /api/v1/duty/roster",
            "POST /api/v1/duty/shifts",
            "DELETE /api/v1/duty/shifts/{id}",
            "POST /api/v1/duty/absences",
            "GET /api/v1/duty/log",
            "POST /api/v1/duty/log",
            "GET /api/v1/duty/handovers",
            "POST /api/v1/duty/handovers",
            "GET /api/v1/duty/handovers/{id}",
            "POST /api/v1/duty/handovers/{id}/accept",
            "POST /api/v1/duty/spot-checks",
            "POST /api/v1/duty/spot-checks/schedule",
            "GET /api/v1/duty/spot-checks",
            "GET /api/v1/duty/spot-checks/{id}",
            "POST /api/v1/duty/spot-checks/{id}/answer",
            "POST /api/v1/duty/spot-checks/{id}/conclusion",
            // 预警发布: WarningIntegrationTest (the area, the tiers above, a sibling city); the public feed has no tenant
            "POST /api/v1/warnings",
            "GET /api/v1/warnings",
            "GET /api/v1/warnings/{id}",
            "PUT /api/v1/warnings/{id}",
            "POST /api/v1/warnings/{id}/approve",
            "POST /api/v1/warnings/{id}/publish",
            "POST /api/v1/warnings/{id}/update",
            "POST /api/v1/warnings/{id}/cancel",
            "POST /api/v1/warnings/{id}/acknowledge",
            "GET /api/v1/warnings/{id}/cap.xml",
            "GET /api/v1/public/warnings.atom");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointJoinsTheIsolationMatrix() {
        Set<String> endpoints = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternsCondition().getPatterns().stream()
                        .flatMap(p -> info.getMethodsCondition().getMethods().stream().map(m -> m + " " + p)))
                .filter(e -> e.contains(" /api/"))
                .collect(Collectors.toSet());
        assertThat(endpoints).containsExactlyInAnyOrderElementsOf(MATRIX);
    }

    @Test
    void unitsAreSeenByTheOwnerAndItsAncestorsOnly() {
        Map<String, Object> unit = create("szq-county", Map.of("kind", "department", "name", unique("市中区应急管理局")));
        String id = (String) unit.get("id");
        assertThat(unit).containsEntry("tenantCode", "370103").containsEntry("sharing", "up").containsEntry("version", 0);

        assertThat(idsSeenBy("szq-county", null)).contains(id);
        assertThat(idsSeenBy("jn-city", "370103")).as("city above").contains(id);
        assertThat(idsSeenBy("sd-province", "370103")).as("province above").contains(id);
        assertThat(idsSeenBy("wc-county", "370103")).as("cousin county").doesNotContain(id);
        assertThat(idsSeenBy("wf-city", "370103")).as("another city").doesNotContain(id);
        assertThat(idsSeenBy("gz-province", "370103")).as("another province").doesNotContain(id);
    }

    @Test
    void siblingCountiesNeitherSeeNorChangeEachOthersUnits() {
        String hantingUnit = (String) create("ht-county", Map.of("kind", "township", "name", unique("寒亭街道"))).get("id");
        String weichengUnit = Fixtures.orgUnit("370702", "p37.c3707.x370702", unique("潍城区应急管理局"));

        assertThat(idsSeenBy("wc-county", "370703")).as("sibling's unit").doesNotContain(hantingUnit);
        assertThat(idsSeenBy("wc-county", null)).as("own unit").contains(weichengUnit);
        assertThat(idsSeenBy("ht-county", "370702")).as("sibling's unit").doesNotContain(weichengUnit);
        assertThat(idsSeenBy("wf-city", "370703")).as("their city").contains(hantingUnit);

        as("ht-county").put().uri("/api/v1/org-units/{id}", weichengUnit).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "department", "name", unique("越权修改"), "version", 0))
                .exchange()
                .expectStatus().isNotFound();
        assertThat(namesSeenBy("wc-county")).noneMatch(n -> n.toString().startsWith("越权修改"));
    }

    @Test
    void unitsSharedDownAreSeenBelowButNotSideways() {
        Map<String, Object> unit = create("wf-admin",
                Map.of("kind", "government", "name", unique("潍坊市人民政府"), "sharing", "down"));
        String id = (String) unit.get("id");
        assertThat(idsSeenBy("wc-county", "370700")).as("county below").contains(id);
        assertThat(idsSeenBy("ht-county", "370700")).as("county below").contains(id);
        assertThat(idsSeenBy("sd-province", "370700")).as("province above, shared down only").doesNotContain(id);
        assertThat(idsSeenBy("szq-county", "370700")).as("cousin").doesNotContain(id);
    }

    @Test
    void onlyTheOwnerChangesAUnitAndVersionsGuardConcurrentEdits() {
        Map<String, Object> unit = create("szq-county", Map.of("kind", "department", "name", unique("市中区水务局")));
        String id = (String) unit.get("id");

        as("wf-admin").put().uri("/api/v1/org-units/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "department", "name", unique("改名"), "version", 0))
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("org-unit-not-found");

        String renamed = unique("市中区水务局（更名）");
        as("szq-county").put().uri("/api/v1/org-units/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "department", "name", renamed, "version", 0))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(1).jsonPath("$.name").isEqualTo(renamed);

        as("szq-county").put().uri("/api/v1/org-units/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "department", "name", unique("过期的修改"), "version", 0))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("version-conflict");

        assertThat(auditActions(id)).containsExactly("org_unit.create", "org_unit.update");
    }

    @Test
    void officersWithoutTheAdminRoleCannotCreateUnits() {
        as("wc-county").post().uri("/api/v1/org-units").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "department", "name", unique("无权创建")))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("forbidden");
    }

    @Test
    void badInputGetsClearProblemsAndWritesNothing() {
        as("szq-county").post().uri("/api/v1/org-units").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"kind\": \"department\", \"name\": ")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("malformed-request");

        as("szq-county").post().uri("/api/v1/org-units").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "department", "name", "  "))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("validation-failed")
                .jsonPath("$.errors[0].field").isEqualTo("name");

        as("szq-county").post().uri("/api/v1/org-units").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "spaceship", "name", unique("无效类型")))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("invalid-org-unit-kind");

        // a parent in another tenant: the composite foreign key refuses it
        Map<String, Object> foreign = create("wf-admin", Map.of("kind", "department", "name", unique("潍坊市某局")));
        String name = unique("跨区上级");
        as("szq-county").post().uri("/api/v1/org-units").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "department", "name", name, "parentId", foreign.get("id")))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("invalid-reference");
        assertThat(idsSeenBy("szq-county", null)).as("nothing half-written").isNotEmpty();
        assertThat(namesSeenBy("szq-county")).doesNotContain(name);
    }

    @Test
    void scriptInANameIsStoredAndReturnedAsPlainText() {
        String name = "<script>alert(1)</script>" + UUID.randomUUID();
        Map<String, Object> unit = create("szq-county", Map.of("kind", "village", "name", name));
        assertThat(unit.get("name")).isEqualTo(name);
    }

    // --- helpers -------------------------------------------------------------------------------------

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> create(String user, Map<String, Object> body) {
        return as(user).post().uri("/api/v1/org-units").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> listSeenBy(String user, String tenantCode) {
        return as(user).get().uri(b -> b.path("/api/v1/org-units").queryParamIfPresent("tenantCode",
                        java.util.Optional.ofNullable(tenantCode)).build())
                .exchange()
                .expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
    }

    private List<Object> idsSeenBy(String user, String tenantCode) {
        return listSeenBy(user, tenantCode).stream().map(u -> u.get("id")).toList();
    }

    private List<Object> namesSeenBy(String user) {
        return listSeenBy(user, null).stream().map(u -> u.get("name")).toList();
    }

    private static List<String> auditActions(String id) {
        try (var c = TestServices.ownerConnection();
                PreparedStatement st = c.prepareStatement(
                        "select action from audit_log where entity = 'org_unit' and entity_id = ? order by id")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                List<String> actions = new java.util.ArrayList<>();
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
                return actions;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
