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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.branchbook.common.ETags;
import org.branchbook.common.Idempotency;
import org.branchbook.common.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP API of the organization tree: {@code /api/v1/organizations}. */
@Path("/organizations")
@Tag(name = "Organizations", description = "组织设置: the organization tree, its history, leadership and shape warnings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private final OrganizationService service;
    private final OrganizationWarningsService warnings;
    private final Idempotency idempotency;

    public OrganizationResource(OrganizationService service, OrganizationWarningsService warnings,
            Idempotency idempotency) {
        this.service = service;
        this.warnings = warnings;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listOrganizations", summary = "List organizations",
            description = "Filter by type, parent, subtree, archive state and text (name, short name or code). Ordered by code; keyset pagination.")
    @APIResponse(responseCode = "200", description = "A page of organizations",
            content = @Content(schema = @Schema(implementation = OrganizationPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public OrganizationPage list(
            @Parameter(description = "Only this type", schema = @Schema(implementation = OrgType.class)) @QueryParam("type") String type,
            @Parameter(description = "Only direct children of this organization", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("parentId") String parentId,
            @Parameter(description = "Only this organization and everything below it", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("subtreeOf") String subtreeOf,
            @Parameter(description = "EXCLUDE (default): active only; INCLUDE: both; ONLY: archived only", schema = @Schema(implementation = OrganizationService.ArchivedFilter.class)) @QueryParam("archived") String archived,
            @Parameter(description = "Text in the name, short name or code") @QueryParam("q") String q,
            @Parameter(description = "Page size, 1–500 (default 50)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500")) @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return service.list(new OrganizationService.Filter(
                Params.enumValue(OrgType.class, "type", type),
                Params.uuid("parentId", parentId),
                Params.uuid("subtreeOf", subtreeOf),
                Params.enumValue(OrganizationService.ArchivedFilter.class, "archived", archived),
                Params.text("q", q), Params.integer("limit", limit), cursor));
    }

    @GET
    @Path("/tree")
    @Operation(operationId = "getOrganizationTree", summary = "The organization tree in one request",
            description = "Without rootId: every tree (one per 街道党工委). With rootId: that organization's subtree.")
    @APIResponse(responseCode = "200", description = "The tree",
            content = @Content(schema = @Schema(implementation = OrganizationTree.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public OrganizationTree tree(
            @Parameter(description = "The root of the subtree", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("rootId") String rootId,
            @Parameter(description = "Include archived organizations (default false)", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("includeArchived") String includeArchived) {
        return service.tree(Params.uuid("rootId", rootId), Params.bool("includeArchived", includeArchived, false));
    }

    @POST
    @Operation(operationId = "createOrganization", summary = "Create an organization",
            description = "A 街道党工委 has no parent; every other type needs a parent of an allowed type. Send Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body create once") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") OrganizationCreate body) {
        return idempotency.create("createOrganization", idempotencyKey, body, () -> {
            OrganizationView created = service.create(body);
            return new Idempotency.Created(URI.create("/api/v1/organizations/" + created.id()),
                    ETags.of(created.version()), created);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrganization", summary = "Get one organization, with its ancestors")
    @APIResponse(responseCode = "200", description = "The organization",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        OrganizationView org = service.get(id);
        return withETag(org);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateOrganization", summary = "Update an organization's editable fields",
            description = "Requires If-Match with the ETag of the last read; a stale one gets 412 and nothing changes.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of the last read", required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") OrganizationUpdate body) {
        return withETag(service.update(id, ifMatch, body));
    }

    @POST
    @Path("/{id}/move")
    @Operation(operationId = "moveOrganization", summary = "Move an organization under another parent (调整隶属关系)",
            description = "Moves the whole subtree. Refused when it would create a cycle or put a type under a parent it may not sit under. If-Match is optional.")
    @APIResponse(responseCode = "200", description = "Moved",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response move(@PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag of the last read") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") OrganizationMove body) {
        return withETag(service.move(id, ifMatch, body));
    }

    @POST
    @Path("/{id}/change-type")
    @Operation(operationId = "changeOrganizationType", summary = "Change an organization's type (e.g. 党支部 → 党总支)",
            description = "The new type must fit under the parent, and the children under the new type. If-Match is optional.")
    @APIResponse(responseCode = "200", description = "Changed",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response changeType(@PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag of the last read") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") OrganizationTypeChange body) {
        return withETag(service.changeType(id, ifMatch, body));
    }

    @POST
    @Path("/{id}/archive")
    @Operation(operationId = "archiveOrganization", summary = "Archive an organization (撤销)",
            description = "Organizations are never deleted. Refused with 409 while active child organizations remain. If-Match is optional.")
    @APIResponse(responseCode = "200", description = "Archived",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response archive(@PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag of the last read") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") OrganizationArchive body) {
        return withETag(service.archive(id, ifMatch, body));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getOrganizationHistory", summary = "An organization's history (沿革): creation, moves, type changes, 换届, archive")
    @APIResponse(responseCode = "200", description = "History, newest first",
            content = @Content(schema = @Schema(implementation = OrganizationHistory.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public OrganizationHistory history(@PathParam("id") UUID id) {
        return service.history(id);
    }

    @GET
    @Path("/{id}/warnings")
    @Operation(operationId = "getOrganizationWarnings", summary = "Shape warnings of one organization",
            description = "Compliance checks (size, committee, leadership, 换届) from domain rules; warnings, not errors.")
    @APIResponse(responseCode = "200", description = "Warnings, most severe first",
            content = @Content(schema = @Schema(implementation = OrganizationWarnings.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public OrganizationWarnings warnings(@PathParam("id") UUID id) {
        return warnings.forOrganization(id);
    }

    @GET
    @Path("/{id}/subtree-warnings")
    @Operation(operationId = "listSubtreeWarnings", summary = "Shape warnings of every organization in a subtree",
            description = "Only organizations that have warnings are listed, most severe first.")
    @APIResponse(responseCode = "200", description = "Organizations with warnings",
            content = @Content(schema = @Schema(implementation = SubtreeWarnings.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public SubtreeWarnings subtreeWarnings(@PathParam("id") UUID id) {
        return warnings.forSubtree(id);
    }

    private static Response withETag(OrganizationView org) {
        return ETags.ok(org, org.version());
    }
}
