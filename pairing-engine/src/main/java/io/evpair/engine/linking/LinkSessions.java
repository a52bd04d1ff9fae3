package io.evpair.engine.linking;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.transaction.Transactions;
import io.evpair.engine.users.User;
import io.evpair.engine.users.UserStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Starts link sessions: a single-use token, valid for 24 hours, that attaches a vendor's devices to one
 * user of the client. OCPP chargers complete the session themselves by presenting the token when they first
 * connect (see {@link ChargePointAdmission}); vendor clouds through the user's OAuth2 consent
 * ({@code engine.vendors.VendorLinking}). Without {@code vendorType}, a cloud link covers every kind its scopes name.
 */
public class LinkSessions {
    public static final Duration VALIDITY = Duration.ofHours(24);
    private static final Pattern SCOPE = Pattern.compile("[a-z_]+(:[a-z_]+)+");

    private final LinkSessionStore sessions;
    private final UserStore users;
    private final Transactions transactions;
    private final LinkTokens tokens;
    private final Clock clock;
    /** The vendor clouds this instance can link, with the kinds of device each has. */
    private final Map<Vendor, Set<DeviceType>> clouds;

    public LinkSessions(LinkSessionStore sessions, UserStore users, Transactions transactions, LinkTokens tokens,
                        Clock clock) {
        this(sessions, users, transactions, tokens, clock, Map.of());
    }

    public LinkSessions(LinkSessionStore sessions, UserStore users, Transactions transactions, LinkTokens tokens,
                        Clock clock, Map<Vendor, Set<DeviceType>> clouds) {
        this.clouds = Map.copyOf(clouds);
        this.sessions = sessions;
        this.users = users;
        this.transactions = transactions;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Starts a session for {@code userId}, creating the user on first sight as Enode does. */
    public IssuedLink start(ClientId clientId, String userId, LinkRequest request) {
        Vendor vendor = supportedVendor(request.vendor());
        DeviceType type;
        if (vendor.equals(Vendor.OCPP)) {
            type = request.vendorType().orElse(DeviceType.CHARGER);
            if (type != DeviceType.CHARGER) {
                throw new InvalidLinkRequestException("vendorType", "OCPP links chargers only");
            }
        } else {
            type = request.vendorType().orElse(null);
            if (type != null && !clouds.get(vendor).contains(type)) {
                throw new InvalidLinkRequestException("vendorType", vendor + " has no " + kind(type) + "s to link");
            }
        }
        checkScopes(vendor, request.scopes(), type == null ? clouds.get(vendor) : Set.of(type));
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

    private Vendor supportedVendor(Optional<String> requested) {
        String name = requested.map(v -> v.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidLinkRequestException("vendor",
                        "is required: evpair has no vendor picker yet; it can link " + linkable()));
        if (!Vendor.isValidName(name)) {
            throw notSupported(requested.get());
        }
        Vendor vendor = new Vendor(name);
        if (vendor.equals(Vendor.SIMULATED)) {
            throw new InvalidLinkRequestException("vendor",
                    "SIMULATED devices are not linked; create them through /simulator/users/{userId}/…");
        }
        if (!vendor.equals(Vendor.OCPP) && !clouds.containsKey(vendor)) {
            throw notSupported(requested.get());
        }
        return vendor;
    }

    private InvalidLinkRequestException notSupported(String requested) {
        return new InvalidLinkRequestException("vendor", "'" + requested + "' is not supported here; use one of "
                + linkable());
    }

    private String linkable() {
        return clouds.keySet().stream().map(Vendor::name).sorted().collect(Collectors.joining(", ")) + (clouds.isEmpty() ? "" : " or ") + Vendor.OCPP;
    }

    /** The kinds of device a session links: its {@code vendorType}, else every kind its scopes name. */
    public static Set<DeviceType> kindsOf(LinkSession session) {
        if (session.vendorType() != null) {
            return Set.of(session.vendorType());
        }
        Set<DeviceType> kinds = EnumSet.noneOf(DeviceType.class);
        for (DeviceType type : DeviceType.values()) {
            if (session.scopes().stream().anyMatch(s -> s.startsWith(kind(type) + ":"))) {
                kinds.add(type);
            }
        }
        return kinds;
    }

    private static String kind(DeviceType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    private static void checkScopes(Vendor vendor, List<String> scopes, Set<DeviceType> kinds) {
        if (scopes.isEmpty()) {
            throw new InvalidLinkRequestException("scopes", "must name at least one scope, e.g. charger:read:data");
        }
        for (int i = 0; i < scopes.size(); i++) {
            String scope = scopes.get(i);
            if (scope == null || !SCOPE.matcher(scope).matches()) {
                throw new InvalidLinkRequestException("scopes[" + i + "]", "must look like charger:read:data");
            }
            if (kinds.stream().noneMatch(k -> scope.startsWith(kind(k) + ":"))) {
                throw new InvalidLinkRequestException("scopes[" + i + "]", "a " + vendor + " link of this kind grants "
                        + String.join(" or ", kinds.stream().map(k -> kind(k) + ":…").sorted().toList()) + " scopes only");
            }
        }
    }
}
