package org.branchbook.member;

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
import java.util.List;
import java.util.UUID;
import org.branchbook.common.ApiException;
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

/** HTTP API of the roster: {@code /api/v1/members} (records, history and lifecycle actions). */
@Path("/members")
@Tag(name = "Members", description = "党员: the roster, membership history, lifecycle actions, import and export")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {

    /** A comma-separated list of statuses. */
    static final String STATUSES = "^(PROBATIONARY|FULL|DISQUALIFIED|LEFT|DECEASED|TRANSFERRED_OUT)(,(PROBATIONARY|FULL|DISQUALIFIED|LEFT|DECEASED|TRANSFERRED_OUT))*$";

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MemberService service;
    private final Idempotency idempotency;
    private final MemberImportService imports;
    private final MemberExportService exports;

    public MemberResource(MemberService service, Idempotency idempotency, MemberImportService imports,
            MemberExportService exports) {
        this.service = service;
        this.idempotency = idempotency;
        this.imports = imports;
        this.exports = exports;
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM, "application/vnd.ms-excel"})
    @Operation(operationId = "importMembers", summary = "Import members from CSV or XLSX (upsert by 身份证号)",
            description = "The body is the file itself (`curl -H 'Content-Type: text/csv' --data-binary @members.csv`). "
                    + "CSV in UTF-8 (with or without BOM) or GBK/GB18030, or XLSX; Chinese headers as in the export and the template. "
                    + "Members are matched by 身份证号 (or by 系统编号 when the number is masked) inside the caller's subtree: "
                    + "new ones are registered, existing ones updated. `dryRun=true` checks and reports without writing. "
                    + "A real run is all or nothing: with any bad row nothing is written and the answer is 422, whose "
                    + "`instance` is the report. Idempotency-Key makes a retried real run write once.")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "A dry run's report, or a real run that was applied",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberImportReport.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response importMembers(
            @Parameter(description = "Check and report only (default false)", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("dryRun") String dryRun,
            @Parameter(description = "Makes a retried real run write once") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @jakarta.ws.rs.core.Context io.vertx.core.http.HttpServerRequest request) {
        boolean dry = Params.bool("dryRun", dryRun, false);
        // the file is read from the connection as the import consumes it, never held whole in memory
        MemberImportService.Result result = imports.run(org.branchbook.common.RequestBody.of(request), dry, idempotencyKey);
        if (result.replay() != null) {
            return result.replay();
        }
        MemberImportReport report = result.report();
        if (result.rejected()) {
            throw ApiException.unprocessable("import-rejected",
                    "导入文件有 " + report.errorCount() + " 处错误，未写入任何数据。请按错误清单修改后重新导入（完整清单："
                            + report.errorsCsv() + "）。", report.errors()).at("/api/v1/member-imports/" + report.id());
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/import-template")
    @Produces({"text/csv", XLSX, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getMemberImportTemplate", summary = "An empty import file with the column headers",
            description = "The XLSX template has a second sheet explaining every column.")
    @APIResponse(responseCode = "200", description = "The template", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response template(
            @Parameter(description = "CSV (default) or XLSX", schema = @Schema(implementation = org.branchbook.common.table.TableFormat.class)) @QueryParam("format") String format) {
        org.branchbook.common.table.TableFormat f = tableFormat(format);
        jakarta.ws.rs.core.StreamingOutput body = out -> exports.template(out, f);
        return download(body, f, "党员导入模板." + f.extension());
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", XLSX, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportMembers", summary = "Export the 党员花名册 as CSV or XLSX",
            description = "Same filters as the list (status, category…); streamed, any size. The XLSX holds the basic roster and "
                    + "the 老党员, 流动党员 and 困难党员 rosters (seed 004 第二十八条) as sheets; a CSV holds one roster. "
                    + "身份证号 and phones are masked unless `reveal=true` (permission needed; audited). Cells a spreadsheet "
                    + "would run as formulas are neutralized in CSV. The file imports back unchanged.")
    @APIResponse(responseCode = "200", description = "The roster file", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response export(
            @Parameter(description = "CSV (default) or XLSX", schema = @Schema(implementation = org.branchbook.common.table.TableFormat.class)) @QueryParam("format") String format,
            @Parameter(description = "Which roster; default ALL for XLSX, BASIC for CSV", schema = @Schema(implementation = MemberExportService.Roster.class)) @QueryParam("roster") String roster,
            @Parameter(description = "Only this organization and everything below it", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(description = "Statuses to include, comma-separated; default PROBATIONARY,FULL", schema = @Schema(type = SchemaType.STRING, pattern = MemberResource.STATUSES)) @QueryParam("status") List<String> status,
            @Parameter(description = "Only members with this category flag", schema = @Schema(implementation = MemberCategory.class)) @QueryParam("category") String category,
            @Parameter(description = "在册 or 在职党员到社区报到", schema = @Schema(implementation = Registration.class)) @QueryParam("registration") String registration,
            @Parameter(description = "Only 流出 or 流入 members", schema = @Schema(implementation = Mobility.class)) @QueryParam("mobility") String mobility,
            @Parameter(description = "Aged at least", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "150")) @QueryParam("ageMin") String ageMin,
            @Parameter(description = "Aged at most", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "150")) @QueryParam("ageMax") String ageMax,
            @Parameter(description = "入党日期 on or after", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("joinedFrom") String joinedFrom,
            @Parameter(description = "入党日期 on or before", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("joinedTo") String joinedTo,
            @Parameter(description = "Part of the name, the last digits of the 身份证号, or part of the phone") @QueryParam("q") String q,
            @Parameter(description = "Show full 身份证号 and phone (needs the reveal permission; audited)", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("reveal") String reveal) {
        org.branchbook.common.table.TableFormat f = tableFormat(format);
        MemberExportService.Export export = exports.prepare(
                filter(organizationId, status, category, registration, mobility, ageMin, ageMax, joinedFrom, joinedTo, q,
                        null, null, null),
                f, Params.enumValue(MemberExportService.Roster.class, "roster", roster), Params.bool("reveal", reveal, false));
        return download(export.body(), f, export.fileName());
    }

    private static org.branchbook.common.table.TableFormat tableFormat(String raw) {
        return Params.enumValue(org.branchbook.common.table.TableFormat.class, "format", raw,
                org.branchbook.common.table.TableFormat.CSV);
    }

    /** A file download named in Chinese; members.csv or members.xlsx for clients that cannot read the name. */
    private static Response download(jakarta.ws.rs.core.StreamingOutput body, org.branchbook.common.table.TableFormat f,
            String fileName) {
        String base = fileName.endsWith("." + f.extension()) ? fileName.substring(0, fileName.length() - f.extension().length() - 1)
                : fileName;
        return org.branchbook.common.Downloads.file(body, f, "members", base);
    }

    @GET
    @Operation(operationId = "listMembers", summary = "Find members",
            description = "Members in the caller's subtree. Without `status`: members today (PROBATIONARY and FULL). "
                    + "`q` matches part of the name; digits match the end of the 身份证号 or part of the phone. "
                    + "`reveal=true` shows full 身份证号 and phones to callers allowed to (audited).")
    @APIResponse(responseCode = "200", description = "A page of members",
            content = @Content(schema = @Schema(implementation = MemberPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public MemberPage list(
            @Parameter(description = "Only this organization and everything below it", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(description = "Statuses to include, comma-separated (e.g. `LEFT,DECEASED`); default PROBATIONARY,FULL", schema = @Schema(type = SchemaType.STRING, pattern = MemberResource.STATUSES, examples = "PROBATIONARY,FULL")) @QueryParam("status") List<String> status,
            @Parameter(description = "Only members with this category flag", schema = @Schema(implementation = MemberCategory.class)) @QueryParam("category") String category,
            @Parameter(description = "在册 or 在职党员到社区报到", schema = @Schema(implementation = Registration.class)) @QueryParam("registration") String registration,
            @Parameter(description = "Only 流出 or 流入 members", schema = @Schema(implementation = Mobility.class)) @QueryParam("mobility") String mobility,
            @Parameter(description = "Aged at least (周岁, today)", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "150")) @QueryParam("ageMin") String ageMin,
            @Parameter(description = "Aged at most (周岁, today)", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "150")) @QueryParam("ageMax") String ageMax,
            @Parameter(description = "入党日期 on or after", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("joinedFrom") String joinedFrom,
            @Parameter(description = "入党日期 on or before", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("joinedTo") String joinedTo,
            @Parameter(description = "Part of the name, the last digits of the 身份证号, or part of the phone") @QueryParam("q") String q,
            @Parameter(description = "Order (default NAME, by pinyin)", schema = @Schema(implementation = MemberQueries.Sort.class)) @QueryParam("sort") String sort,
            @Parameter(description = "Page size, 1–500 (default 50)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500")) @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Show full 身份证号 and phone (needs the reveal permission; audited)", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("reveal") String reveal) {
        return service.list(filter(organizationId, status, category, registration, mobility, ageMin, ageMax,
                joinedFrom, joinedTo, q, sort, limit, cursor), Params.bool("reveal", reveal, false));
    }

    /** The list filter from query parameters, each bad value a 400 naming its parameter (shared with the export). */
    static MemberQueries.Filter filter(String organizationId, List<String> status, String category, String registration,
            String mobility, String ageMin, String ageMax, String joinedFrom, String joinedTo, String q, String sort,
            String limit, String cursor) {
        return new MemberQueries.Filter(Params.uuid("organizationId", organizationId),
                Params.enumSet(MemberStatus.class, "status", status),
                Params.enumValue(MemberCategory.class, "category", category),
                Params.enumValue(Registration.class, "registration", registration),
                Params.enumValue(Mobility.class, "mobility", mobility),
                Params.integer("ageMin", ageMin), Params.integer("ageMax", ageMax),
                Params.date("joinedFrom", joinedFrom), Params.date("joinedTo", joinedTo), Params.text("q", q),
                Params.enumValue(MemberQueries.Sort.class, "sort", sort), Params.integer("limit", limit), cursor);
    }


    @POST
    @Operation(operationId = "createMember", summary = "Register a member (登记入册)",
            description = "The member enters a branch (党支部 or 联合党支部) in the caller's subtree as PROBATIONARY or FULL. "
                    + "Send Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body create once") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") MemberCreate body) {
        return idempotency.create("createMember", idempotencyKey, body, () -> {
            MemberView created = service.create(body);
            return new Idempotency.Created(URI.create("/api/v1/members/" + created.id()), ETags.of(created.version()),
                    created);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMember", summary = "Get one member",
            description = "`reveal=true` shows the full 身份证号 and phone to callers allowed to; each reveal is audited.")
    @APIResponse(responseCode = "200", description = "The member",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id,
            @Parameter(description = "Show full 身份证号 and phone (needs the reveal permission; audited)", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("reveal") String reveal) {
        MemberView m = service.get(id, Params.bool("reveal", reveal, false));
        return ETags.ok(m, m.version());
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getMemberHistory", summary = "A member's branches over time and lifecycle actions")
    @APIResponse(responseCode = "200", description = "The history",
            content = @Content(schema = @Schema(implementation = MemberHistory.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public MemberHistory history(@PathParam("id") UUID id) {
        return service.history(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateMember", summary = "Edit a member's record",
            description = "Requires If-Match. Omit idNumber or phone to keep them. Status changes are lifecycle actions; "
                    + "a change of branch is a move.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of the last read", required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") MemberUpdate body) {
        MemberView m = service.update(id, ifMatch, body);
        return ETags.ok(m, m.version());
    }

    @POST
    @Path("/{id}/move")
    @Operation(operationId = "moveMember", summary = "Move a member to another branch in the caller's subtree",
            description = "Closes the current membership on effectiveOn and opens one in the new branch. If-Match is optional.")
    @APIResponse(responseCode = "200", description = "Moved",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response move(@PathParam("id") UUID id,
            @Parameter(description = "The ETag of the last read (optional)") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") MemberMove body) {
        MemberView m = service.move(id, ifMatch, body);
        return ETags.ok(m, m.version());
    }

    @POST
    @Path("/{id}/confirm")
    @Operation(operationId = "confirmMember", summary = "转正: a probationary member becomes a full member",
            description = "Only for PROBATIONARY members whose probation has ended; the full-membership date is the day the probation ended.")
    @APIResponse(responseCode = "200", description = "Done", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response confirm(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") LifecycleInput body) {
        return act(id, ifMatch, MemberAction.CONFIRMED, body);
    }

    @POST
    @Path("/{id}/extend-probation")
    @Operation(operationId = "extendProbation", summary = "延长预备期 by 1–12 months (once)",
            description = "Only for PROBATIONARY members whose probation has not been extended before.")
    @APIResponse(responseCode = "200", description = "Done", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response extendProbation(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") LifecycleInput body) {
        return act(id, ifMatch, MemberAction.PROBATION_EXTENDED, body);
    }

    @POST
    @Path("/{id}/cancel-probation")
    @Operation(operationId = "cancelProbation", summary = "取消预备资格",
            description = "Only for PROBATIONARY members. The member leaves the roster (status DISQUALIFIED).")
    @APIResponse(responseCode = "200", description = "Done", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response cancelProbation(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") LifecycleInput body) {
        return act(id, ifMatch, MemberAction.PROBATION_CANCELLED, body);
    }

    @POST
    @Path("/{id}/leave")
    @Operation(operationId = "recordLeaving", summary = "出党: 自行脱党, 除名 or 开除党籍",
            description = "For PROBATIONARY and FULL members; `kind` says which. The member leaves the roster (status LEFT).")
    @APIResponse(responseCode = "200", description = "Done", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response leave(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") LifecycleInput body) {
        return act(id, ifMatch, MemberAction.LEFT, body);
    }

    @POST
    @Path("/{id}/record-death")
    @Operation(operationId = "recordDeath", summary = "死亡: record a member's death",
            description = "For PROBATIONARY and FULL members; effectiveOn is the date of death.")
    @APIResponse(responseCode = "200", description = "Done", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response recordDeath(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") LifecycleInput body) {
        return act(id, ifMatch, MemberAction.DIED, body);
    }

    @POST
    @Path("/{id}/restore")
    @Operation(operationId = "restoreMembership", summary = "恢复党籍",
            description = "For members who LEFT; they return to the status they had, in their last branch.")
    @APIResponse(responseCode = "200", description = "Done", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response restore(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") LifecycleInput body) {
        return act(id, ifMatch, MemberAction.RESTORED, body);
    }

    private Response act(UUID id, String ifMatch, MemberAction action, LifecycleInput body) {
        MemberView m = service.act(id, ifMatch, action, body);
        return ETags.ok(m, m.version());
    }
}
