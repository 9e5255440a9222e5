package cn.yingji.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.yingji.tenants.Catalog.Division;

class CatalogTest {

    static final Catalog NATIONAL = Catalog.load(Path.of("catalog/divisions.json"));

    private static String path(String code) {
        return NATIONAL.find(code).orElseThrow().path();
    }

    @Test
    void nationalCatalogHasEveryTierInTheExpectedNumbers() {
        Map<Tier, Long> perTier = NATIONAL.tenants().stream().collect(Collectors.groupingBy(Tenant::tier, Collectors.counting()));
        assertThat(perTier.get(Tier.PROVINCE)).isEqualTo(31);
        assertThat(perTier.get(Tier.CITY)).isBetween(330L, 340L);
        assertThat(perTier.get(Tier.COUNTY)).isBetween(2800L, 2900L);
        assertThat(NATIONAL.source()).startsWith("china-division@");
    }

    @Test
    void countiesOfACityHangOffTheCity() {
        assertThat(path("370702")).isEqualTo("p37.c3707.x370702");
        assertThat(NATIONAL.find("370702").orElseThrow().name()).isEqualTo("潍城区");
        assertThat(path("520204")).isEqualTo("p52.c5202.x520204"); // 水城区, a county until 2020
    }

    @Test
    void municipalityDistrictsAndProvinceAdministeredCitiesHangOffTheProvince() {
        assertThat(path("110101")).isEqualTo("p11.x110101");
        assertThat(path("500229")).isEqualTo("p50.x500229"); // 城口县, below the pseudo city 500200 县
        assertThat(path("429004")).isEqualTo("p42.x429004"); // 仙桃市, 省直辖县级行政区划
        assertThat(path("419001")).isEqualTo("p41.x419001"); // 济源市
        assertThat(NATIONAL.find("110100")).isEmpty();
        assertThat(NATIONAL.find("429000")).isEmpty();
    }

    @Test
    void citiesWithoutCountiesAreCitiesWithNoChildren() {
        for (String code : List.of("441900", "442000", "460400", "620200")) {
            Tenant city = NATIONAL.find(code).orElseThrow();
            assertThat(city.tier()).isEqualTo(Tier.CITY);
            assertThat(NATIONAL.tenants()).noneMatch(t -> code.equals(t.parentCode()));
        }
    }

    @Test
    void tenantsComeParentsFirstAndLineageRunsFromTheProvinceDown() {
        List<Tenant> all = List.copyOf(NATIONAL.tenants());
        for (int i = 0; i < all.size(); i++) {
            String parent = all.get(i).parentCode();
            if (parent != null) {
                assertThat(all.subList(0, i)).anyMatch(t -> t.code().equals(parent));
            }
        }
        assertThat(NATIONAL.lineage(NATIONAL.find("370702").orElseThrow()))
                .extracting(Tenant::code).containsExactly("370000", "370700", "370702");
    }

    @Test
    void everyProblemOfAnInvalidCatalogIsReportedAtOnce() {
        List<Division> divisions = List.of(
                new Division("370000", "山东省", null),
                new Division("370700", "潍坊市", "370000"),
                new Division("370700", "潍坊市", "370000"),
                new Division("370702", "潍城区", "370800"),
                new Division("371002", "环翠区", "371000"),
                new Division("370800", "济宁市", "370700"),
                new Division("520100", "贵阳市", "370000"),
                new Division("37070", "短码", "370700"),
                new Division("380000", "省", "370000"));
        assertThatThrownBy(() -> Catalog.of("test@1", divisions))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("catalog test@1 is invalid")
                .hasMessageContaining("370700: duplicate code")
                .hasMessageContaining("370702 潍城区: a county cannot have parent 370800")
                .hasMessageContaining("371002 环翠区: parent 371000 does not exist")
                .hasMessageContaining("370800 济宁市: a city cannot have parent 370700")
                .hasMessageContaining("520100 贵阳市: a city cannot have parent 370000")
                .hasMessageContaining("invalid code '37070'")
                .hasMessageContaining("380000 省: a province cannot have parent 370000");
    }
}
