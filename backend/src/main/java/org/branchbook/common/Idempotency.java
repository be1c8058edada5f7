package org.branchbook.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} for creates: the same key with the same body replays the first response
 * and writes nothing; the same key with another body is refused (422).
 *
 * <p>The key is claimed in the same transaction as the write, so a failed write frees the key, and
 * a concurrent retry waits on the claim and then replays the committed answer.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern SANE = Pattern.compile("[\\x21-\\x7e]{1,200}");

    /** What a create produced, enough to answer it again. */
    public record Created(URI location, String etag, Object body) {}

    private final EntityManager em;
    private final ObjectMapper json;

    public Idempotency(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Transactional
    public Response create(String operation, String key, Object request, Supplier<Created> action) {
        return once(operation, key, request, 201, action);
    }

    /**
     * An action whose retry must not repeat it (e.g. accepting a transfer that registers a member): answered
     * 200, and replayed like a create. {@code operation} should name the resource (e.g. include its id).
     */
    @Transactional
    public Response act(String operation, String key, Object request, Supplier<Created> action) {
        return once(operation, key, request, 200, action);
    }

    private Response once(String operation, String key, Object request, int status, Supplier<Created> action) {
        if (key == null) {
            return toResponse(status, action.get());
        }
        requireSane(key);
        String hash = sha256(write(request));
        if (!claim(operation, key, hash)) {
            return replay(operation, key, hash);
        }
        Created created = action.get();
        em.createNativeQuery("""
                update idempotency_record set status = :status, location = :location, etag = :etag, body = :body
                where operation = :op and idempotency_key = :key""")
                .setParameter("status", status)
                .setParameter("location", created.location() == null ? null : created.location().toString())
                .setParameter("etag", created.etag())
                .setParameter("body", write(created.body()))
                .setParameter("op", operation).setParameter("key", key)
                .executeUpdate();
        return toResponse(status, created);
    }

    /**
     * Claims a key for a request whose body is known only once it has been streamed (an upload):
     * true when this request holds the key now (finish with {@link #complete} or {@link #release}
     * in the same transaction); false when another request used it, to be answered by {@link #replay}
     * with the hash of this request's body. A concurrent holder makes this wait until it ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claimStreamed(String operation, String key) {
        requireSane(key);
        return claim(operation, key, "");
    }

    /** Records the answer to a streamed request that holds its key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String operation, String key, String requestHash, int status, Object body) {
        em.createNativeQuery("""
                update idempotency_record set request_hash = :hash, status = :status, body = :body
                where operation = :op and idempotency_key = :key""")
                .setParameter("hash", requestHash).setParameter("status", status).setParameter("body", write(body))
                .setParameter("op", operation).setParameter("key", key)
                .executeUpdate();
    }

    /** Frees a key whose request wrote nothing, so that a corrected retry may use it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(String operation, String key) {
        em.createNativeQuery("delete from idempotency_record where operation = :op and idempotency_key = :key")
                .setParameter("op", operation).setParameter("key", key).executeUpdate();
    }

    private static void requireSane(String key) {
        if (!SANE.matcher(key).matches()) {
            throw ApiException.badRequest(HEADER, "Idempotency-Key 须为 1 到 200 个可见 ASCII 字符");
        }
    }

    private boolean claim(String operation, String key, String hash) {
        return em.createNativeQuery("""
                insert into idempotency_record (operation, idempotency_key, request_hash)
                values (:op, :key, :hash) on conflict do nothing""")
                .setParameter("op", operation).setParameter("key", key).setParameter("hash", hash)
                .executeUpdate() > 0;
    }

    /** The first answer given with this key, if hash is that of the first request's body; else 422. */
    public Response replay(String operation, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select request_hash, status, location, etag, body from idempotency_record
                where operation = :op and idempotency_key = :key""")
                .setParameter("op", operation).setParameter("key", key)
                .getResultList();
        if (rows.isEmpty() || rows.get(0)[1] == null) {
            throw ApiException.conflict("idempotency-in-progress", "使用该 Idempotency-Key 的请求仍在处理中，请稍后重试。");
        }
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw ApiException.unprocessable("idempotency-key-reused", HEADER,
                    "该 Idempotency-Key 已用于内容不同的请求；新的请求请使用新的 Key。");
        }
        Response.ResponseBuilder out = Response.status(((Number) row[1]).intValue())
                .type(MediaType.APPLICATION_JSON)
                .entity(row[4])
                .header("Idempotent-Replayed", "true");
        if (row[2] != null) {
            out.location(URI.create((String) row[2]));
        }
        if (row[3] != null) {
            out.header("ETag", row[3]);
        }
        return out.build();
    }

    private static Response toResponse(int status, Created created) {
        Response.ResponseBuilder out = Response.status(status).type(MediaType.APPLICATION_JSON).entity(created.body());
        if (created.location() != null) {
            out.location(created.location());
        }
        if (created.etag() != null) {
            out.header("ETag", created.etag());
        }
        return out.build();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
