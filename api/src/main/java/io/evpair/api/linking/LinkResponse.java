package io.evpair.api.linking;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "LinkUserResponse")
record LinkResponse(
        @Schema(description = "Where the user completes the link: the vendor's login for a cloud; for OCPP, the charge point settings")
        String linkUrl,
        @Schema(description = "Single use, valid 24 hours; for OCPP, the charge point's HTTP Basic password")
        String linkToken) {
}
