package io.evpair.api.vendors;

import io.evpair.api.problems.ApiProblemException;
import io.evpair.api.problems.ProblemType;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.vendors.PushReceiver;
import io.evpair.engine.vendors.VendorPushes;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where vendors push device state (Smartcar's webhooks): {@code POST /vendors/{vendor}/webhooks}. Not part of the
 * client API (hidden from the OpenAPI document): the vendor's signature is the credential, checked by its adapter.
 */
@RestController
@Hidden
class VendorPushController {
    private final VendorPushes pushes;

    VendorPushController(VendorPushes pushes) {
        this.pushes = pushes;
    }

    @PostMapping(value = "/vendors/{vendor}/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> receive(@PathVariable String vendor, @RequestBody(required = false) String body,
                                   @RequestHeader HttpHeaders headers) {
        // Vendors are matched case-insensitively; a name no vendor can have has no webhook, like an unknown one.
        String name = vendor.toUpperCase(Locale.ROOT);
        PushReceiver.Answer answer = Vendor.isValidName(name)
                ? pushes.receive(new Vendor(name), body == null ? "" : body, header -> Optional.ofNullable(headers.getFirst(header)))
                : new PushReceiver.Answer.Unknown();
        if (answer instanceof PushReceiver.Answer.Accepted accepted) {
            return ResponseEntity.ok(accepted.replyJson());
        }
        if (answer instanceof PushReceiver.Answer.Refused refused) {
            throw new ApiProblemException(ProblemType.UNAUTHORIZED, "the push is not signed by " + vendor + ": "
                    + refused.reason());
        }
        throw ApiProblemException.notFound("Vendor webhook", vendor);
    }
}
