package io.evpair.engine.users;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;
import java.util.List;
import java.util.Optional;

/** Storage port for users. */
public interface UserStore {
    Optional<User> find(ClientId clientId, String userId);

    /** Returns the user, creating it first when the client has none of that name. Safe under concurrency. */
    User findOrCreate(ClientId clientId, String userId);

    List<LinkedVendor> linkedVendors(UserRef userRef);

    /** Deletes the user and everything linked to it. */
    void delete(UserRef userRef);
}
