package dev.waitingroom.adapter.redis;

import java.util.List;

/** The positional array a script answered with. A reply of the wrong shape is a bug in the script. */
record ScriptReply(String script, List<Object> values) {

    /** The first element: which outcome the script reports. */
    int outcome() {
        return Math.toIntExact(number(0));
    }

    long number(int index) {
        if (element(index) instanceof Long number) {
            return number;
        }
        throw malformed(index, "an integer");
    }

    String text(int index) {
        if (element(index) instanceof String text) {
            return text;
        }
        throw malformed(index, "a string");
    }

    IllegalStateException unexpectedOutcome() {
        return new IllegalStateException(script + " answered an unknown outcome: " + values);
    }

    private Object element(int index) {
        if (values == null || index >= values.size()) {
            throw malformed(index, "an element");
        }
        return values.get(index);
    }

    private IllegalStateException malformed(int index, String expected) {
        return new IllegalStateException(script + " answered " + values + ": expected " + expected + " at " + index);
    }
}
