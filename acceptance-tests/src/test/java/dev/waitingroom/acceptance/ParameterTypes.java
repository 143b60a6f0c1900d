package dev.waitingroom.acceptance;

import io.cucumber.java.ParameterType;
import java.util.Arrays;
import java.util.List;

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
}
