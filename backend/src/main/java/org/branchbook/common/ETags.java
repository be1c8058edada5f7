package org.branchbook.common;

/**
 * Optimistic concurrency over HTTP: an entity's version becomes its ETag, and an update must
 * carry it back in {@code If-Match}. A missing header is 428, a stale one 412.
 */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** A 200 with the body and its ETag. */
    public static jakarta.ws.rs.core.Response ok(Object body, long version) {
        return jakarta.ws.rs.core.Response.ok(body).header("ETag", of(version)).build();
    }

    /** Checks {@code If-Match} against the current version; {@code *} matches any. */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.preconditionRequired();
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (!tag.startsWith("\"")) {
                tag = "\"" + tag + "\""; // tolerate an unquoted version number
            }
            if (tag.equals("\"*\"") || tag.equals(current)) {
                return;
            }
        }
        throw ApiException.preconditionFailed();
    }
}
