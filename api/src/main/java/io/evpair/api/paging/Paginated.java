package io.evpair.api.paging;

import io.evpair.engine.paging.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

/** Enode's list envelope: the items, newest first, and the cursors to the neighbouring pages. */
public record Paginated<T>(List<T> data, Pagination pagination) {

    public static <D, T> Paginated<T> of(Page<D> page, Function<D, T> toDto) {
        return new Paginated<>(page.items().stream().map(toDto).toList(),
                new Pagination(page.after().map(PageCursors::encode).orElse(null),
                        page.before().map(PageCursors::encode).orElse(null)));
    }

    @Schema(description = "Cursors for the next (older, `after`) and previous (newer, `before`) pages; null at either end")
    public record Pagination(String after, String before) {
    }
}
