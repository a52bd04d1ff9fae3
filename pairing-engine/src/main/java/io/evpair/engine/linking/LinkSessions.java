package io.evpair.engine.linking;

import io.evpair.engine.devices.DeviceType;
import io.evpair.engine.devices.Vendors;
import io.evpair.engine.transaction.Transactions;
import io.evpair.engine.users.User;
import io.evpair.engine.users.UserStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Starts link sessions: a single-use token, valid for 24 hours, that attaches a vendor's device to one
 * user of the client. Only OCPP chargers can be linked so far; they complete the session themselves by
 * presenting the token when they first connect (see {@link ChargePointAdmission}).
 */
public class LinkSessions {
    public static final Duration VALIDITY = Duration.ofHours(24);
    private static final Pattern SCOPE = Pattern.compile("[a-z_]+(:[a-z_]+)+");

    private final LinkSessionStore sessions;
    private final UserStore users;
    private final Transactions transactions;
    private final LinkTokens tokens;
    private final Clock clock;

    public LinkSessions(LinkSessionStore sessions, UserStore users, Transactions transactions, LinkTokens tokens,
                        Clock clock) {
        this.sessions = sessions;
        this.users = users;
        this.transactions = transactions;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Starts a session for {@code userId}, creating the user on first sight as Enode does. */
    public IssuedLink start(UUID clientId, String userId, LinkRequest request) {
        String vendor = supportedVendor(request.vendor());
        DeviceType type = request.vendorType().orElse(DeviceType.CHARGER);
        if (type != DeviceType.CHARGER) {
            throw new InvalidLinkRequestException("vendorType", "OCPP links chargers only");
        }
        checkScopes(request.scopes(), type);
        String token = tokens.newToken();
        return transactions.inTransaction(() -> {
            User user = users.findOrCreate(clientId, userId);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            LinkSession session = new LinkSession(UUID.randomUUID(), clientId, user.id(), userId, vendor, type,
                    request.scopes(), request.language(), request.redirectUri(), LinkTokens.hash(token), now,
                    now.plus(VALIDITY), null);
            sessions.insert(session);
            return new IssuedLink(session, token);
        });
    }

    /** The session a token opens, while it is still usable; empty for unknown, used or expired tokens. */
    public Optional<LinkSession> open(String linkToken) {
        return sessions.findByTokenHash(LinkTokens.hash(linkToken)).filter(s -> s.isOpenAt(clock.instant()));
    }

    private static String supportedVendor(Optional<String> requested) {
        String vendor = requested.map(v -> v.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidLinkRequestException("vendor",
                        "is required: evpair has no vendor picker yet, and OCPP is the only vendor it can link"));
        if (vendor.equals(Vendors.SIMULATED)) {
            throw new InvalidLinkRequestException("vendor",
                    "SIMULATED devices are not linked; create them through /simulator/users/{userId}/…");
        }
        if (!vendor.equals(Vendors.OCPP)) {
            throw new InvalidLinkRequestException("vendor", "'" + requested.get() + "' is not supported yet; use OCPP");
        }
        return vendor;
    }

    private static void checkScopes(List<String> scopes, DeviceType type) {
        if (scopes.isEmpty()) {
            throw new InvalidLinkRequestException("scopes", "must name at least one scope, e.g. charger:read:data");
        }
        String prefix = type.name().toLowerCase(Locale.ROOT) + ":";
        for (int i = 0; i < scopes.size(); i++) {
            String scope = scopes.get(i);
            if (scope == null || !SCOPE.matcher(scope).matches()) {
                throw new InvalidLinkRequestException("scopes[" + i + "]", "must look like charger:read:data");
            }
            if (!scope.startsWith(prefix)) {
                throw new InvalidLinkRequestException("scopes[" + i + "]",
                        "an OCPP link grants " + prefix + "… scopes only");
            }
        }
    }
}
