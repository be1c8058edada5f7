package org.branchbook.dashboard;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.branchbook.common.Downloads;
import org.branchbook.common.Params;
import org.branchbook.common.table.TableFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The street dashboard (总览): {@code /api/v1/dashboard/...}, each for a subtree and a period. */
@Path("/dashboard")
@Tag(name = "Dashboard", description = "总览: the street dashboard — headline figures, gaps to fix, drill-down, heat map, dues trend, export")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String ORG = "The subtree's root (default: the caller's organization)";
    private static final String PERIOD = "2026-11 (month), 2026-Q4 (quarter) or 2026 (year), Asia/Shanghai; default: this "
            + "month. From January two years back to this year";

    private static final String PERIOD_PATTERN = "^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$";

    private final DashboardService dashboard;

    public DashboardResource(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @GET
    @Path("/overview")
    @Operation(operationId = "getDashboardOverview", summary = "Headline figures of a subtree for a period",
            description = "Organizations by type, members by status and category, probation due, dues collection, "
                    + "三会一课 held vs required, open and overdue transfers, terms to renew, and the gaps by kind.")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(schema = @Schema(implementation = DashboardOverview.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public DashboardOverview overview(
            @Parameter(description = ORG, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(description = PERIOD, schema = @Schema(type = SchemaType.STRING, pattern = PERIOD_PATTERN)) @QueryParam("period") String period) {
        View v = view(organizationId, period);
        return dashboard.overview(v.scope(), v.period());
    }

    @GET
    @Path("/gaps")
    @Operation(operationId = "listDashboardGaps", summary = "What needs fixing in a subtree, most urgent first",
            description = "Out-of-shape organizations, leadership and 换届, 三会一课 missed in the last closed period, members "
                    + "flagged for 6 months (dues, organizational life), dues arrears, probation overdue, overdue transfers. "
                    + "As of today: the list does not depend on a period.")
    @APIResponse(responseCode = "200", description = "The gaps", content = @Content(schema = @Schema(implementation = GapList.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public GapList gaps(
            @Parameter(description = ORG, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(description = "Only these kinds (repeat the parameter)") @QueryParam("kind") List<String> kinds,
            @Parameter(description = "At most this many items (default 50, at most 500)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500")) @QueryParam("limit") String limit) {
        var k = Params.enumSet(GapKind.class, "kind", kinds);
        Integer max = Params.integer("limit", limit);
        return dashboard.gaps(dashboard.scope(Params.uuid("organizationId", organizationId)), k, max);
    }

    @GET
    @Path("/breakdown")
    @Operation(operationId = "getDashboardBreakdown", summary = "The figures of each organization directly below: the drill-down")
    @APIResponse(responseCode = "200", description = "The rows", content = @Content(schema = @Schema(implementation = Breakdown.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Breakdown breakdown(
            @Parameter(description = ORG, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(description = PERIOD, schema = @Schema(type = SchemaType.STRING, pattern = PERIOD_PATTERN)) @QueryParam("period") String period) {
        View v = view(organizationId, period);
        return dashboard.breakdown(v.scope(), v.period());
    }

    @GET
    @Path("/meetings")
    @Operation(operationId = "getDashboardMeetingHeatmap", summary = "三会一课 by organization × month for the period's year")
    @APIResponse(responseCode = "200", description = "The heat map", content = @Content(schema = @Schema(implementation = MeetingHeatmap.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public MeetingHeatmap meetings(
            @Parameter(description = ORG, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(description = PERIOD, schema = @Schema(type = SchemaType.STRING, pattern = PERIOD_PATTERN)) @QueryParam("period") String period) {
        View v = view(organizationId, period);
        return dashboard.meetings(v.scope(), v.period());
    }

    @GET
    @Path("/dues-trend")
    @Operation(operationId = "getDashboardDuesTrend", summary = "Dues collection rate by month, for the subtree and each organization below")
    @APIResponse(responseCode = "200", description = "The trend", content = @Content(schema = @Schema(implementation = DuesTrend.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public DuesTrend duesTrend(
            @Parameter(description = ORG, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(description = PERIOD, schema = @Schema(type = SchemaType.STRING, pattern = PERIOD_PATTERN)) @QueryParam("period") String period) {
        View v = view(organizationId, period);
        return dashboard.duesTrend(v.scope(), v.period());
    }

    @GET
    @Path("/export")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportDashboard", summary = "The overview as an XLSX workbook for the committee's meeting",
            description = "Sheets: 概况, 待整改事项 (all of them), 下级组织, 三会一课, 党费收缴率.")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response export(
            @Parameter(description = ORG, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(description = PERIOD, schema = @Schema(type = SchemaType.STRING, pattern = PERIOD_PATTERN)) @QueryParam("period") String period) {
        DashboardDocuments.Report r = report(organizationId, period, DashboardService.ALL);
        return Downloads.file(out -> DashboardDocuments.xlsx(r, out), TableFormat.XLSX, "dashboard-" + r.overview().period().label(),
                r.overview().organization().name() + "党建工作总览" + r.overview().period().label());
    }

    @GET
    @Path("/print")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Operation(operationId = "printDashboard", summary = "The overview as an A4 page to print")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response print(
            @Parameter(description = ORG, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(description = PERIOD, schema = @Schema(type = SchemaType.STRING, pattern = PERIOD_PATTERN)) @QueryParam("period") String period) {
        DashboardDocuments.Report r = report(organizationId, period, 200);
        return Response.ok(DashboardDocuments.html(r), MediaType.TEXT_HTML + ";charset=utf-8")
                .header("Cache-Control", "no-store").header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .build();
    }

    private DashboardDocuments.Report report(String organizationId, String period, int gapLimit) {
        View v = view(organizationId, period);
        return new DashboardDocuments.Report(dashboard.overview(v.scope(), v.period()),
                dashboard.gaps(v.scope(), java.util.Set.of(), gapLimit), dashboard.breakdown(v.scope(), v.period()),
                dashboard.meetings(v.scope(), v.period()), dashboard.duesTrend(v.scope(), v.period()));
    }

    private record View(DashboardService.Scope scope, DashboardPeriod period) {}

    /** The period first (a bad one is 400 before anything is refreshed), then the subtree with its facts up to date. */
    private View view(String organizationId, String period) {
        DashboardPeriod p = dashboard.period(period);
        return new View(dashboard.scope(Params.uuid("organizationId", organizationId)), p);
    }
}
