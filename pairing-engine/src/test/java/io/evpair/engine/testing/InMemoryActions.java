package io.evpair.engine.testing;

import io.evpair.engine.actions.ActionState;
import io.evpair.engine.actions.ActionStore;
import io.evpair.engine.actions.ChargeAction;
import io.evpair.engine.ids.ActionId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Actions by id, with the stored claim of each attempt. */
public final class InMemoryActions implements ActionStore {
    private final Map<ActionId, ChargeAction> actions = new LinkedHashMap<>();

    @Override
    public synchronized void insert(ChargeAction action) {
        if (actions.putIfAbsent(action.id(), action) != null) {
            throw new IllegalStateException("action " + action.id() + " inserted twice");
        }
    }

    @Override
    public synchronized boolean update(ChargeAction action) {
        ChargeAction stored = actions.get(action.id());
        if (stored == null) {
            throw new IllegalStateException("action " + action.id() + " updated before it was inserted");
        }
        if (stored.state().isResolved()) {
            return false;
        }
        actions.put(action.id(), action);
        return true;
    }

    @Override
    public synchronized Optional<ChargeAction> find(ClientId clientId, ActionId actionId) {
        return Optional.ofNullable(actions.get(actionId)).filter(a -> a.clientId().equals(clientId));
    }

    @Override
    public synchronized List<ChargeAction> pendingOfTarget(DeviceId target) {
        return pending(a -> a.targetId().equals(target.value()));
    }

    @Override
    public synchronized Page<ChargeAction> ofUser(ClientId clientId, String userId, PageRequest page) {
        return Pages.first(actions.values().stream().filter(a -> a.clientId().equals(clientId)
                && userId.equals(a.userId())).toList(), Comparator.comparing(ChargeAction::createdAt).reversed(), page);
    }

    @Override
    public synchronized List<ChargeAction> pendingOfUser(UserRef userRef) {
        return pending(a -> userRef.equals(a.userRef()));
    }

    @Override
    public synchronized List<ChargeAction> pendingOfClient(ClientId clientId) {
        return pending(a -> a.clientId().equals(clientId));
    }

    /** As the stored claim: the attempt count and the times move only if no one has claimed this attempt yet. */
    @Override
    public synchronized boolean claimAttempt(ActionId actionId, int expectedAttempts, Instant sentAt, Instant retryAt) {
        ChargeAction a = actions.get(actionId);
        if (a == null || a.state() != ActionState.PENDING || a.attempts() != expectedAttempts) {
            return false;
        }
        actions.put(actionId, a.sent(sentAt, retryAt));
        return true;
    }

    public synchronized ChargeAction get(ActionId actionId) {
        return actions.get(actionId);
    }

    private List<ChargeAction> pending(Predicate<ChargeAction> which) {
        return actions.values().stream().filter(a -> a.state() == ActionState.PENDING).filter(which).toList();
    }
}
