package cn.yingji.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AuditLogTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static JsonNode node(Object value) {
        return JSON.valueToTree(value);
    }

    @Test
    void anExpertsPhoneAndEmailNeverReachTheTrailAtAnyDepth() {
        JsonNode redacted = AuditLog.redact(node(Map.of("name", "孙立", "sharing", "vertical", "phone", "13905310001",
                "email", "a@b.cn", "contacts", List.of(Map.of("phone", "13800000000", "role", "秘书")))), false);
        assertThat(redacted.has("phone")).isFalse();
        assertThat(redacted.has("email")).isFalse();
        assertThat(redacted.path("name").asString()).isEqualTo("孙立");
        assertThat(redacted.path("contacts").get(0).has("phone")).isFalse();
        assertThat(redacted.path("contacts").get(0).path("role").asString()).isEqualTo("秘书");
    }

    @Test
    void aPrivateRecordKeepsWhichRecordAndItsStateButNotItsContent() {
        JsonNode redacted = AuditLog.redact(node(Map.of("id", "p1", "sharing", "private", "status", "draft", "version", 3,
                "title", "某县防汛应急预案（草稿）", "summary", "内部讨论稿")), true);
        assertThat(redacted.propertyNames()).containsExactlyInAnyOrder("id", "sharing", "status", "version");
    }

    @Test
    void aSharedRecordKeepsItsContent() {
        JsonNode redacted = AuditLog.redact(node(Map.of("id", "p1", "sharing", "up", "title", "已报备预案")), false);
        assertThat(redacted.path("title").asString()).isEqualTo("已报备预案");
    }
}
