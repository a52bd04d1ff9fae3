package io.evpair.engine.vendors;

import io.evpair.engine.ids.UserRef;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.transaction.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Hands out a usable access token for a user's vendor account, refreshing it when it expires within a minute
 * or the vendor refused it. Refreshes hold the account's row lock, so instances never race with a rotating refresh
 * token. A definitive refusal marks the account for relinking: its devices turn unreachable with an intervention.
 */
public class VendorAccessTokens {
    private static final Duration MARGIN = Duration.ofMinutes(1);

    private final VendorAccountStore accounts;
    private final TokenRefresh refresher;
    private final Transactions transactions;
    private final Clock clock;

    public VendorAccessTokens(VendorAccountStore accounts, TokenRefresh refresher, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.refresher = refresher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A token to use now; empty when there is no usable account (none, or it needs relinking). */
    public Optional<String> accessToken(UserRef userRef, Vendor vendor) {
        return accounts.find(userRef, vendor).filter(a -> !a.needsRelink()).flatMap(account ->
                account.tokens().expiresWithin(clock.instant(), MARGIN) ? refresh(account, account.tokens().accessToken())
                        : Optional.of(account.tokens().accessToken()));
    }

    /** Refreshes after the vendor refused {@code rejected}, unless another caller already did. */
    public Optional<String> refreshAfterRejection(UserRef userRef, Vendor vendor, String rejected) {
        return accounts.find(userRef, vendor).filter(a -> !a.needsRelink()).flatMap(a -> refresh(a, rejected));
    }

    private Optional<String> refresh(VendorAccount account, String stale) {
        try {
            return transactions.inTransaction(() -> {
                VendorAccount locked = accounts.lock(account.id()).orElse(null);
                if (locked == null || locked.needsRelink()) {
                    return Optional.<String>empty();
                }
                VendorTokens current = locked.tokens();
                if (!current.accessToken().equals(stale) && !current.expiresWithin(clock.instant(), MARGIN)) {
                    return Optional.of(current.accessToken()); // someone refreshed while we waited for the lock
                }
                VendorTokens fresh = refresher.refresh(locked.vendor(), current);
                accounts.updateTokens(locked.id(), fresh);
                return Optional.of(fresh.accessToken());
            });
        } catch (VendorAuthorizationException e) {
            if (e.definitive()) {
                accounts.markNeedsRelink(account.id());
            }
            return Optional.empty();
        }
    }
}
