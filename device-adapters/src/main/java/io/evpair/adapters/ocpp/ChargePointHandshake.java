package io.evpair.adapters.ocpp;

import io.evpair.engine.clients.LoginThrottle;
import io.evpair.engine.devices.Charger;
import io.evpair.engine.linking.Admission;
import io.evpair.engine.linking.ChargePointAdmission;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Lets a charge point open {@code /ocpp/{chargePointId}} only when it offers {@code ocpp2.0.1} or {@code ocpp1.6}
 * and authenticates as OCPP security profile 1 describes: HTTP Basic with its identity as user name. Which
 * passwords are right is {@link ChargePointAdmission}'s call (a claimed charge point's own, or an open link
 * token for an unclaimed identity).
 */
public final class ChargePointHandshake implements HandshakeInterceptor {
    static final String CHARGER_ATTRIBUTE = ChargePointHandshake.class.getName() + ".charger";
    static final String IDENTITY_ATTRIBUTE = ChargePointHandshake.class.getName() + ".identity";
    private static final Logger log = LoggerFactory.getLogger(ChargePointHandshake.class);
    private static final String PATH_PREFIX = "/ocpp/";
    private static final int MAX_IDENTITY_LENGTH = 200;

    private final ChargePointAdmission admission;
    private final LoginThrottle throttle;

    public ChargePointHandshake(ChargePointAdmission admission, LoginThrottle throttle) {
        this.admission = admission;
        this.throttle = throttle;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) {
        Optional<String> identity = identity(request.getURI().getRawPath());
        if (identity.isEmpty()) {
            response.setStatusCode(HttpStatus.NOT_FOUND);
            return false;
        }
        if (!offersOurs(request.getHeaders())) {
            log.info("Charge point {} refused: it offers neither ocpp2.0.1 nor ocpp1.6", identity.get());
            response.setStatusCode(HttpStatus.BAD_REQUEST);
            return false;
        }
        String source = request.getRemoteAddress() == null ? "unknown" : request.getRemoteAddress().getHostString();
        String principal = "charge point " + identity.get();
        Optional<Duration> wait = throttle.blocked(source, principal);
        if (wait.isPresent()) {
            response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.get().toSeconds())));
            return false;
        }
        Optional<String> password = basicPassword(request.getHeaders(), identity.get());
        Admission verdict = password.map(p -> admission.admit(identity.get(), p))
                .orElseGet(() -> new Admission.Refused("no HTTP Basic credentials for its identity"));
        if (verdict instanceof Admission.Admitted admitted) {
            Charger charger = admitted.charger();
            if (admitted.claimedNow()) {
                log.info("Charge point {} claimed with a link token: charger {} of user {}", identity.get(),
                        charger.id(), charger.userId());
            }
            attributes.put(CHARGER_ATTRIBUTE, charger);
            attributes.put(IDENTITY_ATTRIBUTE, identity.get());
            return true;
        }
        log.info("Charge point {} from {} refused: {}", identity.get(), source, ((Admission.Refused) verdict).reason());
        throttle.failed(source, principal);
        response.setStatusCode(HttpStatus.UNAUTHORIZED);
        response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"evpair OCPP\"");
        return false;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
    }

    /** The identity is the last path segment, percent-decoded (OCPP-J 1.6 §3.1.1). */
    static Optional<String> identity(String rawPath) {
        int start = rawPath == null ? -1 : rawPath.indexOf(PATH_PREFIX);
        if (start < 0) {
            return Optional.empty();
        }
        String raw = rawPath.substring(start + PATH_PREFIX.length());
        if (raw.isEmpty() || raw.contains("/")) {
            return Optional.empty();
        }
        try {
            String decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
            return decoded.isBlank() || decoded.length() > MAX_IDENTITY_LENGTH ? Optional.empty() : Optional.of(decoded);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean offersOurs(HttpHeaders headers) {
        List<String> offered = headers.getOrEmpty("Sec-WebSocket-Protocol");
        return offered.stream().flatMap(value -> List.of(value.split(",")).stream())
                .map(String::trim).anyMatch(p -> OcppVersion.of(p).isPresent());
    }

    /** The Basic password, if the user name is the charge point's identity as security profile 1 requires. */
    static Optional<String> basicPassword(HttpHeaders headers, String identity) {
        String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0 || !decoded.substring(0, colon).equals(identity)) {
            return Optional.empty();
        }
        return Optional.of(decoded.substring(colon + 1));
    }
}
