package io.evpair.engine.vendors;

/**
 * The vendor's authorization server refused a code or refresh token ({@code invalid_grant} and the like), or
 * could not be reached. {@code errorCode} is safe to show a user; it never holds a secret.
 */
public class VendorAuthorizationException extends RuntimeException {
    private final String errorCode;
    private final boolean definitive;

    public VendorAuthorizationException(String errorCode, String detail, boolean definitive) {
        super(errorCode + ": " + detail);
        this.errorCode = errorCode;
        this.definitive = definitive;
    }

    public String errorCode() {
        return errorCode;
    }

    /** The grant is dead (revoked, expired, invalid); false for outages worth trying again. */
    public boolean definitive() {
        return definitive;
    }
}
