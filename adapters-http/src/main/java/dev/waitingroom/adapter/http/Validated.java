package dev.waitingroom.adapter.http;

/** What reading a request gave: the value the use case needs, or why the request is refused. */
sealed interface Validated<T> {

    record Valid<T>(T value) implements Validated<T> {
    }

    record Rejected<T>(ApiError error) implements Validated<T> {
    }

    static <T> Validated<T> valid(T value) {
        return new Valid<>(value);
    }

    static <T> Validated<T> rejected(ErrorCode code, String message) {
        return new Rejected<>(new ApiError(code, message));
    }
}
