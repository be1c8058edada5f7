package org.branchbook.member;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence (odd for
 * men, even for women) and a check character. Pure; the one place that validates and masks it.
 */
public final class IdNumber {

    /** 性别 as the sequence digit encodes it. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Gender", description = "MALE 男, FEMALE 女")
    public enum Gender { MALE, FEMALE }

    /** A valid number, normalized (ASCII digits, upper-case X), with what it encodes. */
    public record Parsed(String value, LocalDate birthDate, Gender gender) {}

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("\\d{17}[\\dX]");

    private IdNumber() {}

    /**
     * Parses a number as people type it (full-width digits, a lower-case x and surrounding spaces
     * are accepted) and checks it on {@code today}. Empty when it is not a valid number;
     * {@link #problem} says why.
     */
    public static Optional<Parsed> parse(String raw, LocalDate today) {
        return problem(raw, today) == null ? Optional.of(parsedUnchecked(normalize(raw))) : Optional.empty();
    }

    /** Why a number is invalid (in Chinese, for the person who typed it), or null when it is valid. */
    public static String problem(String raw, LocalDate today) {
        if (raw == null || raw.isBlank()) {
            return "身份证号不能为空";
        }
        String id = normalize(raw);
        if (!SHAPE.matcher(id).matches()) {
            return "身份证号应为18位：17位数字加1位数字或X";
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return "身份证号中的出生日期 " + id.substring(6, 14) + " 不是有效日期";
        }
        if (birth.isBefore(EARLIEST) || birth.isAfter(today)) {
            return "身份证号中的出生日期 " + birth + " 不在合理范围内";
        }
        if (checkChar(id) != id.charAt(17)) {
            return "身份证号校验位错误（按 GB 11643 应为 " + checkChar(id) + "）";
        }
        return null;
    }

    /** A valid number from its parts: 6-digit area code, birth date, 3-digit sequence (odd for men). */
    public static String compose(String area, LocalDate birthDate, int sequence) {
        String first17 = area + String.format("%04d%02d%02d%03d", birthDate.getYear(), birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), sequence);
        return first17 + checkChar(first17);
    }

    /** The GB 11643 check character of the first 17 digits. */
    static char checkChar(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** As shown to anyone without the reveal permission: {@code 110105********002X}. */
    public static String mask(String id) {
        if (id == null) {
            return null;
        }
        return id.length() == 18 ? id.substring(0, 6) + "********" + id.substring(14) : "*".repeat(id.length());
    }

    /** Full-width digits and a lower-case x as the stored form (NFKC, stripped, upper case). */
    public static String normalize(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toUpperCase();
    }

    private static Parsed parsedUnchecked(String id) {
        LocalDate birth = LocalDate.parse(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14));
        return new Parsed(id, birth, (id.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE);
    }
}
