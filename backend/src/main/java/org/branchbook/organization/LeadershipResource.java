package org.branchbook.organization;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.branchbook.common.ETags;
import org.branchbook.common.Idempotency;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP API of leadership terms (班子): {@code /api/v1/organizations/{id}/leadership}. */
@Path("/organizations/{id}/leadership")
@Tag(name = "Organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeadershipResource {

    private final LeadershipService service;
    private final Idempotency idempotency;

    public LeadershipResource(LeadershipService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "getLeadership", summary = "An organization's leadership: current term, past terms, 换届 status")
    @APIResponse(responseCode = "200", description = "The leadership",
            content = @Content(schema = @Schema(implementation = LeadershipView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public LeadershipView get(@PathParam("id") UUID id) {
        return service.leadership(id);
    }

    @POST
    @Path("/terms")
    @Operation(operationId = "startLeadershipTerm", summary = "Record a new term (换届)",
            description = "The new term becomes current; the previous one is closed on the new term's first day and kept as history.")
    @APIResponse(responseCode = "201", description = "The new current term",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = LeadershipTermView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response start(@PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe: the same key and body create once") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") LeadershipTermInput body) {
        return idempotency.create("startLeadershipTerm:" + id, idempotencyKey, body, () -> {
            LeadershipTermView term = service.startTerm(id, body);
            return new Idempotency.Created(
                    URI.create("/api/v1/organizations/" + id + "/leadership/terms/" + term.id()),
                    ETags.of(term.version()), term);
        });
    }

    @PUT
    @Path("/terms/{termId}")
    @Operation(operationId = "updateLeadershipTerm", summary = "Correct a term (dates, document number, people)",
            description = "Requires If-Match with the term's version as ETag (from its `version`); a stale one gets 412.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LeadershipTermView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@PathParam("id") UUID id, @PathParam("termId") UUID termId,
            @Parameter(description = "The term's ETag", required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") LeadershipTermInput body) {
        LeadershipTermView term = service.updateTerm(id, termId, ifMatch, body);
        return ETags.ok(term, term.version());
    }
}
