package io.evpair.api.security;

import io.evpair.api.problems.ApiProblemException;
import io.evpair.api.problems.ProblemType;
import io.evpair.engine.ids.ClientId;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Supplies controller parameters of type {@link AuthenticatedClient} from the bearer token. */
class AuthenticatedClientResolver implements HandlerMethodArgumentResolver {
    static final String CLIENT_REF_CLAIM = "client_ref";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(AuthenticatedClient.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
                && token.getToken().getClaimAsString(CLIENT_REF_CLAIM) != null) {
            return new AuthenticatedClient(ClientId.parse(token.getToken().getClaimAsString(CLIENT_REF_CLAIM)),
                    token.getToken().getSubject());
        }
        throw new ApiProblemException(ProblemType.UNAUTHORIZED, "A client access token is required");
    }
}
