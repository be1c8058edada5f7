package org.branchbook.access;

import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Signing in and out of the web app: {@code /api/v1/session}. */
@Path("/session")
@Tag(name = "Session", description = "Sign in and out (session cookie for the web app)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final SessionService service;
    private final AccessConfig config;

    public SessionResource(SessionService service, AccessConfig config) {
        this.service = service;
        this.config = config;
    }

    @POST
    @Allow(anonymous = true)
    @Operation(operationId = "signIn", summary = "Sign in with username and password",
            description = "Sets the HttpOnly session cookie. After 5 failures for an account or a source within 15 minutes, further attempts get 429 for a while. The answer never says whether the username exists.")
    @APIResponse(responseCode = "200", description = "Signed in",
            headers = @Header(name = "Set-Cookie", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "429", ref = "TooManyAttempts")
    public Response signIn(@Valid @NotNull(message = "请求体不能为空") SignIn body, @Context HttpServerRequest http) {
        String source = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        SessionService.Opened opened = service.signIn(body.username(), body.password(), source);
        return Response.ok(opened.view()).cookie(cookie(opened.sessionId(),
                (int) config.session().absoluteTimeout().toSeconds())).build();
    }

    @GET
    @Allow(tokens = false, selfService = true)
    @Operation(operationId = "getSession", summary = "The signed-in account and its CSRF token")
    @APIResponse(responseCode = "200", description = "The session",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public SessionView current() {
        return service.current();
    }

    @DELETE
    @Allow(tokens = false, selfService = true)
    @Operation(operationId = "signOut", summary = "Sign out (ends the session and clears the cookie)")
    @APIResponse(responseCode = "204", description = "Signed out")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response signOut() {
        service.signOut();
        return Response.noContent().cookie(cookie("", 0)).build();
    }

    @POST
    @Path("/password")
    @Allow(tokens = false, selfService = true)
    @Operation(operationId = "changePassword", summary = "Change your password", description = "Your other sessions end.")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response changePassword(@Valid @NotNull(message = "请求体不能为空") PasswordChange body) {
        service.changePassword(body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(Authentication.SESSION_COOKIE).value(value).path("/").httpOnly(true)
                .secure(config.session().secureCookie()).sameSite(NewCookie.SameSite.LAX).maxAge(maxAge).build();
    }
}
