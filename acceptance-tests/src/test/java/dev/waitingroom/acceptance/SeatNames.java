package dev.waitingroom.acceptance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** Seats as the features name them: a row letter and a number, "A1", and rows of them, "A1 to A10". */
final class SeatNames {

    private static final Pattern SEAT = Pattern.compile("([A-Z])(\\d+)");

    private SeatNames() {
    }

    /** "A1, A3 to A5" is A1, A3, A4, A5, in that order. */
    static List<String> parse(String written) {
        List<String> seats = new ArrayList<>();
        for (String part : written.split(", ")) {
            String[] ends = part.split(" to ");
            if (ends.length == 1) {
                seats.add(part);
                continue;
            }
            Matcher first = matched(ends[0]);
            Matcher last = matched(ends[1]);
            if (!first.group(1).equals(last.group(1))) {
                throw new IllegalArgumentException("a row of seats stays in one row: " + part);
            }
            IntStream.rangeClosed(Integer.parseInt(first.group(2)), Integer.parseInt(last.group(2)))
                    .forEach(number -> seats.add(first.group(1) + number));
        }
        return List.copyOf(seats);
    }

    /** {@code count} seats in rows of ten: A1 to A10, B1 to B10 ... */
    static List<String> inRowsOfTen(int count) {
        if (count > 26 * 10) {
            throw new IllegalArgumentException("rows A to Z of ten seats hold 260 seats, not " + count);
        }
        return IntStream.range(0, count).mapToObj(i -> (char) ('A' + i / 10) + String.valueOf(i % 10 + 1)).toList();
    }

    /** What a feature says someone asked for, as it is sent: right or wrong, quotes taken off. */
    static List<String> asked(String written) {
        if (written.equals("no seat at all")) {
            return List.of();
        }
        String list = written.replaceFirst("^the seats? ", "");
        return Arrays.stream(list.split(", "))
                .map(seat -> seat.startsWith("\"") ? seat.substring(1, seat.length() - 1) : seat)
                .toList();
    }

    private static Matcher matched(String seat) {
        Matcher matcher = SEAT.matcher(seat);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("a seat is a row letter and a number: " + seat);
        }
        return matcher;
    }
}
