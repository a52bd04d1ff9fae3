package io.evpair.engine.actions;

import io.evpair.engine.transaction.Transactions;
import io.evpair.engine.webhooks.EventOutbox;

/** Stores each change of an action with its {@code user:vendor-action:updated} event, in one transaction. */
final class ActionChanges {
    private final ActionStore actions;
    private final EventOutbox outbox;
    private final Transactions transactions;

    ActionChanges(ActionStore actions, EventOutbox outbox, Transactions transactions) {
        this.actions = actions;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    /** Joins the caller's transaction when there is one. */
    void created(ChargeAction action) {
        transactions.inTransaction(() -> {
            actions.insert(action);
            outbox.publish(new ActionUpdated(action));
        });
    }

    /** Nothing is told of a change that came too late: the stored action was resolved meanwhile. */
    void changed(ChargeAction action) {
        transactions.inTransaction(() -> {
            if (actions.update(action)) {
                outbox.publish(new ActionUpdated(action));
            }
        });
    }
}
