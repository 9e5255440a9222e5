package cn.yingji.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Drives {@code infra/local/platform.sh} from tests that stop and restart a real service. */
public final class Launcher {

    static final Path SCRIPT = Path.of("..", "infra", "local", "platform.sh").toAbsolutePath().normalize();

    private Launcher() {
    }

    /** True when the tests run against the launcher's services (not Testcontainers). */
    public static boolean inUse() {
        return System.getenv("YINGJI_PG_PORT") != null && Files.exists(SCRIPT);
    }

    public static void run(String... args) throws IOException, InterruptedException {
        run(Map.of(), args);
    }

    /** The launcher with settings of its own (e.g. another data dir, ports and node count: a platform beside ours). */
    public static void run(Map<String, String> settings, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(settings);
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("launcher finished").isTrue();
        assertThat(process.exitValue()).as("launcher " + String.join(" ", args)).isZero();
    }
}
