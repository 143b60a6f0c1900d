package dev.waitingroom.adapter.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Lets an admin request through only with {@code Authorization: Bearer <admin token>}. Without a
 * configured token nothing gets through. Tokens are compared as SHA-256 digests with
 * {@link MessageDigest#isEqual}, so the time taken tells nothing about the token or its length.
 */
final class AdminGate implements Filter {

    private static final String BEARER = "bearer ";

    private final Optional<byte[]> expectedDigest;

    AdminGate(Optional<String> adminToken) {
        this.expectedDigest = adminToken.map(AdminGate::digest);
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        if (!req.path().path().startsWith(AdminRoutes.PREFIX) || isAuthorized(req.headers().first(HeaderNames.AUTHORIZATION))) {
            chain.proceed();
            return;
        }
        Responses.error(req, res, new ApiError(ErrorCode.UNAUTHORIZED, expectedDigest.isEmpty()
                ? "admin routes are disabled: no admin token is configured"
                : "admin routes need Authorization: Bearer <admin token>"));
    }

    boolean isAuthorized(Optional<String> authorization) {
        if (expectedDigest.isEmpty() || authorization.isEmpty()) {
            return false;
        }
        String header = authorization.get();
        if (header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return MessageDigest.isEqual(expectedDigest.get(), digest(header.substring(BEARER.length())));
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
