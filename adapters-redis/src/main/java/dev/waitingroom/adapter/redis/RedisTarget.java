package dev.waitingroom.adapter.redis;

import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which Redis the gateway talks to: one server, given by a {@code redis://} or {@code rediss://} URL; a primary
 * found through Sentinel, given by a {@code redis-sentinel://host:port,host:port#<primary name>} URL; or a Redis
 * Cluster, given by some of its nodes, from which the client learns the rest.
 *
 * <p>No message here ever quotes a URL or a password: either may carry a secret.
 */
public sealed interface RedisTarget {

    /** A single server or a Sentinel-watched primary: one connection, re-made to whatever the URL resolves to. */
    record Server(String url) implements RedisTarget {
        public Server {
            if (url == null || !(url.startsWith("redis://") || url.startsWith("rediss://")
                    || url.startsWith("redis-sentinel://") || url.startsWith("rediss-sentinel://"))) {
                throw new IllegalArgumentException("must start with redis://, rediss:// or redis-sentinel://");
            }
            if (url.startsWith("redis-sentinel://") || url.startsWith("rediss-sentinel://")) {
                int hash = url.indexOf('#');
                if (hash < 0 || hash == url.length() - 1) {
                    throw new IllegalArgumentException("a redis-sentinel:// URL must end with #<primary name>, as in"
                            + " redis-sentinel://host:26379,host:26379#mymaster");
                }
            }
            uri(url, Duration.ofSeconds(1));
        }

        boolean viaSentinel() {
            return url.startsWith("redis-sentinel://") || url.startsWith("rediss-sentinel://");
        }

        RedisURI uri(Duration commandTimeout) {
            return uri(url, commandTimeout);
        }

        private static RedisURI uri(String url, Duration commandTimeout) {
            RedisURI uri;
            try {
                uri = RedisURI.create(url);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("is malformed (not shown: it may hold a password)");
            }
            uri.setTimeout(commandTimeout);
            return uri;
        }

        /** Where it is, without the password. */
        @Override
        public String toString() {
            RedisURI uri = uri(Duration.ofSeconds(1));
            if (viaSentinel()) {
                return "the primary " + uri.getSentinelMasterId() + " of Sentinel " + String.join(",",
                        uri.getSentinels().stream().map(sentinel -> sentinel.getHost() + ":" + sentinel.getPort()).toList());
            }
            return uri.getHost() + ":" + uri.getPort() + (uri.isSsl() ? " (TLS)" : "");
        }
    }

    /**
     * A Redis Cluster, known by some of its nodes ({@code host:port}); the client reads the whole topology from
     * the first that answers, and keeps reading it.
     */
    record Cluster(List<String> seeds, Optional<String> password, boolean tls) implements RedisTarget {

        public Cluster {
            seeds = List.copyOf(seeds);
            if (seeds.isEmpty()) {
                throw new IllegalArgumentException("must name at least one node, as host:port,host:port");
            }
            seeds.forEach(Cluster::requireHostAndPort);
        }

        /** {@code host:port,host:port,...}, blanks around each node ignored. */
        public static Cluster of(String nodes, Optional<String> password, boolean tls) {
            List<String> seeds = new ArrayList<>();
            for (String node : nodes.split(",", -1)) {
                seeds.add(node.strip());
            }
            return new Cluster(seeds, password, tls);
        }

        List<RedisURI> uris(Duration commandTimeout) {
            return seeds.stream().map(seed -> {
                int colon = seed.lastIndexOf(':');
                RedisURI.Builder uri = RedisURI.builder()
                        .withHost(seed.substring(0, colon))
                        .withPort(Integer.parseInt(seed.substring(colon + 1)))
                        .withSsl(tls)
                        .withTimeout(commandTimeout);
                password.ifPresent(secret -> uri.withPassword(secret.toCharArray()));
                return uri.build();
            }).toList();
        }

        private static void requireHostAndPort(String node) {
            int colon = node.lastIndexOf(':');
            String host = colon < 0 ? "" : node.substring(0, colon);
            String port = colon < 0 ? "" : node.substring(colon + 1);
            if (host.isEmpty() || host.contains("/") || host.contains("@") || !port.matches("[0-9]{1,5}")
                    || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65_535) {
                throw new IllegalArgumentException("must be host:port,host:port,... (ports 1-65535); '"
                        + clip(node) + "' is not host:port");
            }
        }

        private static String clip(String text) {
            return text.length() <= 60 ? text : text.substring(0, 60) + "...";
        }

        @Override
        public String toString() {
            return "the cluster of " + String.join(",", seeds) + (tls ? " (TLS)" : "") + (password.isPresent() ? " with password" : "");
        }
    }
}
