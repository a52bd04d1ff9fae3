package io.evpair.adapters.smartcar;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.adapters.contract.FixedClock;
import io.evpair.engine.vendors.PushReceiver;
import io.evpair.engine.vendors.PushedState;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Smartcar's webhook signatures: HMAC-SHA256 of the raw body with the application management token, hex. */
class SmartcarWebhooksTest {
    private static final String BODY = """
            {"version":"2.0","webhookId":"wh","eventName":"schedule","mode":"live","payload":{"vehicleId":"v-1",
              "requestId":"r","data":[{"path":"/charge","code":200,"headers":{"sc-data-age":"2026-11-25T00:50:00Z"},
                "body":{"isPluggedIn":true,"state":"FULLY_CHARGED"}},
               {"path":"/location","code":403,"headers":{},"body":{"type":"PERMISSION"}}]}}""";
    private final FixedClock clock = new FixedClock(Instant.parse("2026-11-25T01:00:00Z"));
    private final SmartcarWebhooks webhooks = new SmartcarWebhooks("amt", clock);

    @Test
    void aSignedDeliveryIsReadPathByPath() {
        PushReceiver.Answer answer = webhooks.receive(BODY, header("SC-Signature", webhooks.hmac(BODY)));

        assertThat(answer).isInstanceOfSatisfying(PushReceiver.Answer.Accepted.class, a -> assertThat(a.states())
                .containsExactly(new PushedState("v-1", io.evpair.engine.ids.DeviceType.VEHICLE,
                        Instant.parse("2026-11-25T00:50:00Z"), true, false, null, null, null)));
    }

    @Test
    void aWrongOrMissingSignatureIsRefused() {
        assertThat(webhooks.receive(BODY, header("SC-Signature", webhooks.hmac(BODY + " "))))
                .isInstanceOf(PushReceiver.Answer.Refused.class);
        assertThat(webhooks.receive(BODY, name -> Optional.empty())).isInstanceOf(PushReceiver.Answer.Refused.class);
        assertThat(new SmartcarWebhooks("", clock).receive(BODY, header("SC-Signature", webhooks.hmac(BODY))))
                .isInstanceOf(PushReceiver.Answer.Refused.class);
    }

    @Test
    void theVerifyEventIsAnsweredWithTheChallengesHmac() {
        PushReceiver.Answer answer = webhooks.receive(
                "{\"version\":\"2.0\",\"eventName\":\"verify\",\"payload\":{\"challenge\":\"c-42\"}}", name -> Optional.empty());

        assertThat(answer).isEqualTo(new PushReceiver.Answer.Accepted("{\"challenge\":\"" + webhooks.hmac("c-42") + "\"}",
                java.util.List.of()));
        // HMAC-SHA256("amt", "c-42"), computed independently with openssl: echo -n c-42 | openssl dgst -sha256 -hmac amt
        assertThat(webhooks.hmac("c-42")).isEqualTo(OPENSSL_HMAC);
    }

    static final String OPENSSL_HMAC = "0c07381560a9de5fac2b569cefbe3fe705c0a39297846296bf3a3b2d65d7e4a9";

    private static java.util.function.Function<String, Optional<String>> header(String name, String value) {
        Map<String, String> headers = Map.of(name.toLowerCase(), value);
        return n -> Optional.ofNullable(headers.get(n.toLowerCase()));
    }
}
