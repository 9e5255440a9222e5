package cn.yingji.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.flywaydb.core.Flyway;

import cn.yingji.tenants.TenantLoader;

/**
 * Makes sure the schema is migrated and the national tenant catalog is in the database before a test
 * needs it, whatever order the tests run in: the real Flyway migrations, then the real loader (PostgreSQL
 * part), once per test JVM. Both are idempotent.
 */
public final class TenantCatalogFixture {

    private static boolean migrated;
    private static boolean loaded;

    private TenantCatalogFixture() {
    }

    public static Path tenantsDir() {
        Path tenants = Path.of("..", "tenants").toAbsolutePath().normalize();
        if (!Files.isDirectory(tenants.resolve("catalog"))) {
            throw new IllegalStateException("tenant catalog not found at " + tenants);
        }
        return tenants;
    }

    public static synchronized void ensureMigrated() {
        if (migrated) {
            return;
        }
        Flyway.configure()
                .dataSource(TestServices.jdbcUrl(), TestServices.env("YINGJI_DB_OWNER", "yingji_owner"),
                        TestServices.env("YINGJI_DB_OWNER_PASSWORD", "yingji_owner"))
                .schemas("public", "app")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        migrated = true;
    }

    public static synchronized void ensureLoaded() {
        if (loaded) {
            return;
        }
        ensureMigrated();
        try {
            TenantLoader.sync("--tenants-dir=" + tenantsDir(), "--jdbc-url=" + TestServices.jdbcUrl(), "--skip-keycloak");
        } catch (Exception e) {
            throw new IllegalStateException("loading the tenant catalog failed", e);
        }
        loaded = true;
    }
}
