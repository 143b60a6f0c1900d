package dev.waitingroom.domain.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link SigningKeyStore} must show. Each adapter extends this once. A store keeps
 * one key for the whole deployment (it belongs to no event), so every test starts from a store that
 * keeps none.
 */
public abstract class SigningKeyStoreContract {

    private static final int INSTANCES = 32;

    private SigningKeyStore store;

    /** A store that keeps no key yet. */
    protected abstract SigningKeyStore emptyStore();

    /**
     * The same store as another gateway instance sees it (another connection, say). Stores that only
     * live in one process answer the store itself.
     */
    protected SigningKeyStore anotherInstance(SigningKeyStore store) {
        return store;
    }

    @BeforeEach
    void startEmpty() {
        store = emptyStore();
    }

    @Test
    void theFirstCandidateIsKept() {
        assertThat(store.keepFirst("first-candidate")).isEqualTo("first-candidate");
    }

    @Test
    void laterCandidatesGetTheKeptKeyAndReplaceNothing() {
        store.keepFirst("first-candidate");

        assertThat(store.keepFirst("second-candidate")).isEqualTo("first-candidate");
        assertThat(anotherInstance(store).keepFirst("third-candidate")).isEqualTo("first-candidate");
        assertThat(store.keepFirst("fourth-candidate")).isEqualTo("first-candidate");
    }

    @Test
    void theKeptKeyComesBackExactlyAsGiven() {
        String json = "{\"kty\":\"EC\",\"crv\":\"P-256\",\"d\":\"a-b_c\",\"note\":\"line one\\nline two \u00e9\u4e2d\"}\n"
                + "x".repeat(2000);

        assertThat(store.keepFirst(json)).isEqualTo(json);
        assertThat(anotherInstance(store).keepFirst("other")).isEqualTo(json);
    }

    @Test
    void manyInstancesAskingAtOnceWithTheirOwnCandidatesAllGetTheSameSingleKey() throws Exception {
        CountDownLatch ready = new CountDownLatch(INSTANCES);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(INSTANCES);
        Set<String> candidates = new HashSet<>();
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < INSTANCES; i++) {
                String candidate = "candidate-" + i;
                candidates.add(candidate);
                SigningKeyStore instance = i % 2 == 0 ? store : anotherInstance(store);
                answers.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return instance.keepFirst(candidate);
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).as("every instance is ready").isTrue();
            go.countDown();
            Set<String> kept = new HashSet<>();
            for (Future<String> answer : answers) {
                kept.add(answer.get(20, TimeUnit.SECONDS));
            }

            assertThat(kept).hasSize(1);
            assertThat(candidates).contains(kept.iterator().next());
            assertThat(store.keepFirst("latecomer")).isEqualTo(kept.iterator().next());
        } finally {
            threads.shutdownNow();
        }
    }
}
