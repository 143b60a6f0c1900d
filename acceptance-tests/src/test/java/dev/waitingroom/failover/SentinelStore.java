package dev.waitingroom.failover;

import dev.waitingroom.adapter.redis.RedisSentinelFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One primary watched by Sentinels: every event lives on it, so any kill is the busy event's. */
final class SentinelStore implements FailingStore {

    private final RedisSentinelFixture sentinel = RedisSentinelFixture.start();

    @Override
    public Map<String, String> gatewaySettings() {
        return Map.of("REDIS_URL", sentinel.url());
    }

    @Override
    public List<String> quietEvents(String busy, int count) {
        List<String> quiet = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            quiet.add("quiet-" + i);
        }
        return quiet;
    }

    @Override
    public String killPrimaryOf(String event) {
        int port = sentinel.primaryPort();
        sentinel.killPrimary();
        return "Sentinel primary on port " + port;
    }

    @Override
    public void awaitFailover(Duration deadline) {
        sentinel.awaitFailover(deadline);
    }

    @Override
    public void restartKilled() {
        sentinel.restartKilled();
    }

    @Override
    public void awaitHealthy(Duration deadline) {
        sentinel.awaitHealthy(deadline);
    }

    @Override
    public void close() {
        sentinel.close();
    }

    @Override
    public String toString() {
        return "Redis under Sentinel";
    }
}
