package cn.yingji.warnings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class CapTest {

    static final Instant SENT = Instant.parse("2026-12-06T06:30:05Z");

    static Cap.Alert alert(String polygon, String headline) {
        return new Cap.Alert(Cap.identifier("370700", SENT, 0), "yingji-370700", SENT, WarningMessage.ALERT, null, "暴雨",
                WarningLevel.ORANGE, new Cap.Terms("Expected", "Severe", "Likely"), "社会公众", SENT,
                SENT.plusSeconds(43_200), "潍坊市应急管理部门", headline, "预计未来 6 小时内降雨量将达 50 毫米以上。",
                "停止户外集体活动。", "潍城区、寒亭区", polygon, List.of("370702", "370703"));
    }

    @Test
    void theIdentifierFollowsTheGbt35965LayoutInBeijingTime() {
        assertThat(Cap.identifier("370700", SENT, 3)).isEqualTo("37070000000000_20261206143005_3");
        assertThatThrownBy(() -> Cap.identifier("37070", SENT, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cap.identifier("370700", SENT, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWarningIsAValidCap12DocumentWithItsTermsAndArea() {
        String xml = Cap.xml(alert("36.70,119.05 36.80,119.05 36.80,119.25 36.70,119.05", "潍坊市暴雨橙色预警"));
        assertThat(Cap.problems(xml)).isEmpty();
        assertThat(xml).contains("xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"", "<sent>2026-12-06T14:30:05+08:00</sent>",
                "<event>暴雨橙色预警</event>", "<category>Met</category>", "<severity>Severe</severity>",
                "<value>370703</value>", "<polygon>36.70,119.05");
    }

    @Test
    void theSchemaFindsWhatCapDoesNotAllow() {
        // a polygon of three points, and an alert without its headline's info (an empty event is refused)
        assertThat(Cap.problems(Cap.xml(alert("36.70,119.05 36.80,119.05 36.70,119.05", "h")))).isNotEmpty();
        String noStatus = Cap.xml(alert(null, "h")).replace("<status>Actual</status>", "");
        assertThat(Cap.problems(noStatus)).isNotEmpty();
    }

    @Test
    void theCategoryFollowsTheHazard() {
        assertThat(Cap.category("暴雨")).isEqualTo("Met");
        assertThat(Cap.category("地质灾害")).isEqualTo("Geo");
        assertThat(Cap.category("森林火灾")).isEqualTo("Fire");
        assertThat(Cap.category("其他")).isEqualTo("Other");
    }
}
