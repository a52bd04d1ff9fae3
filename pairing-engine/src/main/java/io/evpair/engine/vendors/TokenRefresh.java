package io.evpair.engine.vendors;

/** Refreshes a vendor account's tokens at that vendor's token endpoint. */
@FunctionalInterface
public interface TokenRefresh {
    VendorTokens refresh(String vendor, VendorTokens tokens);
}
