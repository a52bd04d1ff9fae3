package io.evpair.engine.actions;

import io.evpair.engine.ids.ActionId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Storage port for actions. Actions are stored before anything is sent, so a restart resumes them. */
public interface ActionStore {
    void insert(ChargeAction action);

    /**
     * Replaces the stored row with this state while the stored action is still PENDING: a resolution is final, and a
     * writer holding an older copy (a device's answer arriving after the report that confirmed the action) must not
     * undo it.
     *
     * @return whether the row was replaced
     */
    boolean update(ChargeAction action);

    Optional<ChargeAction> find(ClientId clientId, ActionId actionId);

    List<ChargeAction> pendingOfTarget(DeviceId target);

    /** Every action of one user of the client (by the client's user id), newest first by creation. */
    Page<ChargeAction> ofUser(ClientId clientId, String userId, PageRequest page);

    List<ChargeAction> pendingOfUser(UserRef userRef);

    List<ChargeAction> pendingOfClient(ClientId clientId);

    /**
     * Claims the next send of an action: succeeds only if no one has sent attempt {@code expectedAttempts + 1}
     * yet, on any instance, so one attempt is never sent twice.
     */
    boolean claimAttempt(ActionId actionId, int expectedAttempts, Instant sentAt, Instant retryAt);
}
