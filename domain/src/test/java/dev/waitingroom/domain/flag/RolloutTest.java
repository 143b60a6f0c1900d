package dev.waitingroom.domain.flag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RolloutTest {

    private static final FeatureFlag FLAG = FeatureFlag.STREAMS_QUEUE;

    private static String person(int i) {
        return "user-" + i;
    }

    @Test
    void theEnvironmentFormsReadAndWriteBack() {
        assertThat(Rollout.parse("false")).contains(Rollout.OFF);
        assertThat(Rollout.parse("true")).contains(Rollout.ON);
        assertThat(Rollout.parse("25%")).contains(Rollout.toPercent(25));
        assertThat(Rollout.parse("0%")).contains(Rollout.toPercent(0));
        assertThat(Rollout.parse("100%")).as("all of them is on").contains(Rollout.ON);
        assertThat(Rollout.parse(" 25% ")).as("spaces around a variable's value").contains(Rollout.toPercent(25));

        assertThat(Rollout.OFF.text()).isEqualTo("false");
        assertThat(Rollout.ON.text()).isEqualTo("true");
        assertThat(Rollout.toPercent(0).text()).isEqualTo("0%");
        for (int percent = 0; percent <= 100; percent++) {
            Rollout rollout = Rollout.toPercent(percent);
            assertThat(Rollout.parse(rollout.text())).contains(rollout);
        }
        assertThat(Rollout.parse(Rollout.OFF.text())).contains(Rollout.OFF);
    }

    @Test
    void anythingElseIsNoRollout() {
        for (String text : new String[] {null, "", " ", "TRUE", "False", "yes", "1", "25", "101%", "1000%", "-1%", "%",
                "25.5%", "25 %", "0x10%", "on"}) {
            assertThat(Rollout.parse(text)).as("'%s'", text).isEmpty();
        }
    }

    @Test
    void aRolloutIsOffOrOnForZeroToAHundredPercent() {
        assertThat(Rollout.OFF).isEqualTo(new Rollout(false, 0));
        assertThat(Rollout.ON).isEqualTo(new Rollout(true, 100));
        assertThatThrownBy(() -> Rollout.toPercent(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rollout.toPercent(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rollout(false, 5)).as("off has no percentage").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBucketIsTheFirstEightBytesOfTheSha256OfFlagAndPersonModuloAHundred() throws Exception {
        // pinned: a bucket must not move between releases, or people would flip in and out of a rollout
        assertThat(Rollout.bucket("streams_queue", "user-1")).isEqualTo(65);
        assertThat(Rollout.bucket("streams_queue", "alice")).isEqualTo(89);
        assertThat(Rollout.bucket("streams_queue", "Zq3-ticket_id_example")).isEqualTo(10);

        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < 500; i++) {
            byte[] digest = sha256.digest(("streams_queue:" + person(i)).getBytes(StandardCharsets.UTF_8));
            int expected = new BigInteger(1, java.util.Arrays.copyOf(digest, 8)).mod(BigInteger.valueOf(100)).intValue();
            assertThat(Rollout.bucket("streams_queue", person(i))).as(person(i)).isEqualTo(expected);
        }
    }

    @Test
    void theBucketIsStableAndInRange() {
        for (int i = 0; i < 4000; i++) {
            int bucket = Rollout.bucket(FLAG.flagName(), person(i));
            assertThat(bucket).isBetween(0, 99).isEqualTo(Rollout.bucket(FLAG.flagName(), person(i)));
        }
    }

    @Test
    void eachFlagSortsPeopleOnItsOwn() {
        long same = IntStream.range(0, 1000)
                .filter(i -> Rollout.bucket("streams_queue", person(i)) == Rollout.bucket("another_flag", person(i)))
                .count();
        assertThat(same).as("about one in a hundred by chance").isLessThan(50);
    }

    @Test
    void offIncludesNobodyAndOnEverybody() {
        for (int i = 0; i < 1000; i++) {
            assertThat(Rollout.OFF.includes(FLAG, person(i))).isFalse();
            assertThat(Rollout.toPercent(0).includes(FLAG, person(i))).isFalse();
            assertThat(Rollout.ON.includes(FLAG, person(i))).isTrue();
        }
    }

    @Test
    void aPersonIsIncludedExactlyWhenTheirBucketIsBelowThePercent() {
        for (int i = 0; i < 1000; i++) {
            int bucket = Rollout.bucket(FLAG.flagName(), person(i));
            assertThat(Rollout.toPercent(bucket).includes(FLAG, person(i))).isFalse();
            assertThat(Rollout.toPercent(bucket + 1).includes(FLAG, person(i))).isTrue();
        }
    }

    @Test
    void raisingThePercentOnlyAddsPeople() {
        for (int i = 0; i < 4000; i++) {
            boolean includedBefore = false;
            for (int percent = 0; percent <= 100; percent++) {
                boolean included = Rollout.toPercent(percent).includes(FLAG, person(i));
                assertThat(!includedBefore || included).as("%s at %d%%", person(i), percent).isTrue();
                includedBefore = included;
            }
        }
    }

    @Test
    void aQuarterOfFourThousandPeopleIsAboutAThousand() {
        long included = IntStream.range(0, 4000).filter(i -> Rollout.toPercent(25).includes(FLAG, person(i))).count();
        assertThat(included).as("between 22%% and 28%%").isBetween(880L, 1120L);
    }
}
