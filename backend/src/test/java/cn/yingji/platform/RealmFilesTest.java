package cn.yingji.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The realm a deployment imports ({@code infra/keycloak/yingji-realm.json}: {@code ./yingji run}, docker-compose)
 * locks an account after repeated wrong passwords and has no password-grant client; that client exists only in
 * the tests' realm ({@code yingji-test-realm.json}, merged onto the deployment's by {@code platform.sh realm-create}).
 */
class RealmFilesTest {

    static final Path KEYCLOAK = Path.of("..", "infra", "keycloak").toAbsolutePath().normalize();
    static final JsonMapper JSON = JsonMapper.shared();

    static JsonNode read(String file) {
        return JSON.readTree(KEYCLOAK.resolve(file).toFile());
    }

    @Test
    void theDeploymentRealmLocksAccountsAfterWrongPasswordsForAWhile() {
        JsonNode realm = read("yingji-realm.json");
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("failureFactor").asInt()).isBetween(3, 10);
        // a temporary lock: a forgotten password must not need an administrator for good
        assertThat(realm.path("permanentLockout").asBoolean()).isFalse();
        assertThat(realm.path("maxFailureWaitSeconds").asInt()).isPositive();
    }

    @Test
    void noClientOfTheDeploymentRealmTakesPasswordsDirectly() {
        for (JsonNode client : read("yingji-realm.json").path("clients")) {
            assertThat(client.path("directAccessGrantsEnabled").asBoolean()).as(client.path("clientId").asString()).isFalse();
            assertThat(client.path("clientId").asString()).isNotEqualTo("yingji-cli");
        }
    }

    @Test
    void theTestRealmAddsThePasswordGrantClientAndNoRealmSettings() {
        JsonNode test = read("yingji-test-realm.json");
        assertThat(test.propertyNames()).containsExactly("clients");
        JsonNode cli = null;
        for (JsonNode client : test.path("clients")) {
            if (client.path("clientId").asString().equals("yingji-cli")) {
                cli = client;
            }
        }
        assertThat(cli).as("client yingji-cli in the test realm").isNotNull();
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
    }
}
