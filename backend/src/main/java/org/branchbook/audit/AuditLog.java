package org.branchbook.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.branchbook.access.Caller;
import org.branchbook.common.Periods;
import org.branchbook.common.RequestIds;
import org.jboss.logging.MDC;

/**
 * Writes the audit trail. {@link #record} joins the caller's transaction, so a write and its audit
 * row commit or roll back together (a rejected request leaves none).
 */
@ApplicationScoped
public class AuditLog {

    private final Caller caller;
    private final ObjectMapper json;

    public AuditLog(Caller caller, ObjectMapper json) {
        this.caller = caller;
        this.json = json;
    }

    /** Records a write by the current caller; {@code before} is null for a creation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String objectType, UUID objectId, String scopePath,
            Map<String, Object> before, Map<String, Object> after) {
        AuditEvent e = new AuditEvent();
        e.actorType = caller.kind() == null ? "SYSTEM" : caller.kind().name();
        e.actorId = caller.id();
        e.actorName = caller.name();
        fill(e, action, objectType, objectId, scopePath, diff(before, after));
        e.persist();
    }

    /**
     * Records a sign-in attempt, in the attempt's transaction (which commits for failures too; the
     * 401 is answered after it). Failures for unknown usernames have no scope: root callers see them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSignIn(boolean succeeded, UUID accountId, String username, String scopePath, String source) {
        AuditEvent e = new AuditEvent();
        e.actorType = accountId == null ? "ANONYMOUS" : "ACCOUNT";
        e.actorId = accountId;
        e.actorName = username.length() > 100 ? username.substring(0, 100) : username;
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("source", Map.of("after", source));
        fill(e, succeeded ? "session.sign-in" : "session.sign-in-failed", "account", accountId, scopePath, detail);
        e.persist();
    }

    private void fill(AuditEvent e, String action, String objectType, UUID objectId, String scopePath,
            Map<String, Object> changes) {
        e.at = Periods.now();
        e.action = action;
        e.objectType = objectType;
        e.objectId = objectId;
        e.scopePath = scopePath;
        e.changes = changes.isEmpty() ? null : write(changes);
        Object requestId = MDC.get(RequestIds.MDC_KEY);
        e.requestId = requestId == null ? null : requestId.toString();
    }

    /** The fields that differ, as {field: {before, after}}. */
    static Map<String, Object> diff(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> b = before == null ? Map.of() : before;
        Map<String, Object> a = after == null ? Map.of() : after;
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(b.keySet());
        keys.addAll(a.keySet());
        for (String key : keys) {
            Object was = b.get(key);
            Object now = a.get(key);
            if (!Objects.equals(String.valueOf(was), String.valueOf(now))) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("before", was);
                change.put("after", now);
                out.put(key, change);
            }
        }
        return out;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
