package cn.yingji.tenants;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where the loader reads and writes. Each setting comes from a {@code --name=value} argument, else from the
 * environment that {@code infra/local/platform.sh env} prints, else from the local defaults of
 * docs/contracts.md.
 */
record LoaderSettings(Path tenantsDir, String jdbcUrl, String dbUser, String dbPassword, String keycloakUrl,
                      String realm, String keycloakAdmin, String keycloakAdminPassword, boolean skipKeycloak) {

    private static final Set<String> OPTIONS = Set.of("tenants-dir", "jdbc-url", "db-user", "db-password", "kc-url",
            "kc-realm", "kc-admin", "kc-admin-password");

    static LoaderSettings from(String[] args, Map<String, String> env) {
        Map<String, String> opts = new HashMap<>();
        boolean skipKeycloak = false;
        for (String arg : args) {
            if (arg.equals("--skip-keycloak")) {
                skipKeycloak = true;
            } else if (arg.startsWith("--") && arg.contains("=")) {
                opts.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                throw new IllegalArgumentException("unknown argument " + arg + "\n" + usage());
            }
        }
        Set<String> unknown = new HashSet<>(opts.keySet());
        unknown.removeAll(OPTIONS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s) " + unknown + "\n" + usage());
        }
        String jdbcUrl = "jdbc:postgresql://" + env.getOrDefault("YINGJI_PG_HOST", "127.0.0.1") + ":"
                + env.getOrDefault("YINGJI_PG_PORT", "15432") + "/" + env.getOrDefault("YINGJI_DB", "yingji");
        return new LoaderSettings(
                Path.of(opts.getOrDefault("tenants-dir", env.getOrDefault("YINGJI_TENANTS_DIR", "."))),
                opts.getOrDefault("jdbc-url", jdbcUrl),
                opts.getOrDefault("db-user", env.getOrDefault("YINGJI_DB_OWNER", "yingji_owner")),
                opts.getOrDefault("db-password", env.getOrDefault("YINGJI_DB_OWNER_PASSWORD", "yingji_owner")),
                opts.getOrDefault("kc-url", env.getOrDefault("YINGJI_KC_URL", "http://localhost:18080")),
                opts.getOrDefault("kc-realm", env.getOrDefault("YINGJI_KC_REALM", "yingji")),
                opts.getOrDefault("kc-admin", env.getOrDefault("YINGJI_KC_ADMIN", "admin")),
                opts.getOrDefault("kc-admin-password", env.getOrDefault("YINGJI_KC_ADMIN_PASSWORD", "admin")),
                skipKeycloak);
    }

    static String usage() {
        return """
                usage: TenantLoader [--tenants-dir=DIR] [--jdbc-url=URL] [--db-user=U] [--db-password=P]
                                    [--kc-url=URL] [--kc-realm=R] [--kc-admin=U] [--kc-admin-password=P] [--skip-keycloak]
                  DIR holds catalog/divisions.json and policies/ (default: current directory, or $YINGJI_TENANTS_DIR)
                  defaults come from YINGJI_PG_HOST/PORT, YINGJI_DB, YINGJI_DB_OWNER(_PASSWORD),
                  YINGJI_KC_URL, YINGJI_KC_REALM, YINGJI_KC_ADMIN(_PASSWORD) (docs/contracts.md)""";
    }
}
