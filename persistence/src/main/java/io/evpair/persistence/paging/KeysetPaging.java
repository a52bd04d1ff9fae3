package io.evpair.persistence.paging;

import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageCursor;
import io.evpair.engine.paging.PageRequest;
import jakarta.persistence.criteria.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * Newest-first keyset pagination over entities with {@code createdAt} and {@code id}: reads one row more
 * than the page to know whether more exist, and never counts the whole table.
 */
public final class KeysetPaging {
    private KeysetPaging() {
    }

    public static <E, D> Page<D> read(JpaSpecificationExecutor<E> repository, Specification<E> scope,
                                      PageRequest request, Function<E, D> toDomain, Function<D, PageCursor> cursorOf) {
        Specification<E> spec = scope;
        Sort.Direction direction = Sort.Direction.DESC;
        if (request.after().isPresent()) {
            spec = spec.and(olderThan(request.after().get()));
        } else if (request.before().isPresent()) {
            spec = spec.and(newerThan(request.before().get()));
            direction = Sort.Direction.ASC;
        }
        Sort sort = Sort.by(direction, "createdAt").and(Sort.by(direction, "id"));
        List<E> rows = repository.findBy(spec, query -> query.sortBy(sort).limit(request.probeSize()).all());
        return Page.fromProbe(request, rows.stream().map(toDomain).toList(), cursorOf);
    }

    private static <E> Specification<E> olderThan(PageCursor cursor) {
        return (root, query, cb) -> {
            Path<Instant> createdAt = root.get("createdAt");
            Path<UUID> id = root.get("id");
            return cb.or(cb.lessThan(createdAt, cursor.createdAt()),
                    cb.and(cb.equal(createdAt, cursor.createdAt()), cb.lessThan(id, cursor.id())));
        };
    }

    private static <E> Specification<E> newerThan(PageCursor cursor) {
        return (root, query, cb) -> {
            Path<Instant> createdAt = root.get("createdAt");
            Path<UUID> id = root.get("id");
            return cb.or(cb.greaterThan(createdAt, cursor.createdAt()),
                    cb.and(cb.equal(createdAt, cursor.createdAt()), cb.greaterThan(id, cursor.id())));
        };
    }
}
