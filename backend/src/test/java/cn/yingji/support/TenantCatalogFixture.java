package cn.yingji.support;

import java.nio.file.Files;
import java.nio.file.Path;

import cn.yingji.tenants.TenantLoader;

/**
 * Makes sure the national tenant catalog is in the database before a test needs it: runs the real loader
 * (PostgreSQL part) once per test JVM. Idempotent, so it costs little when the catalog is already loaded.
 */
public final class TenantCatalogFixture {

    private static boolean loaded;

    private TenantCatalogFixture() {
    }

    public static synchronized void ensureLoaded() {
        if (loaded) {
            return;
        }
        Path tenants = Path.of("..", "tenants").toAbsolutePath().normalize();
        if (!Files.isDirectory(tenants.resolve("catalog"))) {
            throw new IllegalStateException("tenant catalog not found at " + tenants);
        }
        try {
            TenantLoader.sync("--tenants-dir=" + tenants, "--skip-keycloak");
        } catch (Exception e) {
            throw new IllegalStateException("loading the tenant catalog failed", e);
        }
        loaded = true;
    }
}
