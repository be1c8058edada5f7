package org.branchbook.dues;

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
import org.branchbook.common.table.TableFormat;
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

/** HTTP API of 党费: {@code /api/v1/dues/...} — standards (核定), the ledger, arrears and the register. */
@Path("/dues")
@Tag(name = "Dues", description = "党费: standards from the 2008 table, the append-only ledger, arrears, the branch register")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DuesResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final StandardService standards;
    private final PaymentService payments;
    private final DuesReports reports;
    private final DuesAccounts accounts;
    private final BaseImportService imports;
    private final Idempotency idempotency;

    public DuesResource(StandardService standards, PaymentService payments, DuesReports reports, DuesAccounts accounts,
            BaseImportService imports, Idempotency idempotency) {
        this.standards = standards;
        this.payments = payments;
        this.reports = reports;
        this.accounts = accounts;
        this.imports = imports;
        this.idempotency = idempotency;
    }

    @POST
    @Path("/bases")
    @Operation(operationId = "setDuesBase", summary = "Set a member's income base and category from a month (核定)",
            description = "The table in force gives the monthly amount: in work 0.5% up to 3000 元, 1% up to 5000, 1.5% up to "
                    + "10000, 2% above (of the whole base, bounds inclusive); retirees 0.5% up to 5000, 1% above; students, "
                    + "下岗失业 and 低保 0.2 元; farmers 0.2–1 元 as set. Setting it again for the same month replaces the base; "
                    + "an amount adjusted by hand stays. Audited.")
    @APIResponse(responseCode = "200", description = "The standard", content = @Content(schema = @Schema(implementation = StandardView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public StandardView setBase(@Valid @NotNull(message = "请求体不能为空") DuesBaseInput body) {
        return standards.setBase(body);
    }

    @GET
    @Path("/standards")
    @Operation(operationId = "listDuesStandards", summary = "The year's standards below an organization, for review",
            description = "Every member on the roster below organizationId, by name, with the standards that apply in the year; "
                    + "`missing` marks members whose base is still to be set.")
    @APIResponse(responseCode = "200", description = "A page of members", content = @Content(schema = @Schema(implementation = StandardReview.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public StandardReview review(
            @Parameter(required = true, description = "The organization (its whole subtree)", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @QueryParam("year") String year,
            @Parameter(description = "Page size, 1–500 (default 50)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500")) @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return standards.review(requiredOrg(organizationId), year(year), Params.integer("limit", limit), cursor);
    }

    @POST
    @Path("/standards/compute")
    @Operation(operationId = "computeDuesStandards", summary = "Recompute a year's standards below an organization",
            description = "With the table in force (adjusted amounts stay); members in a fixed-amount category (下岗失业) "
                    + "without a standard get one from January. Reports how many members still need a base.")
    @APIResponse(responseCode = "200", description = "What changed", content = @Content(schema = @Schema(implementation = StandardComputation.Result.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public StandardComputation.Result compute(@Valid @NotNull(message = "请求体不能为空") StandardComputation body) {
        return standards.compute(body);
    }

    @POST
    @Path("/standards/{id}/adjust")
    @Operation(operationId = "adjustDuesStandard", summary = "少交, 免交 or another amount by hand (audited)",
            description = "REDUCED and EXEMPT need the upper committee's approval reference (文号); every adjustment a reason. "
                    + "NONE returns to the table's amount.")
    @APIResponse(responseCode = "200", description = "The standard", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = StandardView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response adjust(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") StandardAdjustmentInput body) {
        StandardView v = standards.adjust(id, ifMatch, body);
        return ETags.ok(v, v.version());
    }

    @POST
    @Path("/payments")
    @Operation(operationId = "recordDuesPayment", summary = "Record a payment (交纳党费)",
            description = "REGULAR covers months (a month, a quarter in advance, or up to 6 months back); months already paid "
                    + "are 409; an amount other than the standards' sum needs a reason. VOLUNTARY: 自愿多交. The ledger is "
                    + "append-only. Send Idempotency-Key so a retry records once.")
    @APIResponse(responseCode = "201", description = "Recorded", headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response pay(
            @Parameter(description = "Makes retries safe: the same key and body record once") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") PaymentInput body) {
        return idempotency.create("recordDuesPayment", idempotencyKey, body, () -> {
            PaymentView p = payments.pay(body);
            return new Idempotency.Created(URI.create("/api/v1/dues/payments?memberId=" + p.member().id()), null, p);
        });
    }

    @GET
    @Path("/payments")
    @Operation(operationId = "listDuesPayments", summary = "The ledger (党费收缴使用账簿 entries), newest first")
    @APIResponse(responseCode = "200", description = "A page of entries", content = @Content(schema = @Schema(implementation = PaymentPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PaymentPage ledger(
            @Parameter(description = "Below this organization (default: the caller's)", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(description = "Only this member", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("memberId") String memberId,
            @Parameter(description = "Paid in this year", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @QueryParam("year") String year,
            @Parameter(description = "Page size, 1–500 (default 50)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500")) @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return payments.ledger(Params.uuid("organizationId", organizationId), Params.uuid("memberId", memberId),
                year == null ? null : year(year), Params.integer("limit", limit), cursor);
    }

    @POST
    @Path("/payments/{id}/reverse")
    @Operation(operationId = "reverseDuesPayment", summary = "冲销: reverse an entry with a reason",
            description = "Adds an entry that cancels the original (which stays); its months count as unpaid again.")
    @APIResponse(responseCode = "200", description = "The reversal entry", content = @Content(schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public PaymentView reverse(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体不能为空") ReversalInput body) {
        return payments.reverse(id, body);
    }

    @GET
    @Path("/arrears")
    @Operation(operationId = "getDuesArrears", summary = "Members who owe dues, flagged first",
            description = "Below organizationId (default: the caller's): months owed (ended, due, unpaid), the amount, the longest "
                    + "unbroken run; WARNING from 3 months owed, FLAG at 6 in a row (possible 自行脱党, for the branch meeting).")
    @APIResponse(responseCode = "200", description = "The arrears", content = @Content(schema = @Schema(implementation = ArrearsReport.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ArrearsReport arrears(
            @Parameter(description = "Below this organization (default: the caller's)", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId) {
        return reports.arrears(Params.uuid("organizationId", organizationId));
    }

    @GET
    @Path("/register")
    @Operation(operationId = "getDuesRegister", summary = "党支部党费收缴情况登记表: a branch's members × months of a year")
    @APIResponse(responseCode = "200", description = "The register", content = @Content(schema = @Schema(implementation = RegisterView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RegisterView register(
            @Parameter(required = true, description = "The branch", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @QueryParam("year") String year) {
        return reports.register(requiredOrg(organizationId), year(year));
    }

    @POST
    @Path("/bases/import")
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM, "application/vnd.ms-excel"})
    @Operation(operationId = "importDuesBases", summary = "Set many bases from a CSV or XLSX file",
            description = "Columns 身份证号 (or 系统编号 from the member export), 姓名 (checked if given), 党费类别 (在职, 离退休, 学生, "
                    + "下岗失业, 低保, 救济, 农民), 月收入基数（元）, 开始月份 (YYYY-MM; or fromMonth for every row). CSV in UTF-8 or "
                    + "GBK, or XLSX. Every row is checked first; `dryRun=true` only reports; a real run writes all rows or, with "
                    + "any bad row, none (422 with the rows).")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BaseImportReport.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public BaseImportReport importBases(
            @Parameter(description = "Check and report only (default false)", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("dryRun") String dryRun,
            @Parameter(description = "开始月份 for rows without one (YYYY-MM)", schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$")) @QueryParam("fromMonth") String fromMonth,
            @jakarta.ws.rs.core.Context io.vertx.core.http.HttpServerRequest request) {
        return imports.run(org.branchbook.common.RequestBody.of(request), Params.bool("dryRun", dryRun, false),
                Params.month("fromMonth", fromMonth));
    }

    @GET
    @Path("/bases/import-template")
    @Produces({"text/csv", XLSX, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getDuesBaseImportTemplate", summary = "An empty base file with the column headers")
    @APIResponse(responseCode = "200", description = "The template", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response baseTemplate(
            @Parameter(description = "CSV (default) or XLSX", schema = @Schema(implementation = TableFormat.class)) @QueryParam("format") String format) {
        TableFormat f = format(format);
        return download(out -> {
            try (var w = org.branchbook.common.table.Tables.writer(f, out)) {
                w.sheet("党费基数", BaseImportService.HEADER);
            }
        }, f, "党费基数导入模板");
    }

    @POST
    @Path("/remittances")
    @Operation(operationId = "recordDuesRemittance", summary = "Record a remittance to the upper committee (上缴)")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = AccountEntryView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response remit(
            @Parameter(description = "Makes retries safe") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") RemittanceInput body) {
        return idempotency.create("recordDuesRemittance", idempotencyKey, body,
                () -> new Idempotency.Created(null, null, accounts.remit(body)));
    }

    @GET
    @Path("/remittances")
    @Operation(operationId = "listDuesRemittances", summary = "Remittances made below an organization in a year")
    @APIResponse(responseCode = "200", description = "The entries", content = @Content(schema = @Schema(implementation = AccountEntryPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AccountEntryPage remittances(
            @Parameter(description = "Below this organization (default: the caller's)", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @QueryParam("year") String year) {
        return accounts.remittances(Params.uuid("organizationId", organizationId), year(year));
    }

    @POST
    @Path("/remittances/{id}/reverse")
    @Operation(operationId = "reverseDuesRemittance", summary = "冲销 a remittance entry")
    @APIResponse(responseCode = "200", description = "The reversal entry", content = @Content(schema = @Schema(implementation = AccountEntryView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public AccountEntryView reverseRemittance(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体不能为空") ReversalInput body) {
        return accounts.reverseRemittance(id, body);
    }

    @POST
    @Path("/expenses")
    @Operation(operationId = "recordDuesExpense", summary = "Record a use of dues kept by an organization (党费使用)")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = AccountEntryView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response spend(
            @Parameter(description = "Makes retries safe") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") ExpenseInput body) {
        return idempotency.create("recordDuesExpense", idempotencyKey, body,
                () -> new Idempotency.Created(null, null, accounts.spend(body)));
    }

    @GET
    @Path("/expenses")
    @Operation(operationId = "listDuesExpenses", summary = "Uses of dues below an organization in a year")
    @APIResponse(responseCode = "200", description = "The entries", content = @Content(schema = @Schema(implementation = AccountEntryPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AccountEntryPage expenses(
            @Parameter(description = "Below this organization (default: the caller's)", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @QueryParam("year") String year) {
        return accounts.expenses(Params.uuid("organizationId", organizationId), year(year));
    }

    @POST
    @Path("/expenses/{id}/reverse")
    @Operation(operationId = "reverseDuesExpense", summary = "冲销 an expense entry")
    @APIResponse(responseCode = "200", description = "The reversal entry", content = @Content(schema = @Schema(implementation = AccountEntryView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public AccountEntryView reverseExpense(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体不能为空") ReversalInput body) {
        return accounts.reverseExpense(id, body);
    }

    @GET
    @Path("/balances")
    @Operation(operationId = "getDuesBalances", summary = "Each organization's dues account for a year",
            description = "Collected, received from below, remitted upward, spent, opening and closing balance, and what is "
                    + "still to remit (dues.remittance-percent of what it collected), for every organization of the subtree.")
    @APIResponse(responseCode = "200", description = "The balances", content = @Content(schema = @Schema(implementation = BalanceReport.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public BalanceReport balances(
            @Parameter(description = "The subtree (default: the caller's)", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @QueryParam("year") String year) {
        return accounts.balances(Params.uuid("organizationId", organizationId), year(year));
    }

    @GET
    @Path("/summary")
    @Operation(operationId = "getDuesSummary", summary = "Collection rate and arrears, for the subtree and each child's subtree")
    @APIResponse(responseCode = "200", description = "The roll-up", content = @Content(schema = @Schema(implementation = DuesSummary.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public DuesSummary summary(
            @Parameter(description = "The subtree (default: the caller's)", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @QueryParam("year") String year) {
        return reports.summary(Params.uuid("organizationId", organizationId), year(year));
    }

    @GET
    @Path("/disclosure")
    @Operation(operationId = "getDuesDisclosure", summary = "党费收缴使用情况公示 of an organization for a year")
    @APIResponse(responseCode = "200", description = "The disclosure", content = @Content(schema = @Schema(implementation = DisclosureView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public DisclosureView disclosure(
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @QueryParam("year") String year) {
        return accounts.disclosure(requiredOrg(organizationId), year(year));
    }

    @GET
    @Path("/disclosure/print")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Operation(operationId = "printDuesDisclosure", summary = "The disclosure as an A4 page to print and post")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response printDisclosure(
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @QueryParam("year") String year) {
        DisclosureView d = accounts.disclosure(requiredOrg(organizationId), year(year));
        return Response.ok(DuesDocuments.disclosureHtml(d), MediaType.TEXT_HTML + ";charset=utf-8")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/disclosure/export")
    @Produces({"text/csv", XLSX, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportDuesDisclosure", summary = "The disclosure as XLSX (default) or CSV")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response exportDisclosure(
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @QueryParam("year") String year,
            @Parameter(description = "XLSX (default) or CSV", schema = @Schema(implementation = TableFormat.class)) @QueryParam("format") String format) {
        TableFormat f = Params.enumValue(TableFormat.class, "format", format, TableFormat.XLSX);
        DisclosureView d = accounts.disclosure(requiredOrg(organizationId), year(year));
        return download(out -> DuesDocuments.disclosure(d, f, out), f, d.organization().name() + d.year() + "年党费收缴使用情况公示");
    }

    @GET
    @Path("/register/export")
    @Produces({"text/csv", XLSX, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportDuesRegister", summary = "党支部党费收缴情况登记表 as CSV (default) or XLSX")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response exportRegister(
            @Parameter(required = true, description = "The branch", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @QueryParam("year") String year,
            @Parameter(description = "CSV (default) or XLSX", schema = @Schema(implementation = TableFormat.class)) @QueryParam("format") String format) {
        TableFormat f = format(format);
        RegisterView r = reports.register(requiredOrg(organizationId), year(year));
        return download(out -> DuesDocuments.register(r, f, out), f, r.organization().name() + r.year() + "年党费收缴情况登记表");
    }

    @GET
    @Path("/book/export")
    @Produces({"text/csv", XLSX, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportDuesBook", summary = "党费收缴使用账簿 of an organization for a year, CSV (default) or XLSX",
            description = "Every entry of the organization's account in date order with the running balance, after the "
                    + "balance carried over from earlier years.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response exportBook(
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @QueryParam("year") String year,
            @Parameter(description = "CSV (default) or XLSX", schema = @Schema(implementation = TableFormat.class)) @QueryParam("format") String format) {
        TableFormat f = format(format);
        UUID org = requiredOrg(organizationId);
        int y = year(year);
        List<DuesAccounts.BookLine> lines = accounts.book(org, y);
        String name = reports.name(org);
        return download(out -> DuesDocuments.book(name, y, lines, f, out), f, name + y + "年党费收缴使用账簿");
    }

    private static TableFormat format(String raw) {
        return Params.enumValue(TableFormat.class, "format", raw, TableFormat.CSV);
    }

    private static Response download(jakarta.ws.rs.core.StreamingOutput body, TableFormat f, String fileName) {
        return org.branchbook.common.Downloads.file(body, f, "dues", fileName);
    }

    private static UUID requiredOrg(String raw) {
        return Params.requiredUuid("organizationId", raw);
    }

    private static int year(String raw) {
        return Params.year("year", raw, null);
    }
}
