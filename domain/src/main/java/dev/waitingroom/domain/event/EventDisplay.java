package dev.waitingroom.domain.event;

import java.util.Objects;

/**
 * What the waiting-room page shows of an event: its name and the operator's message to the people waiting.
 * Both are plain text, shown as text and never as markup; the empty string means "not set".
 *
 * @param displayName the event's name on the page, one line
 * @param message     a note from the operator; it may have line breaks
 */
public record EventDisplay(String displayName, String message) {

    /** The longest either text may be, in Unicode characters (code points), not UTF-16 units. */
    public static final int MAX_CHARACTERS = 200;
    public static final String DISPLAY_NAME_RULE =
            "display_name must be text of at most " + MAX_CHARACTERS + " characters, without control characters";
    public static final String MESSAGE_RULE = "message must be text of at most " + MAX_CHARACTERS
            + " characters, without control characters other than line breaks (\\n)";

    /** Neither is set: the page shows the event id and no message. */
    public static final EventDisplay NONE = new EventDisplay("", "");

    public EventDisplay {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(message, "message");
        if (!isDisplayName(displayName)) {
            throw new IllegalArgumentException(DISPLAY_NAME_RULE);
        }
        if (!isMessage(message)) {
            throw new IllegalArgumentException(MESSAGE_RULE);
        }
    }

    public static boolean isDisplayName(String text) {
        return isShownText(text, false);
    }

    public static boolean isMessage(String text) {
        return isShownText(text, true);
    }

    /**
     * Short enough, and free of control characters, which would break a line of a log or of the page. A lone
     * surrogate is refused too: it is not text, and no store could keep it as UTF-8 and give it back unchanged.
     */
    private static boolean isShownText(String text, boolean lineBreaks) {
        if (text.length() > 2 * MAX_CHARACTERS || text.codePointCount(0, text.length()) > MAX_CHARACTERS) {
            return false;
        }
        return text.codePoints().allMatch(point -> switch (Character.getType(point)) {
            case Character.CONTROL -> lineBreaks && point == '\n';
            case Character.SURROGATE -> false;
            default -> true;
        });
    }
}
