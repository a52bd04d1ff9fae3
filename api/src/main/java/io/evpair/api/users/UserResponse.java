package io.evpair.api.users;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Enode's User object: the client's own user id and the vendor accounts linked for it. */
@Schema(name = "User")
public record UserResponse(@Schema(example = "user-123") String id, List<LinkedVendor> linkedVendors) {

    @Schema(name = "LinkedVendor")
    public record LinkedVendor(@Schema(example = "TESLA") String vendor,
                               @Schema(allowableValues = {"vehicle", "charger"}) String vendorType,
                               boolean isValid) {
    }
}
