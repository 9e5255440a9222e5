package cn.yingji.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class LoaderSettingsTest {

    @Test
    void defaultsAreTheLocalPlatformOfTheContract() {
        LoaderSettings s = LoaderSettings.from(new String[0], Map.of());
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:15432/yingji");
        assertThat(s.dbUser()).isEqualTo("yingji_owner");
        assertThat(s.keycloakUrl()).isEqualTo("http://localhost:18080");
        assertThat(s.realm()).isEqualTo("yingji");
        assertThat(s.skipKeycloak()).isFalse();
    }

    @Test
    void argumentsBeatTheEnvironment() {
        Map<String, String> env = Map.of("YINGJI_PG_PORT", "5433", "YINGJI_KC_REALM", "other", "YINGJI_DB_OWNER", "env_owner");
        LoaderSettings s = LoaderSettings.from(new String[] {"--db-user=arg_owner", "--skip-keycloak"}, env);
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5433/yingji");
        assertThat(s.realm()).isEqualTo("other");
        assertThat(s.dbUser()).isEqualTo("arg_owner");
        assertThat(s.skipKeycloak()).isTrue();
    }

    @Test
    void unknownArgumentsAreRejectedWithTheUsage() {
        assertThatThrownBy(() -> LoaderSettings.from(new String[] {"--kc-relm=x"}, Map.of()))
                .hasMessageContaining("unknown option(s) [kc-relm]").hasMessageContaining("usage: TenantLoader");
    }
}
