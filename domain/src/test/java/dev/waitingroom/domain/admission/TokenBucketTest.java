package dev.waitingroom.domain.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static AdmissionPolicy rate(double perSecond) {
        return new AdmissionPolicy(perSecond, 1000, Duration.ofSeconds(600), Duration.ofSeconds(120), false);
    }

    @Test
    void aNewBucketHoldsOneSecondsWorth() {
        assertThat(TokenBucket.full(rate(25), 0).whole()).isEqualTo(25);
    }

    @Test
    void aSlowRateStillHoldsOnePerson() {
        TokenBucket bucket = TokenBucket.full(rate(0.1), 0);
        assertThat(bucket.whole()).isEqualTo(1);
        TokenBucket empty = bucket.take(1);
        assertThat(empty.refilled(rate(0.1), 9_999).whole()).isZero();
        assertThat(empty.refilled(rate(0.1), 10_000).whole()).isEqualTo(1);
    }

    @Test
    void tokensFlowInAtTheRateUpToTheBurst() {
        TokenBucket empty = TokenBucket.full(rate(10), 0).take(10);
        assertThat(empty.refilled(rate(10), 250).whole()).isEqualTo(2);
        assertThat(empty.refilled(rate(10), 1_000).whole()).isEqualTo(10);
        assertThat(empty.refilled(rate(10), 60_000).whole()).as("never more than one second's worth").isEqualTo(10);
    }

    @Test
    void overAnyTimeTheAdmissionsStayWithinRateTimesTimePlusBurst() {
        AdmissionPolicy policy = rate(7);
        TokenBucket bucket = TokenBucket.full(policy, 0);
        long admitted = 0;
        for (long now = 0; now <= 10_000; now += 37) {
            bucket = bucket.refilled(policy, now);
            admitted += bucket.whole();
            bucket = bucket.take(bucket.whole());
            assertThat(admitted).isLessThanOrEqualTo((long) (7 * now / 1000.0 + 7));
        }
        assertThat(admitted).isGreaterThanOrEqualTo(7 * 10 + 7 - 1);
    }

    @Test
    void aClockThatStepsBackAddsNothingAndKeepsTheLaterTime() {
        TokenBucket bucket = TokenBucket.full(rate(10), 5_000).take(10);
        TokenBucket back = bucket.refilled(rate(10), 1_000);
        assertThat(back.whole()).isZero();
        assertThat(back.atMillis()).isEqualTo(5_000);
    }

    @Test
    void takingMoreThanTheBucketHoldsIsABug() {
        assertThatThrownBy(() -> TokenBucket.full(rate(2), 0).take(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void admissionsAreCappedByOpenPlacesWaitingPeopleAndTheBatch() {
        assertThat(TokenBucket.admissions(50, 10, 4, 100, 1000)).as("max_active minus open windows").isEqualTo(6);
        assertThat(TokenBucket.admissions(50, 100, 0, 3, 1000)).as("who is waiting").isEqualTo(3);
        assertThat(TokenBucket.admissions(5000, 10_000, 0, 9000, 1000)).as("the batch").isEqualTo(1000);
        assertThat(TokenBucket.admissions(50, 10, 12, 100, 1000)).as("over max_active after a lowered setting").isZero();
    }
}
