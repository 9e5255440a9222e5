package cn.yingji.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import cn.yingji.platform.China;
import cn.yingji.plans.PlanSteps;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Fixtures;

/**
 * 时限办理 on the compliance dashboard, live from the obligations: what a county does shows on its city's and
 * province's figures at once (no snapshot), each number opens the obligations behind it, and a region outside the
 * caller's is not found.
 */
class ObligationFiguresIntegrationTest extends ApiIntegrationTest {

    PlanSteps steps;
    String unit;

    @BeforeEach
    void countyGovernment() {
        steps = new PlanSteps(this::as);
        unit = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区人民政府-" + UUID.randomUUID(), "government");
    }

    @Test
    void aCountysSubmissionMovesItsCitysFiguresAtOnceAndEachNumberOpensItsObligations() {
        // a plan issued 60 days ago: its filing is overdue
        Object planId = steps.draft("wc-county", "潍城区低温雨雪冰冻应急预案-" + UUID.randomUUID().toString().substring(0, 6),
                "general", unit).get("id");
        steps.issue("wc-county", planId, China.today().minusDays(60));

        Map<String, Object> weicheng = line(figures("wf-city", null), "370702");
        Map<String, Object> filingBefore = counts(weicheng, "plan_filing");
        Map<String, Object> cityTotalBefore = counts(total(figures("wf-city", null)), "plan_filing");
        assertThat(number(filingBefore, "overdue")).isPositive();
        List<Map<String, Object>> overdue = records("wf-city", "370702", "subtree", "plan_filing", "overdue");
        assertThat(overdue).extracting(o -> o.get("recordId")).contains(planId);
        assertThat(overdue).hasSize(number(filingBefore, "overdue"));
        assertThat(overdue).allSatisfy(o -> assertThat(o).containsEntry("kind", "plan_filing").containsEntry("overdue", true));

        // submitted late: one overdue fewer, one done late more, on the city's and the province's figures alike
        steps.submit("wc-county", planId, PlanSteps.version(steps.get("wc-county", planId))).expectStatus().isCreated();
        Map<String, Object> filingAfter = counts(line(figures("wf-city", null), "370702"), "plan_filing");
        assertThat(number(filingAfter, "overdue")).isEqualTo(number(filingBefore, "overdue") - 1);
        assertThat(number(filingAfter, "late")).isEqualTo(number(filingBefore, "late") + 1);
        Map<String, Object> cityTotalAfter = counts(total(figures("wf-city", null)), "plan_filing");
        assertThat(number(cityTotalAfter, "late")).isEqualTo(number(cityTotalBefore, "late") + 1);
        assertThat(records("sd-province", "370702", "subtree", "plan_filing", "late")).extracting(o -> o.get("recordId"))
                .contains(planId);
        // the rate: on time ÷ everything that fell due
        int due = number(filingAfter, "onTime") + number(filingAfter, "late") + number(filingAfter, "overdue");
        assertThat(((Number) filingAfter.get("rate")).doubleValue())
                .isCloseTo(100.0 * number(filingAfter, "onTime") / due, org.assertj.core.data.Offset.offset(0.05));

        // the province's lines: 本级, its cities, 合计; 潍坊市 over its whole subtree
        Map<String, Object> province = figures("sd-province", null);
        assertThat(lines(province)).first().satisfies(l -> assertThat(l).containsEntry("own", true)
                .containsEntry("tenantName", "山东省"));
        assertThat(lines(province)).extracting(l -> l.get("tenantName")).contains("潍坊市", "济南市");
        assertThat(number(counts(line(province, "370700"), "plan_filing"), "late"))
                .isGreaterThanOrEqualTo(number(filingAfter, "late"));
        assertThat(province.get("kinds").toString()).contains("预案备案", "整改落实", "编修任务");
    }

    @Test
    void anotherRegionIsNotFoundAndABadRequestIsRefusedWithAReason() {
        as("wf-city").get().uri("/api/v1/obligations/figures?region=370100").exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("obligation-region-not-found");
        as("wc-county").get().uri("/api/v1/obligations/figures?region=370700").exchange().expectStatus().isNotFound();
        assertThat(records("jn-city", "370100", "subtree", "plan_filing", "overdue"))
                .allSatisfy(o -> assertThat(o.get("assigneeTenantName")).isNotEqualTo("潍城区"));
        for (String[] bad : List.of(new String[] {"outcome=never", "invalid-obligation-outcome"},
                new String[] {"outcome=late&kind=meeting", "invalid-obligation-kind"},
                new String[] {"outcome=late&scope=everyone", "invalid-obligation-scope"},
                new String[] {"outcome=late&since=2026-13-01", "invalid-since"},
                new String[] {"outcome=late&limit=0", "invalid-limit"})) {
            as("wf-city").get().uri("/api/v1/obligations/figures/records?" + bad[0]).exchange().expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.code").isEqualTo(bad[1]);
        }
        // a period that has not begun holds only what is still open
        Map<String, Object> future = figures("wf-city", LocalDate.now().plusYears(5));
        @SuppressWarnings("unchecked")
        Map<String, Object> all = (Map<String, Object>) total(future).get("all");
        assertThat(number(all, "onTime") + number(all, "late") + number(all, "waived")).isZero();
        assertThat(number(all, "pending") + number(all, "overdue")).isPositive();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> figures(String user, LocalDate since) {
        return as(user).get().uri(b -> b.path("/api/v1/obligations/figures")
                        .queryParamIfPresent("since", java.util.Optional.ofNullable(since)).build())
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private List<Map<String, Object>> records(String user, String region, String scope, String kind, String outcome) {
        return steps.list(user, "/api/v1/obligations/figures/records?region={r}&scope={s}&kind={k}&outcome={o}&limit=500",
                region, scope, kind, outcome);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(Map<String, Object> figures) {
        return (List<Map<String, Object>>) figures.get("lines");
    }

    private static Map<String, Object> line(Map<String, Object> figures, String code) {
        return lines(figures).stream().filter(l -> code.equals(l.get("tenantCode")) && !Boolean.TRUE.equals(l.get("own"))
                && !Boolean.TRUE.equals(l.get("total"))).findFirst().orElseThrow();
    }

    private static Map<String, Object> total(Map<String, Object> figures) {
        return lines(figures).getLast();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> counts(Map<String, Object> line, String kind) {
        return ((Map<String, Map<String, Object>>) line.get("byKind")).get(kind);
    }

    private static int number(Map<String, Object> counts, String key) {
        return ((Number) counts.get(key)).intValue();
    }
}
