package dev.waitingroom.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.QueuePolicy;
import org.junit.jupiter.api.Test;

class EventDisplayTest {

    /** One Unicode character that is two UTF-16 units. */
    private static final String GUITAR = "\uD83C\uDFB8";

    @Test
    void nothingIsShownUnlessTheOperatorSaysSo() {
        assertThat(EventDisplay.NONE).isEqualTo(new EventDisplay("", ""));
        assertThat(new EventSettings(EventId.of("concert"), QueuePolicy.DEFAULT).display()).isEqualTo(EventDisplay.NONE);
    }

    @Test
    void theTextIsKeptVerbatimMarkupIncluded() {
        EventDisplay display = new EventDisplay("Summer <b>Festival</b> & co", "Doors at 18:00.\nBring <i>ID</i>.");

        assertThat(display.displayName()).isEqualTo("Summer <b>Festival</b> & co");
        assertThat(display.message()).isEqualTo("Doors at 18:00.\nBring <i>ID</i>.");
    }

    @Test
    void eachTextIsAtMostTwoHundredCharactersCountedAsUnicodeCharacters() {
        assertThat(new EventDisplay("n".repeat(200), "m".repeat(200)).displayName()).hasSize(200);
        assertThat(new EventDisplay(GUITAR.repeat(200), GUITAR.repeat(200)).message())
                .as("200 characters, though 400 UTF-16 units").hasSize(400);
        assertThatThrownBy(() -> new EventDisplay("n".repeat(201), "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("display_name must be");
        assertThatThrownBy(() -> new EventDisplay("", GUITAR.repeat(201))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("message must be");
    }

    @Test
    void onlyTheMessageMayHaveLineBreaks() {
        assertThat(new EventDisplay("", "one\ntwo").message()).isEqualTo("one\ntwo");
        assertThatThrownBy(() -> new EventDisplay("one\ntwo", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("display_name must be");
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreRefused() {
        for (String bad : new String[] {"a\u0000b", "tab\there", "cr\r", "esc\u001B[31m", "del\u007F", "c1\u0085", "\uD83C"}) {
            assertThat(EventDisplay.isDisplayName(bad)).as(bad).isFalse();
            assertThat(EventDisplay.isMessage(bad)).as(bad).isFalse();
        }
        assertThatThrownBy(() -> new EventDisplay("", "a\r\nb")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("message must be");
        assertThatThrownBy(() -> new EventDisplay(null, "")).isInstanceOf(NullPointerException.class);
    }
}
