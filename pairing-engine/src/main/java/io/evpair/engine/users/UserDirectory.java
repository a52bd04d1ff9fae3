package io.evpair.engine.users;

import io.evpair.engine.transaction.Transactions;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Use cases on users as a client sees them: read one, delete one with everything linked to it. */
public class UserDirectory {
    private final UserStore users;
    private final Transactions transactions;

    public UserDirectory(UserStore users, Transactions transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    public Optional<UserView> find(UUID clientId, String userId) {
        return users.find(clientId, userId).map(user -> new UserView(user, users.linkedVendors(user.id())));
    }

    /** Unlinks every device of the user and forgets the user; false when the client has no such user. */
    public boolean delete(UUID clientId, String userId) {
        return transactions.inTransaction(() -> users.find(clientId, userId).map(user -> {
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
