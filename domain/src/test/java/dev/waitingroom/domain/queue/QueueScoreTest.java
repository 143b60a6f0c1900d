package dev.waitingroom.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class QueueScoreTest {

    @Test
    void everyScoreFitsBelowTwoToTheFiftyThird() {
        assertThat(QueueScore.MAX_ENCODED).isEqualTo((1L << 53) - 1);
        assertThat(new QueueScore(QueueScore.MAX_MILLIS, QueueScore.MAX_SEQUENCE).encode()).isEqualTo(QueueScore.MAX_ENCODED);
    }

    @Test
    void theRoundTripIsExactAtTheBoundaries() {
        long[][] cases = {
            {0, 0}, {0, 1}, {0, QueueScore.MAX_SEQUENCE}, {1, 0},
            {QueueScore.MAX_MILLIS, 0}, {QueueScore.MAX_MILLIS, QueueScore.MAX_SEQUENCE},
            {QueueScore.MAX_MILLIS - 1, QueueScore.MAX_SEQUENCE}, {59_000_000_000L, 4095}, {59_000_000_000L, 2048},
        };
        for (long[] c : cases) {
            QueueScore score = new QueueScore(c[0], (int) c[1]);
            assertThat(QueueScore.decode(score.encode())).isEqualTo(score);
            // through a double, as Redis stores it
            double asDouble = score.toDouble();
            assertThat((long) asDouble).isEqualTo(score.encode());
            assertThat(QueueScore.decode(asDouble)).isEqualTo(score);
            // and through the text Redis sends back
            assertThat(QueueScore.decode(Double.parseDouble(Double.toString(asDouble)))).isEqualTo(score);
        }
    }

    @Test
    void neighbouringScoresStayDistinctAsDoubles() {
        long top = QueueScore.MAX_ENCODED;
        assertThat((double) top).isNotEqualTo((double) (top - 1));
        QueueScore a = new QueueScore(QueueScore.MAX_MILLIS, QueueScore.MAX_SEQUENCE - 1);
        QueueScore b = new QueueScore(QueueScore.MAX_MILLIS, QueueScore.MAX_SEQUENCE);
        assertThat(a.toDouble()).isLessThan(b.toDouble());
    }

    @Test
    void outOfRangePartsAreRefused() {
        assertThatThrownBy(() -> new QueueScore(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QueueScore(QueueScore.MAX_MILLIS + 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QueueScore(0, QueueScore.MAX_SEQUENCE + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QueueScore(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueueScore.decode(QueueScore.MAX_ENCODED + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueueScore.decode(-1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueueScore.decode(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueueScore.decode(Math.pow(2, 53))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparisonFollowsTimeThenSequence() {
        QueueScore early = new QueueScore(10, 4095);
        QueueScore late = new QueueScore(11, 0);
        QueueScore lateNext = new QueueScore(11, 1);
        assertThat(early).isLessThan(late);
        assertThat(late).isLessThan(lateNext);
        assertThat(late.compareTo(new QueueScore(11, 0))).isZero();
        assertThat(lateNext).isGreaterThan(early);
    }

    @Test
    void theTimeIsMeasuredFromTheFixedEpoch() {
        assertThat(QueueScore.EPOCH).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        Instant at = Instant.parse("2026-11-24T12:00:00.123Z");
        QueueScore score = QueueScore.decode(QueueScore.floorOf(at.toEpochMilli()));
        assertThat(score.time()).isEqualTo(at);
        assertThat(score.sequence()).isZero();
    }

    @Test
    void timesBeforeTheEpochClampToTheFirstScore() {
        assertThat(QueueScore.floorOf(0)).isZero();
        assertThat(QueueScore.floorOf(QueueScore.EPOCH_UNIX_MILLIS - 1)).isZero();
    }

    @Test
    void theLastRepresentableMillisecondIsInTheYear2094() {
        Instant last = new QueueScore(QueueScore.MAX_MILLIS, 0).time();
        assertThat(last).isAfter(Instant.parse("2094-01-01T00:00:00Z"));
        assertThatThrownBy(() -> QueueScore.floorOf(QueueScore.EPOCH_UNIX_MILLIS + QueueScore.MAX_MILLIS + 1))
                .isInstanceOf(IllegalStateException.class);
    }
}
