package io.evpair.engine.vendors;

import io.evpair.engine.devices.DeviceDeleted;
import io.evpair.engine.control.AdapterCapabilities;
import io.evpair.engine.devices.CommandCapabilities;
import io.evpair.engine.catalog.DeviceRegistration;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.linking.LinkSession;
import io.evpair.engine.linking.LinkSessionStore;
import io.evpair.engine.linking.LinkSessions;
import io.evpair.engine.linking.LinkTokens;
import io.evpair.engine.paging.PageRequest;
import io.evpair.engine.transaction.Transactions;
import io.evpair.engine.users.UserStore;
import io.evpair.engine.webhooks.EventOutbox;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Links a user's vendor-cloud account: sends the user to the vendor's OAuth2 authorization-code flow (PKCE S256,
 * a single-use {@code state}), then on the callback exchanges the code, keeps the tokens, discovers the account's
 * devices, links each once under the user, schedules their polls, and sends the user back to the client's
 * {@code redirectUri}. Unlinking forgets the tokens and the vendor's devices of that user.
 */
public class VendorLinking {
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final LinkSessions sessions;
    private final LinkSessionStore sessionStore;
    private final AuthorizationStateStore states;
    private final Map<Vendor, VendorCloud> clouds;
    private final VendorAccountStore accounts;
    private final DeviceRegistration registration;
    private final DeviceStore devices;
    private final UserStore users;
    private final PollSchedule schedule;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random;

    public VendorLinking(LinkSessions sessions, LinkSessionStore sessionStore, AuthorizationStateStore states,
                         Map<Vendor, VendorCloud> clouds, VendorAccountStore accounts, DeviceRegistration registration,
                         DeviceStore devices, UserStore users, PollSchedule schedule, EventOutbox outbox,
                         Transactions transactions, Clock clock, SecureRandom random) {
        this.sessions = sessions;
        this.sessionStore = sessionStore;
        this.states = states;
        this.clouds = Map.copyOf(clouds);
        this.accounts = accounts;
        this.registration = registration;
        this.devices = devices;
        this.users = users;
        this.schedule = schedule;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
    }

    /**
     * Where the link URL sends the user: the vendor's authorization endpoint, with a fresh state and PKCE challenge.
     * Empty when the token opens no vendor-cloud session (unknown, used, expired, or another kind of vendor).
     */
    public Optional<URI> authorize(String linkToken, String callbackUri) {
        return sessions.open(linkToken).filter(s -> clouds.containsKey(s.vendor())).map(session -> {
            String verifier = randomToken(32);
            String state = randomToken(32);
            states.insert(new AuthorizationState(LinkTokens.hash(state), session.id(), verifier, callbackUri, now()));
            return clouds.get(session.vendor()).authorizationUri(new VendorCloud.AuthorizationRequest(session.scopes(),
                    LinkSessions.kindsOf(session), state, challenge(verifier), callbackUri, session.language()));
        });
    }

    /** The vendor sent the user back. Unknown or reused states are refused before anything is exchanged. */
    public Completion complete(String state, String code, String error) {
        if (state == null || state.isBlank()) {
            return new Completion.Refused("the callback carries no state");
        }
        Optional<AuthorizationState> pending = states.consume(LinkTokens.hash(state), now());
        if (pending.isEmpty()) {
            return new Completion.Refused("unknown or already used state");
        }
        LinkSession session = sessionStore.find(pending.get().linkSessionId()).orElse(null);
        if (session == null) {
            return new Completion.Refused("the link session is gone");
        }
        if (!session.isOpenAt(now()) || !sessionStore.markUsed(session.id(), now())) {
            return back(session, "link_expired_or_used");
        }
        if (error != null || code == null || code.isBlank()) {
            return back(session, error == null ? "no_code" : sanitized(error));
        }
        VendorCloud cloud = clouds.get(session.vendor());
        if (cloud == null) {
            return back(session, "vendor_not_configured"); // configuration changed since the session started
        }
        VendorTokens tokens;
        List<DiscoveredDevice> found;
        try {
            tokens = cloud.exchange(code, pending.get().codeVerifier(), pending.get().redirectUri());
        } catch (VendorAuthorizationException e) {
            return back(session, sanitized(e.errorCode()));
        }
        try {
            found = cloud.discover(tokens.accessToken(), LinkSessions.kindsOf(session));
        } catch (RuntimeException e) {
            return back(session, "discovery_failed");
        }
        transactions.inTransaction(() -> {
            accounts.save(new VendorAccount(UUID.randomUUID(), session.clientId(), session.userRef(), session.vendor(),
                    tokens, false, now()));
            for (DiscoveredDevice device : found) {
                link(session, device);
            }
        });
        return new Completion.Redirect(redirect(session.redirectUri(), "success", null));
    }

    private void link(LinkSession session, DiscoveredDevice device) {
        UUID id;
        DeviceType type;
        if (device instanceof DiscoveredDevice.Vehicle v) {
            type = DeviceType.VEHICLE;
            id = registration.linkVehicle(session.clientId(), session.userId(), session.vendor(), v.vendorDeviceId(),
                    v.information(), capabilities(session.vendor(), type)).device().id().value();
        } else {
            DiscoveredDevice.Charger c = (DiscoveredDevice.Charger) device;
            type = DeviceType.CHARGER;
            id = registration.linkCharger(session.clientId(), session.userId(), session.vendor(), c.vendorDeviceId(),
                    c.information(), capabilities(session.vendor(), type), c.address()).device().id().value();
        }
        schedule.schedule(id, type, session.vendor(), now());
    }

    /** What the vendor's adapter for that kind implements; a kind without an adapter can do nothing. */
    private CommandCapabilities capabilities(Vendor vendor, DeviceType type) {
        return clouds.get(vendor).device(type).map(AdapterCapabilities::of).orElse(CommandCapabilities.NONE);
    }

    /** Forgets the user's tokens at the vendor and unlinks the vendor's devices of that user; false when nothing was linked. */
    public boolean unlink(ClientId clientId, String userId, Vendor vendor) {
        return transactions.inTransaction(() -> users.find(clientId, userId).map(user -> {
            PageRequest all = PageRequest.first(PageRequest.MAX_SIZE);
            List<UUID> gone = new ArrayList<>();
            Instant at = now();
            devices.vehicles(clientId, Optional.of(user.id()), all).items().stream().filter(v -> v.vendor().equals(vendor))
                    .forEach(v -> {
                        gone.add(v.id().value());
                        outbox.publish(new DeviceDeleted(clientId, userId, at, v.id()));
                    });
            devices.chargers(clientId, Optional.of(user.id()), all).items().stream().filter(c -> c.vendor().equals(vendor))
                    .forEach(c -> {
                        gone.add(c.id().value());
                        outbox.publish(new DeviceDeleted(clientId, userId, at, c.id()));
                    });
            boolean hadAccount = accounts.delete(user.id(), vendor);
            devices.delete(gone);
            schedule.remove(gone);
            return hadAccount || !gone.isEmpty();
        }).orElse(false));
    }

    private static Completion back(LinkSession session, String error) {
        return new Completion.Redirect(redirect(session.redirectUri(), "error", error));
    }

    private static URI redirect(String redirectUri, String status, String error) {
        StringBuilder uri = new StringBuilder(redirectUri).append(redirectUri.contains("?") ? '&' : '?')
                .append("status=").append(status);
        if (error != null) {
            uri.append("&error=").append(URLEncoder.encode(error, StandardCharsets.UTF_8));
        }
        return URI.create(uri.toString());
    }

    /** Vendors' error codes are short ASCII words; anything else is not passed on. */
    private static String sanitized(String code) {
        return code.matches("[A-Za-z0-9_.-]{1,64}") ? code : "vendor_error";
    }

    private String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return BASE64URL.encodeToString(b);
    }

    static String challenge(String verifier) {
        try {
            return BASE64URL.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Where the callback sends the user's browser, or why it will not. */
    public sealed interface Completion {
        /** Back to the client's redirectUri with {@code status=success} or {@code status=error&error=…}. */
        record Redirect(URI uri) implements Completion {
        }

        /** No session can be trusted with the answer (unknown or reused state): nothing was exchanged. */
        record Refused(String reason) implements Completion {
        }
    }
}
