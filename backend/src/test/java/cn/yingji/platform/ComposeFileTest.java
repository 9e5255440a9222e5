package cn.yingji.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code docker-compose.yml} (no Docker engine on our machines to run it) runs Elasticsearch as a 3-node cluster the
 * app knows all of: the file parses (anchors and merge keys resolved), the three nodes form one cluster from the
 * same image and settings, each keeps its own data, and the app lists every node and waits for all of them.
 */
class ComposeFileTest {

    static final Path COMPOSE = Path.of("..", "docker-compose.yml").toAbsolutePath().normalize();
    static final List<String> NODES = List.of("es01", "es02", "es03");

    static Map<String, Object> compose() throws IOException {
        try (Reader reader = Files.newBufferedReader(COMPOSE)) {
            return new Yaml().load(reader);
        }
    }

    static Map<String, Object> services() throws IOException {
        return section(compose(), "services");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> section(Map<String, Object> service, String name) {
        return (Map<String, Object>) service.get(name);
    }

    @Test
    @SuppressWarnings("unchecked")
    void threeElasticsearchNodesFormOneClusterEachWithItsOwnData() throws IOException {
        Map<String, Object> services = services();
        assertThat(services).containsKeys("es01", "es02", "es03").doesNotContainKey("elasticsearch");
        List<Map<String, Object>> nodes = NODES.stream().map(n -> (Map<String, Object>) services.get(n)).toList();
        for (int i = 0; i < NODES.size(); i++) {
            Map<String, Object> node = nodes.get(i);
            Map<String, Object> env = section(node, "environment");
            assertThat(node.get("image")).isEqualTo("yingji-elasticsearch:9.5.3");
            assertThat(section(node, "build")).containsEntry("dockerfile", "infra/docker/elasticsearch/Dockerfile");
            assertThat(env).containsEntry("node.name", NODES.get(i))
                    .containsEntry("discovery.seed_hosts", String.join(",", NODES))
                    .containsEntry("cluster.initial_master_nodes", String.join(",", NODES))
                    .doesNotContainKey("discovery.type");
            assertThat((List<String>) node.get("volumes"))
                    .contains("./infra/elasticsearch/elasticsearch.yml:/usr/share/elasticsearch/config/elasticsearch.yml:ro")
                    .contains("esdata0" + (i + 1) + ":/usr/share/elasticsearch/data");
            assertThat((List<String>) node.get("ports")).containsExactly("127.0.0.1:1920" + i + ":9200");
            assertThat(section(node, "healthcheck")).isNotNull();
        }
        assertThat(section(compose(), "volumes")).containsKeys("esdata01", "esdata02", "esdata03");
    }

    @Test
    void theAppKnowsEveryNodeAndWaitsForAllOfThem() throws IOException {
        Map<String, Object> app = section(services(), "app");
        assertThat(section(app, "environment").get("YINGJI_ES_URL"))
                .isEqualTo(String.join(",", NODES.stream().map(n -> "http://" + n + ":9200").toList()));
        Map<String, Object> dependsOn = section(app, "depends_on");
        for (String node : NODES) {
            assertThat(section(dependsOn, node)).containsEntry("condition", "service_healthy");
        }
    }

    @Test
    void everyClusterSettingTheLauncherPassesIsLeftOutOfTheSharedSettingsFile() throws IOException {
        // node name and discovery differ between one node and a cluster: the shared file must not fix them
        try (Stream<String> lines = Files.lines(COMPOSE.resolveSibling("infra/elasticsearch/elasticsearch.yml"))) {
            assertThat(lines.filter(l -> !l.startsWith("#")))
                    .noneMatch(l -> l.startsWith("node.name") || l.startsWith("discovery.") || l.startsWith("cluster.initial"));
        }
    }

}
