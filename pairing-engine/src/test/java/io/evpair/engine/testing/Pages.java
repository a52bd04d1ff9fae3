package io.evpair.engine.testing;

import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The fakes' listings: the first page only, newest first. The engine itself never reads past the first page. */
final class Pages {
    private Pages() {
    }

    static <T> Page<T> first(List<T> items, Comparator<T> newestFirst, PageRequest page) {
        if (page.after().isPresent() || page.before().isPresent()) {
            throw new UnsupportedOperationException("the in-memory stores serve first pages only");
        }
        return new Page<>(items.stream().sorted(newestFirst).limit(page.size()).toList(), Optional.empty(), Optional.empty());
    }
}
