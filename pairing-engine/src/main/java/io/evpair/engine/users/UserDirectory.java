package io.evpair.engine.users;

import io.evpair.engine.devices.DeviceDeleted;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.paging.PageRequest;
import io.evpair.engine.transaction.Transactions;
import io.evpair.engine.webhooks.EventOutbox;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Use cases on users as a client sees them: read one, delete one with everything linked to it. */
public class UserDirectory {
    private final UserStore users;
    private final DeviceStore devices;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;

    public UserDirectory(UserStore users, DeviceStore devices, EventOutbox outbox, Transactions transactions, Clock clock) {
        this.users = users;
        this.devices = devices;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Optional<UserView> find(ClientId clientId, String userId) {
        return users.find(clientId, userId).map(user -> new UserView(user, users.linkedVendors(user.id())));
    }

    /** Unlinks every device of the user (telling webhooks) and forgets the user; false when there is no such user. */
    public boolean delete(ClientId clientId, String userId) {
        return transactions.inTransaction(() -> users.find(clientId, userId).map(user -> {
            PageRequest all = PageRequest.first(PageRequest.MAX_SIZE);
            devices.vehicles(clientId, Optional.of(user.id()), all).items().forEach(v -> outbox.publish(
                    new DeviceDeleted(clientId, userId, clock.instant(), v.id())));
            devices.chargers(clientId, Optional.of(user.id()), all).items().forEach(c -> outbox.publish(
                    new DeviceDeleted(clientId, userId, clock.instant(), c.id())));
            users.delete(user.id());
            return true;
        }).orElse(false));
    }

    public record UserView(User user, List<LinkedVendor> linkedVendors) {
        public UserView {
            linkedVendors = List.copyOf(linkedVendors);
        }
    }
}
