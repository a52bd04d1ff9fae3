package io.evpair.api.paging;

import io.evpair.api.problems.ApiProblemException;
import io.evpair.engine.paging.PageCursor;
import io.evpair.engine.paging.PageRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Translates the query parameters {@code pageSize}, {@code after} and {@code before} into a page request,
 * and page positions into the opaque cursor strings clients pass back.
 */
public final class PageCursors {
    private PageCursors() {
    }

    public static PageRequest request(Integer pageSize, String after, String before) {
        int size = pageSize == null ? PageRequest.DEFAULT_SIZE : pageSize;
        if (size < 1 || size > PageRequest.MAX_SIZE) {
            throw ApiProblemException.invalid("pageSize", "must be between 1 and " + PageRequest.MAX_SIZE);
        }
        if (after != null && before != null) {
            throw ApiProblemException.invalid("before", "cannot be combined with after");
        }
        return new PageRequest(size, decode("after", after), decode("before", before));
    }

    public static String encode(PageCursor cursor) {
        long micros = Math.multiplyExact(cursor.createdAt().getEpochSecond(), 1_000_000L)
                + cursor.createdAt().getNano() / 1_000;
        String raw = micros + "." + cursor.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    private static Optional<PageCursor> decode(String parameter, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.US_ASCII);
            int dot = raw.indexOf('.');
            long micros = Long.parseLong(raw.substring(0, dot));
            UUID id = UUID.fromString(raw.substring(dot + 1));
            Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
            return Optional.of(new PageCursor(at, id));
        } catch (RuntimeException e) {
            throw ApiProblemException.invalid(parameter, "is not a cursor this API returned");
        }
    }
}
