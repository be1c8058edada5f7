package org.branchbook.meeting;

import org.branchbook.common.Periods;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.branchbook.common.Downloads;
import org.branchbook.common.ETags;
import org.branchbook.common.Idempotency;
import org.branchbook.common.Params;
import org.branchbook.common.table.TableFormat;
import org.branchbook.organization.OrgRef;
import org.branchbook.organization.Organization;
import org.branchbook.organization.OrganizationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP API of the 组织生活记实簿: {@code /api/v1/meetings} — records, attendance, attachments, reminders, books. */
@Path("/meetings")
@Tag(name = "Meetings", description = "三会一课 and organizational life: meeting records, attendance, quorum, attachments, reminders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MeetingService meetings;
    private final AttachmentService attachments;
    private final ComplianceService compliance;
    private final OrganizationService organizations;
    private final Idempotency idempotency;

    public MeetingResource(MeetingService meetings, AttachmentService attachments, ComplianceService compliance,
            OrganizationService organizations, Idempotency idempotency) {
        this.meetings = meetings;
        this.attachments = attachments;
        this.compliance = compliance;
        this.organizations = organizations;
        this.idempotency = idempotency;
    }

    /** The attendees a new meeting would expect. */
    @Schema(name = "ExpectedAttendees")
    public record Expected(@Schema(required = true) List<MeetingView.Attendee> items) {}

    @GET
    @Operation(operationId = "listMeetings", summary = "Meetings below an organization (the calendar)",
            description = "Planned, held and cancelled meetings of the organization and everything below it, by start time; "
                    + "from/to are days in Asia/Shanghai.")
    @APIResponse(responseCode = "200", description = "A page of meetings", content = @Content(schema = @Schema(implementation = MeetingPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public MeetingPage list(
            @Parameter(description = "Below this organization (default: the caller's)", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(description = "Starting on or after this day", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Starting on or before this day", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(schema = @Schema(implementation = Meeting.State.class)) @QueryParam("state") String state,
            @Parameter(schema = @Schema(implementation = MeetingType.class)) @QueryParam("type") String type,
            @Parameter(description = "Page size, 1–500 (default 50)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500")) @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return meetings.list(Params.uuid("organizationId", organizationId), Params.date("from", from), Params.date("to", to),
                Params.enumValue(Meeting.State.class, "state", state), Params.enumValue(MeetingType.class, "type", type),
                Params.integer("limit", limit), cursor);
    }

    @POST
    @Operation(operationId = "createMeeting", summary = "Plan a meeting, or record one that was held",
            description = "Without attendees, the organization's members on that day are expected (the 支委 for a 支委会, the "
                    + "group for a 党小组会). A held meeting records everyone as PRESENT, LEAVE or ABSENT (with reasons); one "
                    + "that votes without its quorum is refused (422 quorum-not-met). Idempotency-Key makes retries safe.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body create once") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") MeetingInput body) {
        return idempotency.create("createMeeting", idempotencyKey, body, () -> {
            MeetingView created = meetings.create(body);
            return new Idempotency.Created(URI.create("/api/v1/meetings/" + created.id()), ETags.of(created.version()), created);
        });
    }

    @GET
    @Path("/expected-attendees")
    @Operation(operationId = "getExpectedAttendees", summary = "Who a meeting of an organization on a day would expect")
    @APIResponse(responseCode = "200", description = "The attendees", content = @Content(schema = @Schema(implementation = Expected.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Expected expected(
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(description = "The 党小组 of a 党小组会", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("groupId") String groupId,
            @Parameter(description = "Meeting types, comma-separated", schema = @Schema(type = SchemaType.STRING)) @QueryParam("types") List<String> types,
            @Parameter(description = "The day (default today)", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("date") String date) {
        Organization org = organizations.require(Params.requiredUuid("organizationId", organizationId));
        UUID group = Params.uuid("groupId", groupId);
        Set<MeetingType> t = Params.enumSet(MeetingType.class, "types", types);
        LocalDate day = Params.date("date", date);
        return new Expected(meetings.expected(org, group == null ? null : organizations.require(group), t,
                day == null ? LocalDate.now(Periods.ZONE) : day));
    }

    @GET
    @Path("/reminders")
    @Operation(operationId = "getMeetingReminders", summary = "What is due this period and what was missed, per organization")
    @APIResponse(responseCode = "200", description = "The reminders", content = @Content(schema = @Schema(implementation = Reminders.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Reminders reminders(
            @Parameter(description = "Below this organization (default: the caller's)", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId) {
        return compliance.reminders(Params.uuid("organizationId", organizationId));
    }

    @GET
    @Path("/attendance")
    @Operation(operationId = "getMeetingAttendance", summary = "Attendance per member over a period, with the flags",
            description = "From/to default to this year so far. belowThreshold: under 80% registered / 50% 在职党员报到 "
                    + "(meetings.*-min-percent); inactive: no organizational life for 6 months; duesFlagged: also 6 months of dues unpaid.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = AttendanceReport.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AttendanceReport attendance(
            @Parameter(description = "Below this organization (default: the caller's)", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to) {
        return compliance.attendance(Params.uuid("organizationId", organizationId), Params.date("from", from), Params.date("to", to));
    }

    @GET
    @Path("/attendance/export")
    @Produces({XLSX, "text/csv", MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportMeetingAttendance", summary = "The attendance report as XLSX (default) or CSV")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response exportAttendance(
            @Parameter(description = "Below this organization (default: the caller's)", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "XLSX (default) or CSV", schema = @Schema(implementation = TableFormat.class)) @QueryParam("format") String format) {
        TableFormat f = format(format);
        AttendanceReport r = compliance.attendance(Params.uuid("organizationId", organizationId), Params.date("from", from), Params.date("to", to));
        return Downloads.file(out -> MeetingDocuments.attendance(r, f, out), f, "attendance", "出勤统计" + r.from() + "至" + r.to());
    }

    @GET
    @Path("/book")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Operation(operationId = "printMeetingBook", summary = "组织生活记实簿 of an organization for a year, as an A4 page")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response printBook(
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @QueryParam("year") String year) {
        Book b = book(organizationId, year);
        return Response.ok(MeetingDocuments.bookHtml(b.org(), b.year(), b.meetings()), MediaType.TEXT_HTML + ";charset=utf-8")
                .header("Cache-Control", "no-store").header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .build();
    }

    @GET
    @Path("/book/export")
    @Produces({XLSX, "text/csv", MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportMeetingBook", summary = "组织生活记实簿 of an organization for a year as XLSX (default) or CSV")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response exportBook(
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organizationId") String organizationId,
            @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100")) @QueryParam("year") String year,
            @Parameter(description = "XLSX (default) or CSV", schema = @Schema(implementation = TableFormat.class)) @QueryParam("format") String format) {
        TableFormat f = format(format);
        Book b = book(organizationId, year);
        return Downloads.file(out -> MeetingDocuments.book(b.org().name(), b.year(), b.meetings(), f, out), f, "meetings",
                b.org().name() + b.year() + "年组织生活记实簿");
    }

    private record Book(OrgRef org, int year, List<MeetingView> meetings) {}

    private Book book(String organizationId, String year) {
        UUID id = Params.requiredUuid("organizationId", organizationId);
        int y = Params.year("year", year, null);
        Organization o = organizations.require(id);
        return new Book(OrgRef.of(o), y, meetings.book(o, y));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMeeting", summary = "One meeting with its record")
    @APIResponse(responseCode = "200", description = "The meeting", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        MeetingView v = meetings.get(id);
        return ETags.ok(v, v.version());
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateMeeting", summary = "Edit a meeting, or record a planned one as held",
            description = "Send the whole meeting with If-Match. PLANNED → HELD completes the record; HELD stays HELD.")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") MeetingInput body) {
        MeetingView v = meetings.update(id, ifMatch, body);
        return ETags.ok(v, v.version());
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelMeeting", summary = "Cancel a planned meeting, with the reason")
    @APIResponse(responseCode = "200", description = "Cancelled", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "请求体不能为空") CancelInput body) {
        MeetingView v = meetings.cancel(id, ifMatch, body);
        return ETags.ok(v, v.version());
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "addMeetingAttachment", summary = "Attach a photo, a sign-in sheet or a PDF",
            description = "The body is the file (`curl --data-binary @photo.jpg -H 'Content-Type: image/jpeg'`); only JPEG, PNG "
                    + "and PDF, recognized by content, up to meetings.attachment-max-size (5 MB).")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Attached", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MeetingView.Attachment.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response attach(@PathParam("id") UUID id,
            @Parameter(description = "The file's name, shown on download") @QueryParam("fileName") String fileName,
            byte[] body) {
        return Response.status(201).type(MediaType.APPLICATION_JSON).entity(attachments.add(id, fileName, body)).build();
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getMeetingAttachment", summary = "Download an attachment")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        MeetingAttachment a = attachments.get(id, attachmentId);
        String encoded = URLEncoder.encode(a.fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(a.content, a.contentType)
                .header("Content-Disposition", "attachment; filename=\"attachment\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @DELETE
    @Path("/{id}/attachments/{attachmentId}")
    @Operation(operationId = "deleteMeetingAttachment", summary = "Remove an attachment (audited)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response deleteAttachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        attachments.delete(id, attachmentId);
        return Response.noContent().build();
    }

    private static TableFormat format(String raw) {
        return Params.enumValue(TableFormat.class, "format", raw, TableFormat.XLSX);
    }
}
