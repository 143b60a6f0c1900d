package dev.waitingroom.adapter.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one JSON mapper of the adapter: built once, snake_case, strict about what it reads. */
final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            // "{...} garbage" and {"a":1,"a":2} are malformed, not silently half-read
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {
    }

    /**
     * The body as a JSON object.
     *
     * @param emptyIsEmptyObject whether a body of zero bytes (or only whitespace) stands for {@code {}}
     */
    static Validated<ObjectNode> readObject(byte[] body, boolean emptyIsEmptyObject) {
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JacksonException e) {
            return Validated.rejected(ErrorCode.INVALID_REQUEST, "request body is not valid JSON");
        } catch (java.io.IOException e) {
            return Validated.rejected(ErrorCode.INVALID_REQUEST, "request body could not be read");
        }
        if (node == null || node.isMissingNode()) {
            return emptyIsEmptyObject
                    ? Validated.valid(MAPPER.createObjectNode())
                    : Validated.rejected(ErrorCode.INVALID_REQUEST, "request body must be a JSON object");
        }
        if (!(node instanceof ObjectNode object)) {
            return Validated.rejected(ErrorCode.INVALID_REQUEST, "request body must be a JSON object");
        }
        return Validated.valid(object);
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            // Our own response records always serialize; failing here is a bug.
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    /** A field name as it may appear in a message: clipped, so a hostile body cannot flood the answer. */
    static String quoteField(String name) {
        return quoteValue(name);
    }

    /** A value the client sent, as it may appear in a message: clipped like a field name. */
    static String quoteValue(String value) {
        return "'" + (value.length() > 64 ? value.substring(0, 64) + "..." : value) + "'";
    }
}
