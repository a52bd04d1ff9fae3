package io.evpair.engine.linking;

import io.evpair.engine.ids.DeviceType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a client asks for when it starts a link session for one of its users (Enode's
 * {@code POST /users/{userId}/link}). The API checks the shape; {@link LinkSessions} decides whether
 * evpair can link that vendor at all.
 *
 * @param vendor     the vendor to link, e.g. {@code OCPP}; empty lets the user choose, which needs a vendor picker
 * @param vendorType the kind of device; empty links every kind the scopes name
 */
public record LinkRequest(Optional<String> vendor, Optional<DeviceType> vendorType, List<String> scopes,
                          String language, String redirectUri) {
    public LinkRequest {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(vendorType, "vendorType");
        scopes = List.copyOf(scopes);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(redirectUri, "redirectUri");
    }
}
