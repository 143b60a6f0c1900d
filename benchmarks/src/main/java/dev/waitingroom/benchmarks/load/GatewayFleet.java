package dev.waitingroom.benchmarks.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Several gateways on the same Redis, each its own {@link GatewayProcess} (own JVM, port, output and GC log), as
 * an operator scales out behind a load balancer. They share the admin token, so any of them opens events.
 */
final class GatewayFleet implements AutoCloseable {

    private final List<GatewayProcess> gateways = new ArrayList<>();

    /** @param logs where gateway n's output goes is {@code logs + "-" + n + ".log"}, its GC log {@code ...-gc.log} */
    static GatewayFleet start(int count, Path jar, List<String> jvmOptions, Map<String, String> environment, String logs)
            throws IOException, InterruptedException {
        GatewayFleet fleet = new GatewayFleet();
        try {
            for (int n = 1; n <= count; n++) {
                List<String> jvm = new ArrayList<>(jvmOptions);
                jvm.add("-Xlog:gc:file=" + logs + "-" + n + "-gc.log");
                fleet.gateways.add(GatewayProcess.start(jar, jvm, environment, Path.of(logs + "-" + n + ".log")));
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            fleet.close();
            throw e;
        }
        return fleet;
    }

    List<InetSocketAddress> addresses() {
        return gateways.stream().map(gateway -> new InetSocketAddress("127.0.0.1", gateway.port())).toList();
    }

    /** Gateway n (from 1) by the name the report gives it, to its process id. */
    Map<String, Long> pids() {
        Map<String, Long> pids = new TreeMap<>();
        for (int n = 0; n < gateways.size(); n++) {
            pids.put("gateway " + (n + 1), gateways.get(n).pid());
        }
        return pids;
    }

    GatewayProcess first() {
        return gateways.getFirst();
    }

    @Override
    public void close() throws InterruptedException {
        for (GatewayProcess gateway : gateways) {
            gateway.close();
        }
    }
}
