package org.branchbook.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.branchbook.common.ETags;
import org.branchbook.common.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP API of accounts ({@code /accounts}, STREET_ADMIN) and API tokens ({@code /api-tokens}, admins). */
@Path("/")
@Tag(name = "Access", description = "Accounts and API tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccessResource {

    private final AccountService accounts;
    private final ApiTokenService tokens;

    public AccessResource(AccountService accounts, ApiTokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GET
    @Path("accounts")
    @Allow(roles = Role.STREET_ADMIN, tokens = false)
    @Operation(operationId = "listAccounts", summary = "List the accounts of your subtree (STREET_ADMIN)")
    @APIResponse(responseCode = "200", description = "A page of accounts",
            content = @Content(schema = @Schema(implementation = AccountPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public AccountPage listAccounts(
            @Parameter(description = "Page size, 1–500 (default 50)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500")) @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return accounts.list(Params.integer("limit", limit), cursor);
    }

    @POST
    @Path("accounts")
    @Allow(roles = Role.STREET_ADMIN, tokens = false)
    @Operation(operationId = "createAccount", summary = "Create an account in your subtree (STREET_ADMIN)")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response createAccount(@Valid @NotNull(message = "请求体不能为空") AccountInput body) {
        AccountView created = accounts.create(body);
        return Response.created(URI.create("/api/v1/accounts/" + created.id()))
                .header("ETag", ETags.of(created.version())).entity(created).build();
    }

    @GET
    @Path("accounts/{id}")
    @Allow(roles = Role.STREET_ADMIN, tokens = false)
    @Operation(operationId = "getAccount", summary = "Get an account (STREET_ADMIN)")
    @APIResponse(responseCode = "200", description = "The account",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response getAccount(@PathParam("id") UUID id) {
        AccountView a = accounts.get(id);
        return ETags.ok(a, a.version());
    }

    @PUT
    @Path("accounts/{id}")
    @Allow(roles = Role.STREET_ADMIN, tokens = false)
    @Operation(operationId = "updateAccount", summary = "Change an account: role, organization, disabled, or reset its password (STREET_ADMIN)",
            description = "Requires If-Match. A password reset ends the account's sessions.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response updateAccount(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of the last read", required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") AccountInput body) {
        AccountView a = accounts.update(id, ifMatch, body);
        return ETags.ok(a, a.version());
    }

    @GET
    @Path("api-tokens")
    @Allow(roles = {Role.STREET_ADMIN, Role.ORG_ADMIN}, tokens = false)
    @Operation(operationId = "listApiTokens", summary = "List the API tokens of your subtree (STREET_ADMIN, ORG_ADMIN)")
    @APIResponse(responseCode = "200", description = "Tokens",
            content = @Content(schema = @Schema(implementation = ApiTokenList.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public ApiTokenList listTokens() {
        return tokens.list();
    }

    @POST
    @Path("api-tokens")
    @Allow(roles = {Role.STREET_ADMIN, Role.ORG_ADMIN}, tokens = false)
    @Operation(operationId = "createApiToken", summary = "Create an API token (the secret is in this response only)")
    @APIResponse(responseCode = "201", description = "Created; store the secret now",
            content = @Content(schema = @Schema(implementation = ApiTokenCreated.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response createToken(@Valid @NotNull(message = "请求体不能为空") ApiTokenCreate body) {
        ApiTokenCreated created = tokens.create(body);
        return Response.status(201).entity(created).build();
    }

    @POST
    @Path("api-tokens/{id}/revoke")
    @Allow(roles = {Role.STREET_ADMIN, Role.ORG_ADMIN}, tokens = false)
    @Operation(operationId = "revokeApiToken", summary = "Revoke an API token, effective at once")
    @APIResponse(responseCode = "200", description = "Revoked",
            content = @Content(schema = @Schema(implementation = ApiTokenView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ApiTokenView revokeToken(@PathParam("id") UUID id) {
        return tokens.revoke(id);
    }
}
