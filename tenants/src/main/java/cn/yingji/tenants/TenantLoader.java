package cn.yingji.tenants;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the tenant catalog: every division with its effective tier policy into table {@code tenant}
 * (as {@code yingji_owner}, one transaction), then the same tree into Keycloak groups and memberships.
 * Idempotent: a second run with the same files writes nothing.
 */
public final class TenantLoader {

    /** What a load changed: rows in PostgreSQL, groups and memberships in Keycloak (null when skipped). */
    public record Report(String catalogVersion, TenantTable.Result db, long dbMillis, KeycloakGroups.Result keycloak,
                  long keycloakMillis) {
    }

    private TenantLoader() {
    }

    public static void main(String[] args) throws SQLException {
        LoaderSettings settings;
        try {
            settings = LoaderSettings.from(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Report r;
        try {
            r = run(settings);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // bad catalog or policy files, missing schema, Keycloak refusing: the message says which
            System.err.println("tenant load failed: " + e.getMessage());
            System.exit(1);
            return;
        }
        TenantTable.Result db = r.db();
        System.out.printf("catalog %s%n", r.catalogVersion());
        System.out.printf("postgresql: %d inserted, %d updated, %d unchanged (%d ms)%n",
                db.inserted(), db.updated(), db.unchanged(), r.dbMillis());
        if (db.filingDesks() > 0) {
            System.out.printf("postgresql: %d emergency-management units created as filing desks%n", db.filingDesks());
        }
        if (!db.notInCatalog().isEmpty()) {
            System.out.printf("postgresql: %d tenants not in the catalog (kept): %s%n", db.notInCatalog().size(), db.notInCatalog());
        }
        if (r.keycloak() == null) {
            System.out.println("keycloak: skipped");
            return;
        }
        KeycloakGroups.Result kc = r.keycloak();
        System.out.printf("keycloak: %d groups created, %d updated, %d memberships changed (%d ms)%n",
                kc.created(), kc.updated(), kc.membershipsChanged(), r.keycloakMillis());
        if (!kc.groupsNotInCatalog().isEmpty()) {
            System.out.printf("keycloak: groups not in the catalog (kept): %s%n", kc.groupsNotInCatalog());
        }
        if (!kc.usersWithUnknownTenant().isEmpty()) {
            System.out.printf("keycloak: users whose tenant_code is not in the catalog: %s%n", kc.usersWithUnknownTenant());
        }
    }

    /** Loads with the same arguments as {@link #main}, for callers inside a JVM (tests, tools). */
    public static Report sync(String... args) throws SQLException {
        return run(LoaderSettings.from(args, System.getenv()));
    }

    static Report run(LoaderSettings settings) throws SQLException {
        Catalog catalog = Catalog.load(settings.tenantsDir().resolve("catalog/divisions.json"));
        PolicyMerger policies = PolicyMerger.load(settings.tenantsDir().resolve("policies"));
        List<String> unknown = policies.unknownCodes(catalog);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("policy overrides for codes not in catalog " + catalog.source() + ": " + unknown);
        }
        JsonMapper json = JsonMapper.shared();
        List<TenantTable.Row> rows = catalog.tenants().stream()
                .map(t -> new TenantTable.Row(t, json.writeValueAsString(policies.effective(catalog.lineage(t)))))
                .toList();

        long start = System.nanoTime();
        TenantTable.Result db;
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword())) {
            db = new TenantTable(connection).sync(rows, catalog.source());
        }
        long dbMillis = (System.nanoTime() - start) / 1_000_000;
        if (settings.skipKeycloak()) {
            return new Report(catalog.source(), db, dbMillis, null, 0);
        }
        start = System.nanoTime();
        KeycloakAdmin admin = KeycloakAdmin.login(settings.keycloakUrl(), settings.realm(),
                settings.keycloakAdmin(), settings.keycloakAdminPassword());
        KeycloakGroups.Result kc = new KeycloakGroups(admin).sync(catalog);
        return new Report(catalog.source(), db, dbMillis, kc, (System.nanoTime() - start) / 1_000_000);
    }
}
