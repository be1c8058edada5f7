package org.branchbook.transfer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
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

/** HTTP API of 组织关系转接: {@code /api/v1/transfers}, one action endpoint per move of {@link TransferMove}. */
@Path("/transfers")
@Tag(name = "Transfers", description = "组织关系转接: request → approval (介绍信) → acceptance, returns and withdrawals, overdue alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransferResource {

    static final String STATES = "^(REQUESTED|ISSUED|COMPLETED|RETURNED|WITHDRAWN)(,(REQUESTED|ISSUED|COMPLETED|RETURNED|WITHDRAWN))*$";

    private final TransferService service;
    private final TransferQueries queries;
    private final Idempotency idempotency;

    public TransferResource(TransferService service, TransferQueries queries, Idempotency idempotency) {
        this.service = service;
        this.queries = queries;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listTransfers", summary = "Find transfers",
            description = "Transfers with either end in the caller's subtree, newest first. `inbox=true`: only those "
                    + "waiting for the caller's side (approval, acceptance, or an outgoing letter's 回执). "
                    + "`overdue=true`: only those late today.")
    @APIResponse(responseCode = "200", description = "A page of transfers",
            content = @Content(schema = @Schema(implementation = TransferPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public TransferPage list(
            @Parameter(description = "States, comma-separated", schema = @Schema(type = SchemaType.STRING, pattern = STATES, examples = "REQUESTED,ISSUED")) @QueryParam("state") List<String> state,
            @Parameter(description = "Only this scope", schema = @Schema(implementation = TransferScope.class)) @QueryParam("scope") String scope,
            @Parameter(description = "Only this member's transfers", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("memberId") String memberId,
            @Parameter(description = "Only from this organization or below", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("fromOrganizationId") String fromOrganizationId,
            @Parameter(description = "Only to this organization or below", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("toOrganizationId") String toOrganizationId,
            @Parameter(description = "Only late ones", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
            @Parameter(description = "Only those waiting for the caller's side", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("inbox") String inbox,
            @Parameter(description = "Page size, 1–500 (default 50)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500")) @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return queries.list(new TransferQueries.Filter(Params.enumSet(TransferState.class, "state", state), Params.enumValue(TransferScope.class, "scope", scope),
                Params.uuid("memberId", memberId), Params.uuid("fromOrganizationId", fromOrganizationId),
                Params.uuid("toOrganizationId", toOrganizationId), Params.bool("overdue", overdue, false),
                Params.bool("inbox", inbox, false), Params.integer("limit", limit), cursor));
    }

    @POST
    @Operation(operationId = "createTransfer", summary = "Request a transfer, or register an incoming letter",
            description = "INTERNAL and OUTGOING: the source branch (or an organization above it) asks to transfer one of its "
                    + "members; the state is REQUESTED until the approving committee acts. INCOMING: the receiver records the "
                    + "letter a member brought from elsewhere; the state is ISSUED until it is accepted. A member has at most one "
                    + "open transfer (409). Send Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body create once") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") TransferCreate body) {
        return idempotency.create("createTransfer", idempotencyKey, body, () -> {
            TransferView created = service.create(body);
            return new Idempotency.Created(URI.create("/api/v1/transfers/" + created.id()), ETags.of(created.version()),
                    created);
        });
    }

    @GET
    @Path("/destinations")
    @Operation(operationId = "listTransferDestinations", summary = "Organizations of the caller's street that can receive a transfer",
            description = "For choosing the receiver of an INTERNAL transfer: active organizations of the caller's street "
                    + "(not 党小组), also outside the caller's subtree; at most 50, matching `q` (name or code).")
    @APIResponse(responseCode = "200", description = "Matching organizations",
            content = @Content(schema = @Schema(implementation = TransferDestinations.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public TransferDestinations destinations(
            @Parameter(description = "Part of the name or code") @QueryParam("q") String q,
            @Parameter(description = "Leave out this member's own branch", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("memberId") String memberId) {
        return queries.destinations(q, Params.uuid("memberId", memberId));
    }

    @GET
    @Path("/overdue")
    @Operation(operationId = "getTransferOverdue", summary = "What is late: transfers stuck on a step, members away without one",
            description = "For an organization (`subtree=false`) or its whole subtree (default), the caller's own organization "
                    + "by default: approvals waiting too long, expired letters not accepted, missing 回执, and 流出 members away "
                    + "6 months or more without a transfer. Each item names the organization that should act.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = OverdueReport.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public OverdueReport overdue(
            @Parameter(description = "The organization (default: the caller's)", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(description = "Include everything below it (default true)", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("subtree") String subtree,
            @Parameter(description = "At most this many items, 1–500 (default 50)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500")) @QueryParam("limit") String limit) {
        return queries.overdue(Params.uuid("organizationId", organizationId), Params.bool("subtree", subtree, true),
                Params.integer("limit", limit));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTransfer", summary = "Get one transfer with its letters and timeline")
    @APIResponse(responseCode = "200", description = "The transfer",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        return withETag(service.get(id));
    }

    @GET
    @Path("/{id}/letter")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getTransferLetter", summary = "The printable 介绍信 (A4 HTML: 存根, 介绍信, 回执)",
            description = "Print from the browser (or save as PDF there). An incoming letter prints its 回执 only. "
                    + "身份证号 and phone are masked unless `reveal=true` (permission needed; audited).")
    @APIResponse(responseCode = "200", description = "The letter page",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response letter(@PathParam("id") UUID id,
            @Parameter(description = "Show the full 身份证号 and phone", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("reveal") String reveal) {
        return Response.ok(service.letterPage(id, Params.bool("reveal", reveal, false)), MediaType.TEXT_HTML + ";charset=utf-8")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/{id}/approve")
    @Operation(operationId = "approveTransfer", summary = "审批通过: the approving committee issues the 介绍信",
            description = "REQUESTED → ISSUED, by the source branch's approving committee (or above). An OUTGOING member "
                    + "leaves the roster now (status TRANSFERRED_OUT) and comes back if the transfer is returned or withdrawn.")
    @APIResponse(responseCode = "200", description = "Approved", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response approve(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") TransferApproval body) {
        return withETag(service.approve(id, ifMatch, body));
    }

    @POST
    @Path("/{id}/accept")
    @Operation(operationId = "acceptTransfer", summary = "接收: the receiver places the member in a branch",
            description = "ISSUED → COMPLETED (INTERNAL, INCOMING), by the receiving organization (or above), while the letter "
                    + "is valid (422 letter-expired after its last valid day). INTERNAL: the member moves, closing the old "
                    + "membership period and opening the new one in one transaction. INCOMING: the member is registered. "
                    + "Send Idempotency-Key: a retried accept answers the same and registers once.")
    @APIResponse(responseCode = "200", description = "Accepted", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response accept(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "Makes a retried accept answer the same without acting twice") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") TransferAcceptance body) {
        return idempotency.act("acceptTransfer:" + id, idempotencyKey, body, () -> {
            TransferView accepted = service.accept(id, ifMatch, body);
            return new Idempotency.Created(null, ETags.of(accepted.version()), accepted);
        });
    }

    @POST
    @Path("/{id}/confirm-receipt")
    @Operation(operationId = "confirmTransferReceipt", summary = "回执已收到: an outgoing letter's receipt came back",
            description = "ISSUED → COMPLETED (OUTGOING), by the source branch (or above).")
    @APIResponse(responseCode = "200", description = "Completed", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response confirmReceipt(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") ReceiptConfirmation body) {
        return withETag(service.confirmReceipt(id, ifMatch, body));
    }

    @POST
    @Path("/{id}/return")
    @Operation(operationId = "returnTransfer", summary = "退回 with a reason",
            description = "By the side whose turn it is: the approving committee (REQUESTED), the receiver (ISSUED INTERNAL or "
                    + "INCOMING), or the source when an OUTGOING letter came back unaccepted (the member returns to the roster).")
    @APIResponse(responseCode = "200", description = "Returned", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response returnTransfer(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") TransferReason body) {
        return withETag(service.returnTransfer(id, ifMatch, body));
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(operationId = "withdrawTransfer", summary = "撤回 before acceptance",
            description = "By the requester (the source branch or above; for INCOMING the receiver who registered it). "
                    + "An OUTGOING member whose letter was issued returns to the roster.")
    @APIResponse(responseCode = "200", description = "Withdrawn", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") TransferReason body) {
        return withETag(service.withdraw(id, ifMatch, body));
    }

    @POST
    @Path("/{id}/reissue")
    @Operation(operationId = "reissueTransferLetter", summary = "重开介绍信 (e.g. after it expired)",
            description = "ISSUED stays ISSUED with a new current letter; the old one is kept, superseded. By the approving "
                    + "committee (INTERNAL, OUTGOING) or the receiver recording a new incoming letter (INCOMING).")
    @APIResponse(responseCode = "200", description = "Reissued", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response reissue(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") LetterReissue body) {
        return withETag(service.reissue(id, ifMatch, body));
    }

    private static Response withETag(TransferView view) {
        return Response.ok(view).header("ETag", ETags.of(view.version())).build();
    }
}
