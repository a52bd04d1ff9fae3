package io.evpair.engine.simulator;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Moves of something that only goes forward in time, one per key (a client's clock; the time its engine has acted
 * on), grouped: while one move of a key is under way, concurrent callers wait, and the next move takes them all to
 * the latest instant asked for. Each caller returns once the key stands at least where it asked. What a key stands
 * at is known from the moves made here and what {@link #reached} is told: a lower bound, whatever other instances do.
 */
final class ForwardMoves<K> {
    private static final class State {
        Instant atLeast;
        Instant wanted;
        boolean moving;
    }

    private final BiFunction<K, Instant, Instant> move;
    private final Map<K, State> states = new ConcurrentHashMap<>();

    /** {@code move} moves the key to at least the instant given and returns where it stands after. */
    ForwardMoves(BiFunction<K, Instant, Instant> move) {
        this.move = move;
    }

    /** Where the key stands at least, empty when nothing is known of it here. */
    Optional<Instant> atLeast(K key) {
        State state = states.get(key);
        if (state == null) {
            return Optional.empty();
        }
        synchronized (state) {
            return Optional.ofNullable(state.atLeast);
        }
    }

    /** Tells where the key was found or left by something else than {@link #advance}. */
    void reached(K key, Instant at) {
        State state = state(key);
        synchronized (state) {
            if (state.atLeast == null || at.isAfter(state.atLeast)) {
                state.atLeast = at;
            }
        }
    }

    /** Moves the key to at least {@code to}, sharing the move with concurrent callers; where it stands after. */
    Instant advance(K key, Instant to) {
        State state = state(key);
        Instant target;
        synchronized (state) {
            while (true) {
                if (state.atLeast != null && !to.isAfter(state.atLeast)) {
                    return state.atLeast;
                }
                if (!state.moving) {
                    target = state.wanted != null && state.wanted.isAfter(to) ? state.wanted : to;
                    state.wanted = null;
                    state.moving = true;
                    break;
                }
                state.wanted = state.wanted != null && state.wanted.isAfter(to) ? state.wanted : to;
                try {
                    state.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for a move under way", e);
                }
            }
        }
        Instant after = null;
        try {
            after = move.apply(key, target);
            return after;
        } finally {
            synchronized (state) {
                state.moving = false;
                if (after != null && (state.atLeast == null || after.isAfter(state.atLeast))) {
                    state.atLeast = after;
                }
                state.notifyAll();
            }
        }
    }

    private State state(K key) {
        return states.computeIfAbsent(key, k -> new State());
    }
}
