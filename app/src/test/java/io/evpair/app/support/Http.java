package io.evpair.app.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for tests: what a customer backend would do, with nothing of Spring in between. */
public final class Http {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final String base;

    public Http(String base) {
        this.base = base;
    }

    public String baseUrl() {
        return base;
    }

    public Response send(String method, String path, String contentType, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json, application/problem+json");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("Location").orElse(null));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    public Response admin(String method, String path, String adminPassword, String json) {
        return send(method, path, json == null ? null : "application/json", json, basic("admin", adminPassword));
    }

    public String token(String clientId, String secret) {
        Response r = send("POST", "/oauth2/token", "application/x-www-form-urlencoded", "grant_type=client_credentials",
                basic(clientId, secret));
        if (r.status() != 200) {
            throw new IllegalStateException("token request failed: " + r);
        }
        return r.json().get("access_token").asString();
    }

    /** Registers a new API client through the operator API and logs in as it. */
    public Client newClient(String adminPassword) {
        String clientId = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = admin("POST", "/admin/clients", adminPassword,
                "{\"name\":\"Test client\",\"clientId\":\"" + clientId + "\"}");
        if (created.status() != 201) {
            throw new IllegalStateException("client creation failed: " + created);
        }
        String secret = created.json().get("clientSecret").asString();
        return new Client(clientId, secret, token(clientId, secret));
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    public final class Client {
        public final String clientId;
        public final String secret;
        public final String token;

        public Client(String clientId, String secret, String token) {
            this.clientId = clientId;
            this.secret = secret;
            this.token = token;
        }

        public Response get(String path) {
            return send("GET", path, null, null);
        }

        public Response delete(String path) {
            return send("DELETE", path, null, null);
        }

        public Response post(String path, String json) {
            return send("POST", path, "application/json", json);
        }

        public Response send(String method, String path, String contentType, String body) {
            return Http.this.send(method, path, contentType, body, "Bearer " + token);
        }

        /** Links a simulated vehicle and returns its id. */
        public String simulatedVehicle(String userId, String vendorDeviceId) {
            Response r = post("/simulator/users/" + userId + "/vehicles", """
                    {"vendorDeviceId":"%s","brand":"Kia","model":"e-Niro","batteryCapacityKwh":64,
                     "capabilities":{"startCharging":false,"stopCharging":true,"setChargeRateLimit":false}}"""
                    .formatted(vendorDeviceId));
            if (r.status() != 201 && r.status() != 200) {
                throw new IllegalStateException("vehicle creation failed: " + r);
            }
            return r.json().get("id").asString();
        }

        public String simulatedCharger(String userId, String vendorDeviceId) {
            Response r = post("/simulator/users/" + userId + "/chargers", """
                    {"vendorDeviceId":"%s","address":null,
                     "capabilities":{"startCharging":true,"stopCharging":true,"setChargeRateLimit":true}}"""
                    .formatted(vendorDeviceId));
            if (r.status() != 201 && r.status() != 200) {
                throw new IllegalStateException("charger creation failed: " + r);
            }
            return r.json().get("id").asString();
        }
    }

    public record Response(int status, String contentType, String body, String location) {
        public Response(int status, String contentType, String body) {
            this(status, contentType, body, null);
        }

        public JsonNode json() {
            return parse(body);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }
}
