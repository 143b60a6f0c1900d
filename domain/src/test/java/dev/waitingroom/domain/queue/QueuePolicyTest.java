package dev.waitingroom.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueuePolicyTest {

    @Test
    void aUserMayAddEntriesUpToTheLimit() {
        QueuePolicy policy = new QueuePolicy(2);
        assertThat(policy.allowsAnotherEntry(0)).isTrue();
        assertThat(policy.allowsAnotherEntry(1)).isTrue();
        assertThat(policy.allowsAnotherEntry(2)).isFalse();
        assertThat(policy.allowsAnotherEntry(3)).isFalse();
    }

    @Test
    void theDefaultLetsOneUserHoldThreeEntries() {
        QueuePolicy policy = QueuePolicy.DEFAULT;
        assertThat(policy.allowsAnotherEntry(0)).isTrue();
        assertThat(policy.allowsAnotherEntry(1)).isTrue();
        assertThat(policy.allowsAnotherEntry(2)).isTrue();
    }

    @Test
    void theLimitIsBetweenOneAndTenThousand() {
        assertThatThrownBy(() -> new QueuePolicy(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QueuePolicy(10_001)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new QueuePolicy(1).maxEntriesPerUser()).isEqualTo(1);
        assertThat(new QueuePolicy(10_000).maxEntriesPerUser()).isEqualTo(10_000);
    }
}
