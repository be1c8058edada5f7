package org.branchbook.common;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Parses query parameters so that a bad value is a 400 naming the parameter. (JAX-RS would turn a
 * failed conversion of a typed query parameter into a bare 404.) The OpenAPI schema of each
 * parameter is still declared with its real type.
 */
public final class Params {

    private Params() {}

    /** Free text for a query; U+0000 cannot reach PostgreSQL. */
    public static String text(String name, String raw) {
        if (raw != null && raw.indexOf('\u0000') >= 0) {
            throw ApiException.badRequest(name, "不能包含 \\u0000 字符");
        }
        return raw;
    }

    /** Free text as stored: stripped, and null when blank. */
    public static String strippedOrNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A LIKE pattern ({@code escape '\\'}) matching values that contain {@code text} literally. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ApiException.badRequest(name, "不是有效的取值，可选：" + allowed);
        }
    }

    /** Enum codes from repeated and/or comma-separated query values ({@code ?state=A,B&state=C}); 400 on a bad one. */
    public static <E extends Enum<E>> java.util.EnumSet<E> enumSet(Class<E> type, String name, java.util.List<String> raw) {
        java.util.EnumSet<E> out = java.util.EnumSet.noneOf(type);
        if (raw != null) {
            for (String value : raw) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        out.add(enumValue(type, name, part.strip()));
                    }
                }
            }
        }
        return out;
    }

    public static UUID uuid(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            if (raw.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(name, "不是有效的 id（UUID）");
        }
    }

    public static Integer integer(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(raw);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name, "应为整数");
        }
    }

    public static boolean bool(String name, String raw, boolean fallback) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        return switch (raw) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badRequest(name, "应为 true 或 false");
        };
    }

    /** A required id; 400 naming the parameter when absent or malformed. */
    public static UUID requiredUuid(String name, String raw) {
        UUID id = uuid(name, raw);
        if (id == null) {
            throw ApiException.badRequest(name, "不能为空");
        }
        return id;
    }

    /** A day as {@code YYYY-MM-DD}, or null when absent. */
    public static java.time.LocalDate date(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(raw);
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.badRequest(name, "应为日期，格式 YYYY-MM-DD");
        }
    }

    /** A month as {@code YYYY-MM}, or null when absent. */
    public static java.time.YearMonth month(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return java.time.YearMonth.parse(raw);
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.badRequest(name, "应为年月，格式 YYYY-MM");
        }
    }

    /** A book year, 2000–2100; {@code fallback} when absent (null fallback: the year is required). */
    public static int year(String name, String raw, Integer fallback) {
        Integer y = integer(name, raw);
        if (y == null && fallback != null) {
            return fallback;
        }
        if (y == null || y < 2000 || y > 2100) {
            throw ApiException.badRequest(name, "年份应在2000至2100之间");
        }
        return y;
    }

    /** An enum code, or {@code fallback} when absent. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String raw, E fallback) {
        E value = enumValue(type, name, raw);
        return value == null ? fallback : value;
    }
}
