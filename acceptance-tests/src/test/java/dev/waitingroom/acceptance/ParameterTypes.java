package dev.waitingroom.acceptance;

import io.cucumber.java.ParameterType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The words of the features that stand for values: places, names, reasons for a refusal. */
public final class ParameterTypes {

    /** "1, 2, 3" */
    @ParameterType("\\d+(?:, \\d+)*")
    public List<Long> places(String places) {
        return Arrays.stream(places.split(", ")).map(Long::valueOf).toList();
    }

    /** "ann, ben, cat" */
    @ParameterType("[a-z]+(?:, [a-z]+)*")
    public List<String> names(String names) {
        return List.of(names.split(", "));
    }

    @ParameterType(Refusal.PHRASES)
    public Refusal refusal(String phrase) {
        return Refusal.from(phrase);
    }

    /** How someone changed an entry pass. */
    @ParameterType("is for another event|is good for an hour longer|names another person")
    public String passChange(String change) {
        return change;
    }

    /** "A1, A2, A7", "A1 to A10", "A1 to A4, B1": seats named by a row letter and a number. */
    @ParameterType("[A-Z]\\d+(?: to [A-Z]\\d+)?(?:, [A-Z]\\d+(?: to [A-Z]\\d+)?)*")
    public List<String> seats(String seats) {
        return SeatNames.parse(seats);
    }

    /** The state of a seat as the features say it, as the seat map names it. */
    @ParameterType("available|held|sold")
    public String seatState(String state) {
        return state.toUpperCase(Locale.ROOT);
    }

    /**
     * Seats as someone might ask for them, right or wrong: "the seats A1, "A 2"" (quotes around a name
     * that is not a plain word), or "no seat at all".
     */
    @ParameterType("no seat at all|the seats? (?:[A-Za-z0-9]+|\"[^\"]*\")(?:, (?:[A-Za-z0-9]+|\"[^\"]*\"))*")
    public List<String> seatRequest(String written) {
        return SeatNames.asked(written);
    }

    /** What someone does to a reservation. */
    @ParameterType("reads|confirms|cancels")
    public String reservationAction(String action) {
        return action;
    }

    /** The kind of entry pass a hold is asked with. */
    @ParameterType(HoldPassSteps.PASS_KINDS)
    public String passKind(String kind) {
        return kind;
    }

    /** "admission rate", "silence allowed" ... */
    @ParameterType(AdmissionSetting.PHRASES)
    public AdmissionSetting setting(String phrase) {
        return AdmissionSetting.from(phrase);
    }

    /** "0.05", "10 seconds", "5 people a second", "\"not yet\"" */
    @ParameterType(AdmissionSetting.VALUES)
    public Object settingValue(String written) {
        return AdmissionSetting.valueWritten(written);
    }

    /** "1st", "2nd", "3rd", "4th": which of a person's places, in the order they were given. */
    @ParameterType("\\d+(?:st|nd|rd|th)")
    public Integer ordinal(String ordinal) {
        return Integer.valueOf(ordinal.replaceAll("\\D", ""));
    }

    /** "number of changes kept in each person's log" ... */
    @ParameterType(LogSetting.PHRASES)
    public LogSetting logSetting(String phrase) {
        return LogSetting.from(phrase);
    }

    /** "off", "on for everyone", "on for 25% of people": a feature flag's value. */
    @ParameterType("off|on for everyone|on for \\d+% of people")
    public FlagSetting flagValue(String written) {
        return switch (written) {
            case "off" -> FlagSetting.OFF;
            case "on for everyone" -> FlagSetting.EVERYONE;
            default -> FlagSetting.forPercent(Integer.parseInt(written.replaceAll("\\D", "")));
        };
    }
}
