package org.branchbook.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset-pagination cursor: the sort key values of the last item of a page.
 * Clients pass it back untouched; a malformed one is a 400, never a 500.
 */
public final class Cursor {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    private static final char SEP = '\u001f';

    private Cursor() {}

    public static String encode(String... keys) {
        String joined = String.join(String.valueOf(SEP), keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** The key values of a cursor, or an empty list when none was given. */
    public static List<String> decode(String cursor, int expectedKeys) {
        if (cursor == null || cursor.isEmpty()) {
            return List.of();
        }
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> keys = List.of(joined.split(String.valueOf(SEP), -1));
            if (keys.size() != expectedKeys || joined.indexOf('\u0000') >= 0) {
                throw invalid();
            }
            return keys;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** One page cut from {@code limit + 1} rows: the items, and the cursor of the last when more follow. */
    public record Page<T>(List<T> items, String nextCursor) {}

    /** Cuts a page from a query run with {@code setMaxResults(limit + 1)}; {@code key} is the sort key of a row. */
    public static <T> Page<T> page(List<T> rows, int limit, java.util.function.Function<T, String> key) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(items, encode(key.apply(items.get(limit - 1))));
    }

    /** The page size to use: the default when absent, 400 outside 1..MAX_LIMIT. */
    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw ApiException.badRequest("limit", "取值范围为 1 到 " + MAX_LIMIT);
        }
        return requested;
    }

    /** The 400 for a cursor that is not one this server gave out. */
    public static ApiException invalid() {
        return ApiException.badRequest("cursor", "分页游标无效，请使用上一页响应中的 nextCursor");
    }
}
