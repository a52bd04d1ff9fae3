package io.evpair.engine.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One slice of a newest-first listing with the cursors that lead to the older ({@code after})
 * and newer ({@code before}) neighbours, when there are any.
 */
public record Page<T>(List<T> items, Optional<PageCursor> after, Optional<PageCursor> before) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * Builds a page from rows a store read with {@link PageRequest#probeSize()}: newest first
     * when reading forwards (no cursor or {@code after}), oldest first when reading {@code before}.
     */
    public static <T> Page<T> fromProbe(PageRequest request, List<T> rows, Function<T, PageCursor> cursorOf) {
        boolean backwards = request.before().isPresent();
        boolean more = rows.size() > request.size();
        List<T> slice = new ArrayList<>(rows.subList(0, Math.min(rows.size(), request.size())));
        if (backwards) {
            Collections.reverse(slice);
        }
        if (slice.isEmpty()) {
            return new Page<>(slice, Optional.empty(), Optional.empty());
        }
        T newest = slice.get(0);
        T oldest = slice.get(slice.size() - 1);
        boolean olderExist = backwards || more;
        boolean newerExist = backwards ? more : request.after().isPresent();
        return new Page<>(slice,
                olderExist ? Optional.of(cursorOf.apply(oldest)) : Optional.empty(),
                newerExist ? Optional.of(cursorOf.apply(newest)) : Optional.empty());
    }

    public static <T> Page<T> single(T item) {
        return new Page<>(List.of(item), Optional.empty(), Optional.empty());
    }

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), Optional.empty(), Optional.empty());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), after, before);
    }
}
