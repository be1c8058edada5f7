package org.branchbook.meeting;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.branchbook.common.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 三会一课 compliance of an organization and of its subtree: {@code /api/v1/organizations/{id}/meeting-compliance}. */
@Path("/organizations/{id}/meeting-compliance")
@Tag(name = "Meetings")
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceResource {

    private final ComplianceService compliance;

    public ComplianceResource(ComplianceService compliance) {
        this.compliance = compliance;
    }

    @GET
    @Operation(operationId = "getMeetingCompliance", summary = "三会一课 compliance of one organization for a year",
            description = "Each requirement that applies in each of its periods (months, quarters, the year; Asia/Shanghai): "
                    + "required, held, MET / MISSING / OPEN / FUTURE. Default year: this one.")
    @APIResponse(responseCode = "200", description = "The compliance", content = @Content(schema = @Schema(implementation = ComplianceView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ComplianceView get(@PathParam("id") UUID id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @QueryParam("year") String year) {
        return compliance.compliance(id, year(year));
    }

    @GET
    @Path("/subtree")
    @Operation(operationId = "getSubtreeMeetingCompliance", summary = "Organization × month for everything below (the dashboard's matrix)")
    @APIResponse(responseCode = "200", description = "The matrix", content = @Content(schema = @Schema(implementation = ComplianceMatrix.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ComplianceMatrix subtree(@PathParam("id") UUID id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @QueryParam("year") String year) {
        return compliance.matrix(id, year(year));
    }

    private static int year(String raw) {
        return Params.year("year", raw, java.time.LocalDate.now(org.branchbook.common.Periods.ZONE).getYear());
    }
}
