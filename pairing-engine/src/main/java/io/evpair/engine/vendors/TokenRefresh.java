package io.evpair.engine.vendors;

import io.evpair.engine.ids.Vendor;

/** Refreshes a vendor account's tokens at that vendor's token endpoint. */
@FunctionalInterface
public interface TokenRefresh {
    VendorTokens refresh(Vendor vendor, VendorTokens tokens);
}
