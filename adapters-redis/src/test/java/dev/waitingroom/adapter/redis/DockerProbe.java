package dev.waitingroom.adapter.redis;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a Docker engine answers. Asks Testcontainers only when there is a sign of an engine, so
 * that on a machine without one the answer is immediate and nothing is logged.
 */
final class DockerProbe {

    private DockerProbe() {
    }

    static boolean engineAnswers() {
        boolean signOfEngine = System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        if (!signOfEngine) {
            return false;
        }
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
