package cn.yingji.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.yingji.db.enums.TenantTier;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Fixtures;
import cn.yingji.tenancy.Role;
import cn.yingji.tenancy.TenantRef;
import cn.yingji.tenancy.Viewer;

/**
 * The search export pages through every hit with {@code search_after} (no highlights, no 10,000-hit window), in the
 * page's order, and a file cut at the export limit says so. Small batches and limits stand in for 1,000 and 50,000.
 */
class PlanSearchExportIntegrationTest extends ApiIntegrationTest {

    @Autowired
    PlanSearch search;

    @Test
    void theExportPagesThroughEveryHitAndSaysWhenItIsCut() throws Exception {
        PlanSteps steps = new PlanSteps(this::as);
        String marker = "导出" + UUID.randomUUID().toString().substring(0, 8);
        String unit = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区应急管理局-" + marker);
        List<Object> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(steps.draft("wc-county", marker + "防汛应急预案" + i, "special", unit).get("id"));
        }
        steps.awaitSearch("wc-county", Map.of("q", marker), r -> PlanSteps.ids(r).containsAll(created));
        Viewer viewer = new Viewer("wc-county", "潍城区用户", Set.of(Role.COUNTY_OFFICER),
                new TenantRef("370702", "潍城区", TenantTier.county, "p37.c3707.x370702"));
        var query = new PlanSearch.Query(marker, null, null, null, null, null, null, "date", 0, 0, false);

        PlanSearch.Export all = search.export(viewer, query, 2, 50).block();
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.items()).extracting(PlanSearch.Item::id).containsExactlyInAnyOrderElementsOf(
                created.stream().map(Object::toString).toList());
        assertThat(all.items()).allSatisfy(item -> assertThat(item.highlights()).isNullOrEmpty());

        PlanSearch.Export cut = search.export(viewer, query, 2, 3).block();
        assertThat(cut.total()).isEqualTo(5);
        assertThat(cut.items()).extracting(PlanSearch.Item::id)
                .containsExactlyElementsOf(all.items().subList(0, 3).stream().map(PlanSearch.Item::id).toList());
        List<List<String>> rows = PlanSteps.xlsxRows(PlanExport.xlsxOfHits(cut));
        assertThat(rows).hasSize(1 + 3 + 1);
        assertThat(rows.getLast()).containsExactly("仅导出前 3 条（共 5 条），请增加筛选条件后分批导出");

        // through the API: the whole (small) result, no note
        byte[] xlsx = as("wc-county").get().uri(b -> b.path("/api/v1/plans/search/export.xlsx").queryParam("q", marker)
                .build()).exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(PlanSteps.xlsxRows(xlsx)).hasSize(1 + 5);
    }
}
