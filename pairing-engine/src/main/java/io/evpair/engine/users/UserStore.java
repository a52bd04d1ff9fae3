package io.evpair.engine.users;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage port for users. */
public interface UserStore {
    Optional<User> find(UUID clientId, String userId);

    /** Returns the user, creating it first when the client has none of that name. Safe under concurrency. */
    User findOrCreate(UUID clientId, String userId);

    List<LinkedVendor> linkedVendors(UUID userRef);

    /** Deletes the user and everything linked to it. */
    void delete(UUID userRef);
}
