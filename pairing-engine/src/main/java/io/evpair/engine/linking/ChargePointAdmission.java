package io.evpair.engine.linking;

import io.evpair.engine.devices.ChargerInformation;
import io.evpair.engine.devices.CommandCapabilities;
import io.evpair.engine.catalog.DeviceRegistration;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.devices.Registered;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.transaction.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Decides who may open an OCPP connection, per OCPP security profile 1 (HTTP Basic, the charge point
 * identity as user name). A claimed charge point must present the password it claimed itself with. An
 * unclaimed identity may present an open OCPP link token as its password: that links a charger under the
 * token's user, uses up the token, and makes the token the charge point's password from then on. A claimed
 * identity cannot be re-claimed with another token; deleting the charger (or its user) frees it.
 */
public class ChargePointAdmission {
    private final ChargePointCredentialStore credentials;
    private final LinkSessionStore sessions;
    private final DeviceRegistration registration;
    private final DeviceStore devices;
    private final Transactions transactions;
    private final Clock clock;
    private final CommandCapabilities capabilities;

    /**
     * @param capabilities what a linked charge point can do: those of the OCPP adapter's interfaces
     *                     ({@code AdapterCapabilities.of}), never a value of its own
     */
    public ChargePointAdmission(ChargePointCredentialStore credentials, LinkSessionStore sessions,
                                DeviceRegistration registration, DeviceStore devices, Transactions transactions,
                                Clock clock, CommandCapabilities capabilities) {
        this.capabilities = capabilities;
        this.credentials = credentials;
        this.sessions = sessions;
        this.registration = registration;
        this.devices = devices;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Admission admit(String chargePointId, String password) {
        String passwordHash = LinkTokens.hash(password);
        Optional<ChargePointCredential> known = credentials.find(chargePointId);
        if (known.isPresent()) {
            return admitKnown(known.get(), passwordHash);
        }
        try {
            return transactions.inTransaction(() -> claim(chargePointId, passwordHash));
        } catch (ClaimLostException e) {
            return new Admission.Refused(e.getMessage());
        }
    }

    private Admission admitKnown(ChargePointCredential credential, String passwordHash) {
        if (!LinkTokens.sameHash(credential.passwordHash(), passwordHash)) {
            return new Admission.Refused("wrong password for claimed charge point " + credential.chargePointId());
        }
        return devices.findCharger(credential.clientId(), credential.chargerId())
                .<Admission>map(charger -> new Admission.Admitted(charger, false))
                .orElseGet(() -> new Admission.Refused("charger of " + credential.chargePointId() + " is gone"));
    }

    private Admission claim(String chargePointId, String passwordHash) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<LinkSession> found = sessions.findByTokenHash(passwordHash)
                .filter(s -> s.vendor().equals(Vendor.OCPP));
        if (found.isEmpty()) {
            return new Admission.Refused("unknown charge point " + chargePointId + " without an OCPP link token");
        }
        LinkSession session = found.get();
        if (!session.isOpenAt(now)) {
            return new Admission.Refused("link token of session " + session.id() + " is used or expired");
        }
        if (!sessions.markUsed(session.id(), now)) {
            throw new ClaimLostException("link token of session " + session.id() + " was used concurrently");
        }
        Registered<io.evpair.engine.devices.Charger> linked = registration.linkCharger(session.clientId(),
                session.userId(), Vendor.OCPP, chargePointId, new ChargerInformation(null, null, null, null),
                capabilities, null);
        ChargePointCredential credential = new ChargePointCredential(chargePointId, linked.device().id(),
                session.clientId(), passwordHash, now);
        if (!credentials.insertIfAbsent(credential)) {
            throw new ClaimLostException("charge point " + chargePointId + " was claimed concurrently");
        }
        return new Admission.Admitted(linked.device(), true);
    }

    /** Thrown inside the claim's transaction so that everything it did is rolled back. */
    private static final class ClaimLostException extends RuntimeException {
        ClaimLostException(String message) {
            super(message);
        }
    }
}
