package cn.yingji.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class PolicyMergerTest {

    private static final PolicyMerger REAL = PolicyMerger.load(Path.of("policies"));

    private static JsonNode effective(String code) {
        Catalog catalog = CatalogTest.NATIONAL;
        return REAL.effective(catalog.lineage(catalog.find(code).orElseThrow()));
    }

    private static ObjectNode yaml(String text) {
        return (ObjectNode) YAMLMapper.shared().readTree(text);
    }

    @Test
    void tenantsWithoutOverridesGetTheNationalDefaults() {
        JsonNode jinanShizhong = effective("370103");
        assertThat(jinanShizhong.at("/filing/deadlineWorkingDays").asInt()).isEqualTo(20);
        assertThat(jinanShizhong.at("/filing/acknowledgementWorkingDays").asInt()).isEqualTo(5);
        assertThat(jinanShizhong.at("/filing/silenceCountsAsFiled/enterprise").asBoolean()).isTrue();
        assertThat(jinanShizhong.at("/evaluation/cycleYears").asInt()).isEqualTo(3);
        assertThat(jinanShizhong.at("/reporting/initialPhoneMinutes").asInt()).isEqualTo(30);
        assertThat(jinanShizhong.at("/reporting/leaderInstructionFeedbackMinutes").asInt()).isEqualTo(24 * 60);
    }

    @Test
    void weifangOverrideBeatsShandongAndNationalAndReachesItsCounties() {
        for (String code : List.of("370700", "370702")) {
            JsonNode p = effective(code);
            assertThat(p.at("/reporting/initialPhoneMinutes").asInt()).isEqualTo(20);
            assertThat(p.at("/reporting/writtenMinutes").asInt()).isEqualTo(40);
            assertThat(p.at("/reporting/followUpMinutes").asInt()).isEqualTo(120);
            // siblings of the overridden keys keep the defaults: maps merge key by key
            assertThat(p.at("/reporting/leaderInstructionFeedbackMinutes").asInt()).isEqualTo(1440);
        }
    }

    @Test
    void countyOverrideBeatsCityBeatsNational() {
        JsonNode dongxiang = effective("361003");
        assertThat(dongxiang.at("/reporting/initialPhoneMinutes").asInt()).isEqualTo(30);
        assertThat(dongxiang.at("/reporting/writtenMinutes").asInt()).isEqualTo(120); // from 抚州市
        assertThat(dongxiang.at("/drills/perYear/countyComprehensive").asInt()).isEqualTo(3);
        assertThat(effective("361002").at("/drills/perYear/countyComprehensive").asInt()).isEqualTo(1);
    }

    @Test
    void listsAndScalarsReplace() {
        assertThat(effective("520201").at("/specialActions/progressReportDaysOfMonth").valueStream().map(JsonNode::asInt))
                .containsExactly(15, 30);
        PolicyMerger merger = PolicyMerger.of(
                yaml("days: [1, 2, 3]\nnested: {a: 1, b: [x, y]}"),
                Map.of("370000.yaml", yaml("province: {days: [4]}\noverrides: {'370700': {nested: {b: [z]}}}")));
        Tenant shandong = new Tenant("370000", "山东省", Tier.PROVINCE, null, "p37");
        Tenant weifang = new Tenant("370700", "潍坊市", Tier.CITY, "370000", "p37.c3707");
        assertThat(merger.effective(List.of(shandong, weifang))).isEqualTo(yaml("days: [4]\nnested: {a: 1, b: [z]}"));
    }

    @Test
    void mergingDoesNotChangeTheNationalDefaults() {
        effective("370700");
        assertThat(effective("370102").at("/reporting/initialPhoneMinutes").asInt()).isEqualTo(30);
    }

    @Test
    void everyOverrideCodeIsInTheCatalog() {
        assertThat(REAL.unknownCodes(CatalogTest.NATIONAL)).isEmpty();
    }

    @Test
    void unknownKeyIsNamedWithFileAndPath() {
        assertThatThrownBy(() -> PolicyMerger.of(yaml("reporting: {writtenMinutes: 60}"),
                Map.of("370000.yaml", yaml("overrides: {'370700': {reporting: {phoneMinutes: 20}}}"))))
                .hasMessage("370000.yaml: overrides.370700.reporting.phoneMinutes: unknown key (not in national.yaml)");
    }

    @Test
    void wrongTypeIsNamedWithFileAndPath() {
        ObjectNode national = yaml("reporting: {writtenMinutes: 60}\nsilence: true\ndays: [1]\ncal: CN");
        assertThatThrownBy(() -> PolicyMerger.of(national, Map.of("520000.yaml", yaml("province: {reporting: {writtenMinutes: '40'}}"))))
                .hasMessage("520000.yaml: province.reporting.writtenMinutes: expected a whole number as in national.yaml, got string \"40\"");
        assertThatThrownBy(() -> PolicyMerger.of(national, Map.of("520000.yaml", yaml("province: {reporting: 40}"))))
                .hasMessageStartingWith("520000.yaml: province.reporting: expected a map");
        assertThatThrownBy(() -> PolicyMerger.of(national, Map.of("520000.yaml", yaml("province: {silence: 'yes'}"))))
                .hasMessageStartingWith("520000.yaml: province.silence: expected true or false");
        assertThatThrownBy(() -> PolicyMerger.of(national, Map.of("520000.yaml", yaml("province: {days: 15}"))))
                .hasMessageStartingWith("520000.yaml: province.days: expected a list");
        assertThatThrownBy(() -> PolicyMerger.of(national, Map.of("520000.yaml", yaml("province: {cal: 1}"))))
                .hasMessageStartingWith("520000.yaml: province.cal: expected a string");
    }

    @Test
    void provinceFileShapeIsChecked() {
        ObjectNode national = yaml("a: 1");
        assertThatThrownBy(() -> PolicyMerger.of(national, Map.of("370000.yaml", yaml("provinces: {a: 2}"))))
                .hasMessage("370000.yaml: unknown top-level key 'provinces' (expected province, overrides)");
        assertThatThrownBy(() -> PolicyMerger.of(national, Map.of("370000.yaml", yaml("overrides: {'520200': {a: 2}}"))))
                .hasMessage("370000.yaml: overrides.520200: not a city or county code of province 370000");
        assertThatThrownBy(() -> PolicyMerger.of(national, Map.of("370700.yaml", yaml("province: {a: 2}"))))
                .hasMessage("370700.yaml: file name must be a province code (xx0000.yaml)");
    }
}
