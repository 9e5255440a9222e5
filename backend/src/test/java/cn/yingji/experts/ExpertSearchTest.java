package cn.yingji.experts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;

import cn.yingji.experts.ExpertSearch.ReviewedPlan;

/** The matching query's rules, checked on the request itself (its behaviour: ExpertApiIntegrationTest). */
class ExpertSearchTest {

    final UUID unit = UUID.randomUUID();
    final SearchRequest request = ExpertSearch.candidateRequest("yingji-experts", "p37.c3707.x370702",
            new ReviewedPlan(UUID.randomUUID(), List.of("危险化学品", "火灾"), unit, "潍城区 应急管理局"), 20);
    final String json = json(request);

    @Test
    void onlyAvailableExpertsInThePoolWithAMatchingSpecialtyInsideTheSharingRule() {
        assertThat(json).contains("\"in_pool\":{\"value\":true}").contains("\"availability\":{\"value\":\"available\"}")
                .contains("\"specialties\":[\"危险化学品\",\"火灾\"]").contains("tenant_lineage");
    }

    @Test
    void expertsOfThePlansOwningUnitAreExcludedByReferenceAndByName() {
        String mustNot = json.substring(json.indexOf("\"must_not\""));
        assertThat(mustNot).contains("\"affiliation_unit_id\":{\"value\":\"" + unit + "\"}")
                .contains("\"organization_key\":{\"value\":\"潍城区应急管理局\"}");
    }

    @Test
    void theNearerTheTierTheHigherTheScore() {
        assertThat(json).contains("{\"constant_score\":{\"boost\":3000.0,\"filter\":{\"term\":{\"tenant_path\":{\"value\":\"p37.c3707.x370702\"}}}}}")
                .contains("{\"constant_score\":{\"boost\":2000.0,\"filter\":{\"term\":{\"tenant_path\":{\"value\":\"p37.c3707\"}}}}}")
                .contains("{\"constant_score\":{\"boost\":1000.0,\"filter\":{\"term\":{\"tenant_path\":{\"value\":\"p37\"}}}}}");
        assertThat(request.size()).isEqualTo(20);
    }

    private static String json(SearchRequest request) {
        return JsonpUtils.toJsonString(request, new Jackson3JsonpMapper());
    }
}
