package dev.waitingroom.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waitingroom.adapter.inmemory.InMemorySigningKeyStore;
import dev.waitingroom.domain.port.SigningKeyStore;
import dev.waitingroom.domain.port.StoreUnavailableException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EntrySigningKeysTest {

    @Test
    void aFixedKeyIsAlwaysTheOperatorsKey() {
        EntrySigningKey key = EntrySigningKey.generate();

        assertThat(EntrySigningKeys.fixed(key).current()).isSameAs(key);
    }

    @Test
    void twoInstancesOverOneStoreEndWithTheSameKeyAndPublishTheSameSet() {
        InMemorySigningKeyStore store = new InMemorySigningKeyStore();
        EntrySigningKeys first = EntrySigningKeys.shared(store);
        EntrySigningKeys second = EntrySigningKeys.shared(store);

        assertThat(second.current()).isEqualTo(first.current());
        assertThat(second.published()).isEqualTo(first.published());
    }

    @Test
    void theStoreIsAskedOnFirstUseOnly() {
        AskedStore store = new AskedStore(new InMemorySigningKeyStore());
        EntrySigningKeys keys = EntrySigningKeys.shared(store);
        assertThat(store.offered).isEmpty();

        EntrySigningKey key = keys.current();

        assertThat(keys.current()).isSameAs(key);
        assertThat(keys.published()).contains(key.kid());
        assertThat(store.offered).hasSize(1);
    }

    @Test
    void aStoreFailurePropagatesAndTheNextUseAsksAgainWithTheSameCandidate() {
        AtomicInteger failuresLeft = new AtomicInteger(1);
        AskedStore store = new AskedStore(new SigningKeyStore() {
            private final InMemorySigningKeyStore memory = new InMemorySigningKeyStore();

            @Override
            public String keepFirst(String candidate) {
                if (failuresLeft.getAndDecrement() > 0) {
                    throw new StoreUnavailableException("Redis did not answer (test)", null);
                }
                return memory.keepFirst(candidate);
            }
        });
        EntrySigningKeys keys = EntrySigningKeys.shared(store);

        assertThatThrownBy(keys::current).isInstanceOf(StoreUnavailableException.class);
        EntrySigningKey key = keys.current();

        assertThat(store.offered).hasSize(2);
        assertThat(store.offered.get(1)).isEqualTo(store.offered.get(0)).isEqualTo(key.serialized());
    }

    @Test
    void aKeptValueThatIsNoKeyIsAClearFailureThatDoesNotQuoteIt() {
        EntrySigningKeys keys = EntrySigningKeys.shared(candidate -> "{\"kty\":\"oct\",\"k\":\"c2VjcmV0LXZhbHVlLXRoYXQtbXVzdC1ub3QtbGVhaw\"}");

        assertThatThrownBy(keys::current)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the signing key the store keeps is not usable")
                .hasMessageContaining("not EC")
                .hasMessageNotContaining("c2VjcmV0");
    }

    @Test
    void manyFirstRequestsAtOnceAllSignWithTheOneKeptKey() throws Exception {
        InMemorySigningKeyStore store = new InMemorySigningKeyStore();
        List<EntrySigningKeys> instances = List.of(EntrySigningKeys.shared(store), EntrySigningKeys.shared(store));
        int requests = 16;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(requests);
        try {
            List<Future<EntrySigningKey>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                EntrySigningKeys instance = instances.get(i % 2);
                answers.add(threads.submit(() -> {
                    go.await();
                    return instance.current();
                }));
            }
            go.countDown();
            Set<EntrySigningKey> used = new HashSet<>();
            for (Future<EntrySigningKey> answer : answers) {
                used.add(answer.get(10, TimeUnit.SECONDS));
            }

            assertThat(used).hasSize(1);
        } finally {
            threads.shutdownNow();
        }
    }

    /** Remembers every candidate it was offered. */
    private static final class AskedStore implements SigningKeyStore {

        final List<String> offered = new CopyOnWriteArrayList<>();
        private final SigningKeyStore store;

        AskedStore(SigningKeyStore store) {
            this.store = store;
        }

        @Override
        public String keepFirst(String candidate) {
            offered.add(candidate);
            return store.keepFirst(candidate);
        }
    }
}
