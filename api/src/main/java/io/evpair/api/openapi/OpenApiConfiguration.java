package io.evpair.api.openapi;

import io.evpair.api.problems.Problem;
import io.evpair.api.security.AuthenticatedClient;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: bearer security on every client operation, the operator's Basic credential on
 * {@code /admin}, the token endpoint (served by the authorization server, so invisible to springdoc), and
 * problem+json error responses, so that a generated client needs no hand edits.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {
    static final String CLIENT_SCHEME = "client";
    static final String OPERATOR_SCHEME = "operator";
    static final String CLIENT_BASIC_SCHEME = "clientCredentials";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(AuthenticatedClient.class);
    }

    @Bean
    OpenAPI evpairOpenApi() {
        return new OpenAPI()
                .info(new Info().title("evpair API").version("2024-10-01")
                        .description("Pairs electric vehicles with the chargers they are plugged into and orchestrates "
                                + "charging. Shapes follow Enode's API version 2024-10-01.")
                        .license(new License().name("Apache-2.0").identifier("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(CLIENT_SCHEME, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                                .description("OAuth2 client credentials: POST /oauth2/token with HTTP Basic client_id:client_secret")
                                // scopes is required by OpenAPI, even when empty: generators refuse the document without it.
                                .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl("/oauth2/token").scopes(new Scopes()))))
                        .addSecuritySchemes(CLIENT_BASIC_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("client_id and client_secret, for the token endpoint only"))
                        .addSecuritySchemes(OPERATOR_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The operator credential (evpair.admin.username / evpair.admin.password)")))
                .addSecurityItem(new SecurityRequirement().addList(CLIENT_SCHEME));
    }

    @Bean
    OpenApiCustomizer tokenEndpointAndProblems() {
        return openApi -> {
            // readAll: the Problem schema refers to Issue, which a generator must find too.
            Map<String, Schema> problemSchemas = ModelConverters.getInstance().readAll(Problem.class);
            problemSchemas.forEach(openApi.getComponents()::addSchemas);
            Content problem = new Content().addMediaType(Problem.MEDIA_TYPE,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
            openApi.getPaths().values().stream().flatMap(item -> item.readOperations().stream()).forEach(op -> {
                ApiResponses responses = op.getResponses();
                responses.putIfAbsent("400", new ApiResponse().description("Invalid request").content(problem));
                responses.putIfAbsent("401", new ApiResponse().description("Missing or invalid credentials").content(problem));
                responses.putIfAbsent("404", new ApiResponse().description("Not found").content(problem));
            });
            openApi.path("/oauth2/token", tokenPath(openApi.getComponents()));
        };
    }

    /**
     * The token endpoint, with its bodies as named schemas ({@code AccessToken}, {@code OAuthError}) so that
     * generated clients get readable class names rather than {@code GetAccessToken200Response}.
     */
    private static PathItem tokenPath(Components components) {
        Schema<?> form = new ObjectSchema()
                .addProperty("grant_type", new StringSchema()._enum(List.of("client_credentials")))
                .addProperty("scope", new StringSchema())
                .required(List.of("grant_type"));
        components.addSchemas("AccessToken", new ObjectSchema()
                .addProperty("access_token", new StringSchema())
                .addProperty("token_type", new StringSchema().example("Bearer"))
                .addProperty("expires_in", new IntegerSchema())
                .required(List.of("access_token", "token_type", "expires_in")));
        components.addSchemas("OAuthError", new ObjectSchema()
                .addProperty("error", new StringSchema().example("invalid_client"))
                .addProperty("error_description", new StringSchema()));
        return new PathItem().post(new Operation()
                .operationId("getAccessToken")
                .tags(List.of("Authentication"))
                .summary("Exchange client credentials (HTTP Basic) for a bearer access token")
                .security(List.of(new SecurityRequirement().addList(CLIENT_BASIC_SCHEME)))
                .requestBody(new RequestBody().required(true).content(new Content()
                        .addMediaType("application/x-www-form-urlencoded", new MediaType().schema(form))))
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("An access token")
                                .content(new Content().addMediaType("application/json",
                                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/AccessToken")))))
                        .addApiResponse("401", new ApiResponse().description("Unknown client or wrong secret: an OAuth2 error")
                                .content(new Content().addMediaType("application/json",
                                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/OAuthError")))))));
    }
}
