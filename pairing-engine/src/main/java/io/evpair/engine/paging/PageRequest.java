package io.evpair.engine.paging;

import java.util.Optional;

/**
 * Which slice of a newest-first listing to read: {@code size} items older than {@code after},
 * or newer than {@code before}, or the newest when neither is given.
 */
public record PageRequest(int size, Optional<PageCursor> after, Optional<PageCursor> before) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 1000;

    public PageRequest {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be between 1 and " + MAX_SIZE);
        }
        if (after.isPresent() && before.isPresent()) {
            throw new IllegalArgumentException("give either after or before, not both");
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(size, Optional.empty(), Optional.empty());
    }

    /** One more row than the page holds tells whether there is anything beyond it. */
    public int probeSize() {
        return size + 1;
    }
}
