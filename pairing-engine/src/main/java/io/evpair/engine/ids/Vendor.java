package io.evpair.engine.ids;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A vendor's name, as adapters, accounts and stored devices know it. Vendors are an open registry (configuration and
 * the blueprint add them), so this is a validated name rather than an enum; the vendors the service itself provides
 * are constants.
 */
public record Vendor(String name) {
    private static final Pattern NAME = Pattern.compile("[A-Z0-9_]{1,40}");

    /** The virtual OEM inside the service (SPEC §6.1). */
    public static final Vendor SIMULATED = new Vendor("SIMULATED");
    /** Chargers that talk OCPP 1.6J to us directly. */
    public static final Vendor OCPP = new Vendor("OCPP");

    public Vendor {
        Objects.requireNonNull(name, "vendor");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "a vendor name is 1 to 40 upper-case letters, digits or '_', not '" + abbreviated(name) + "'");
        }
    }

    /** Whether a name from outside (a request, a configuration key) is one a Vendor accepts. */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    private static String abbreviated(String name) {
        return name.length() <= 60 ? name : name.substring(0, 60) + "…";
    }

    /** The bare name, so logs, error messages and stored rows read as before. */
    @Override
    public String toString() {
        return name;
    }
}
