package io.evpair.api.linking;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

@Schema(name = "LinkUserRequest")
record LinkRequestBody(
        @Schema(example = "TESLA", description = "The vendor to link: a vendor cloud when configured (TESLA, EASEE, SMARTCAR, ZAPTEC, WALLBOX, VOLVO) or OCPP") String vendor,
        @Schema(example = "charger", allowableValues = {"vehicle", "charger"},
                description = "Omit to link every kind the scopes name (multi-type linking)") String vendorType,
        @Schema(example = "[\"charger:read:data\", \"charger:control:charging\"]", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Size(min = 1, max = 20) List<String> scopes,
        @Schema(example = "en-US", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 35) @Pattern(regexp = "browser|[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*", message = "must be a language tag like en-US")
        String language,
        @Schema(example = "https://app.example.com/linked", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 2000)
        @Pattern(regexp = "(?i)https?://[^\\s/?#]+[^\\s]*", message = "must be an http or https URL")
        String redirectUri) {
}
