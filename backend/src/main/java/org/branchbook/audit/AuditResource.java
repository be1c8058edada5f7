package org.branchbook.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.branchbook.access.Allow;
import org.branchbook.access.Caller;
import org.branchbook.access.Role;
import org.branchbook.common.ApiException;
import org.branchbook.common.Cursor;
import org.branchbook.common.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reading the audit trail: {@code /api/v1/audit-events} (AUDITOR, STREET_ADMIN). There is no write API. */
@Path("/audit-events")
@Tag(name = "Audit", description = "The audit trail (read only)")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, AuditChange>> CHANGES =
            new com.fasterxml.jackson.core.type.TypeReference<>() {};

    private final EntityManager em;
    private final Caller caller;
    private final ObjectMapper json;

    public AuditResource(EntityManager em, Caller caller, ObjectMapper json) {
        this.em = em;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @Allow(roles = {Role.AUDITOR, Role.STREET_ADMIN})
    @Operation(operationId = "listAuditEvents", summary = "The audit trail of your subtree, newest first (AUDITOR, STREET_ADMIN)")
    @APIResponse(responseCode = "200", description = "A page of events",
            content = @Content(schema = @Schema(implementation = AuditEventPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public AuditEventPage list(
            @Parameter(description = "Only events about this object", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("objectId") String objectId,
            @Parameter(description = "Only events by this account or token", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("actorId") String actorId,
            @Parameter(description = "Only this action, e.g. organization.update") @QueryParam("action") String action,
            @Parameter(description = "From this instant (inclusive)", schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("from") String from,
            @Parameter(description = "Before this instant", schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("to") String to,
            @Parameter(description = "Page size, 1–500 (default 50)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500")) @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        int size = Cursor.limit(Params.integer("limit", limit));
        List<String> after = Cursor.decode(cursor, 1);
        // rows without a scope (sign-in failures for unknown usernames) belong to the root's people
        StringBuilder jpql = new StringBuilder(caller.atRoot()
                ? "from AuditEvent e where (e.scopePath like :scope or e.scopePath is null)"
                : "from AuditEvent e where e.scopePath like :scope");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", caller.scope());
        if (objectId != null && !objectId.isEmpty()) {
            jpql.append(" and e.objectId = :objectId");
            params.put("objectId", Params.uuid("objectId", objectId));
        }
        if (actorId != null && !actorId.isEmpty()) {
            jpql.append(" and e.actorId = :actorId");
            params.put("actorId", Params.uuid("actorId", actorId));
        }
        if (action != null && !action.isEmpty()) {
            jpql.append(" and e.action = :action");
            params.put("action", Params.text("action", action));
        }
        if (from != null && !from.isEmpty()) {
            jpql.append(" and e.at >= :from");
            params.put("from", instant("from", from));
        }
        if (to != null && !to.isEmpty()) {
            jpql.append(" and e.at < :to");
            params.put("to", instant("to", to));
        }
        if (!after.isEmpty()) {
            jpql.append(" and e.id < :after");
            try {
                params.put("after", Long.parseLong(after.get(0)));
            } catch (NumberFormatException e) {
                throw org.branchbook.common.Cursor.invalid();
            }
        }
        jpql.append(" order by e.id desc");
        TypedQuery<AuditEvent> query = em.createQuery(jpql.toString(), AuditEvent.class);
        params.forEach(query::setParameter);
        List<AuditEvent> rows = query.setMaxResults(size + 1).getResultList();
        Cursor.Page<AuditEvent> page = Cursor.page(rows, size, e -> String.valueOf(e.id));
        return new AuditEventPage(page.items().stream().map(this::view).toList(), page.nextCursor());
    }

    private AuditEventView view(AuditEvent e) {
        try {
            return new AuditEventView(e.id, e.at, e.actorType, e.actorId, e.actorName, e.action, e.objectType,
                    e.objectId, e.changes == null ? null : json.readValue(e.changes, CHANGES), e.requestId);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Unreadable audit changes in event " + e.id, ex);
        }
    }

    private static Instant instant(String name, String raw) {
        try {
            return java.time.OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name, "应为带时区的时间，如 2026-11-01T00:00:00+08:00");
        }
    }
}
