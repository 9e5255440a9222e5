package cn.yingji.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * On a machine with a Docker engine and no local platform running, the integration tests get their
 * PostgreSQL, Elasticsearch and Keycloak from Testcontainers — the official images (Elasticsearch with our
 * analysis plugin installed, infra/docker/elasticsearch/Dockerfile), configured from the
 * same files under {@code infra/} as the launcher and docker-compose. Without Docker (our machines) the
 * launcher's native services are used and this class starts nothing.
 */
final class ContainerServices {

    private ContainerServices() {
    }

    /** True when the tests should start containers: no launcher platform, and Docker answers. */
    static boolean wanted() {
        if (System.getenv("YINGJI_PG_PORT") != null || listening(15432)) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Starts the three services and returns the settings that point the tests and the app at them. */
    @SuppressWarnings("resource") // containers live as long as the test JVM; Testcontainers' reaper removes them
    static Map<String, String> start() {
        Path infra = Path.of("..", "infra").toAbsolutePath().normalize();
        var postgres = new PostgreSQLContainer("postgres:17")
                .withUsername("postgres").withPassword("postgres").withDatabaseName("postgres")
                .withCopyFileToContainer(MountableFile.forHostPath(infra.resolve("postgres/init.sql")),
                        "/docker-entrypoint-initdb.d/init.sql");
        // the official image plus our analysis plugin, as docker-compose builds it (the zip comes from the
        // infra/search-analysis module, built before the backend)
        var image = new ImageFromDockerfile("yingji-elasticsearch", false)
                .withDockerfilePath("infra/docker/elasticsearch/Dockerfile")
                .withFileFromPath("infra/docker/elasticsearch/Dockerfile", infra.resolve("docker/elasticsearch/Dockerfile"))
                .withFileFromPath("infra/search-analysis/target/yingji-analysis-9.5.3.zip",
                        infra.resolve("search-analysis/target/yingji-analysis-9.5.3.zip"));
        var elasticsearch = new ElasticsearchContainer(DockerImageName.parse(image.get())
                .asCompatibleSubstituteFor("docker.elastic.co/elasticsearch/elasticsearch"))
                .withEnv("xpack.security.enabled", "false")
                .withEnv("discovery.type", "single-node");
        // the tests' realm as ./yingji test makes it: the deployment's realm plus the test-only parts
        String realm = TestServices.realm();
        var keycloak = new GenericContainer<>("quay.io/keycloak/keycloak:26.4.7")
                .withCommand("start-dev", "--import-realm")
                .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
                .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")
                .withCopyFileToContainer(MountableFile.forHostPath(testRealmFile(infra, realm)),
                        "/opt/keycloak/data/import/" + realm + "-realm.json")
                .withExposedPorts(8080)
                .waitingFor(Wait.forHttp("/realms/" + realm).forPort(8080).withStartupTimeout(Duration.ofMinutes(3)));
        postgres.start();
        createTestDatabase(postgres);
        elasticsearch.start();
        keycloak.start();
        return Map.of(
                "YINGJI_PG_HOST", postgres.getHost(),
                "YINGJI_PG_PORT", String.valueOf(postgres.getMappedPort(5432)),
                "YINGJI_ES_URL", "http://" + elasticsearch.getHttpHostAddress(),
                // the browser's view and the API's view of Keycloak are the same mapped port here
                "YINGJI_KC_URL", "http://localhost:" + keycloak.getMappedPort(8080));
    }

    /** The merged realm file, written by the launcher's {@code realm-file} (one definition of the merge). */
    private static Path testRealmFile(Path infra, String realm) {
        try {
            Path file = Files.createTempFile(realm, ".json");
            Process process = new ProcessBuilder("bash", infra.resolve("local/platform.sh").toString(), "realm-file", realm,
                    infra.resolve("keycloak/yingji-realm.json").toString(),
                    infra.resolve("keycloak/yingji-test-realm.json").toString())
                    .redirectOutput(file.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("platform.sh realm-file failed");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What {@code platform.sh db-create} does: the tests' database, owned like the app's, with its extensions. */
    private static void createTestDatabase(PostgreSQLContainer postgres) {
        String db = TestServices.database();
        try {
            exec(postgres, "postgres", "create database " + db + " owner yingji_owner encoding 'UTF8' template template0");
            exec(postgres, db, "create extension ltree; create extension pgcrypto; create extension pg_trgm");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void exec(PostgreSQLContainer postgres, String db, String sql) throws IOException, InterruptedException {
        var result = postgres.execInContainer("psql", "-v", "ON_ERROR_STOP=1", "-U", "postgres", "-d", db, "-c", sql);
        if (result.getExitCode() != 0) {
            throw new IllegalStateException("psql: " + result.getStderr());
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
