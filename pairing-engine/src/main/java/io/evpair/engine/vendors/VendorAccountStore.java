package io.evpair.engine.vendors;

import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.Vendor;
import java.util.Optional;
import java.util.UUID;

/** Storage port for linked vendor accounts; the implementation keeps the tokens encrypted at rest. */
public interface VendorAccountStore extends io.evpair.engine.devices.RelinkNeeds {
    /** Inserts the account, or replaces the tokens of the user's account at that vendor and clears needsRelink. */
    VendorAccount save(VendorAccount account);

    Optional<VendorAccount> find(UserRef userRef, Vendor vendor);

    /** The account, locked until the transaction ends: one refresh at a time, as vendors rotate refresh tokens. */
    Optional<VendorAccount> lock(UUID accountId);

    void updateTokens(UUID accountId, VendorTokens tokens);

    void markNeedsRelink(UUID accountId);

    /** Forgets the account and its tokens; false when there was none. */
    boolean delete(UserRef userRef, Vendor vendor);
}
