package org.branchbook.member;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Contact phone numbers (mobile or landline): the one place that checks and masks them. Pure. */
public final class PhoneNumber {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SHAPE = Pattern.compile("\\+?[0-9][0-9-]{5,24}");

    private PhoneNumber() {}

    /** As stored: full-width digits folded, spaces dropped; blank is null. */
    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return SPACES.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll("");
    }

    /** Why a (normalized) number is not a phone number, or null when it looks like one. */
    public static String problem(String normalized) {
        if (normalized == null || SHAPE.matcher(normalized).matches()) {
            return null;
        }
        return "联系电话应为手机号或座机号（数字，可含区号连字符和开头的 +）";
    }

    /** As shown without the reveal permission: {@code 138****5678}; short numbers keep only the last 2. */
    public static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() >= 11) {
            return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
        }
        return "*".repeat(Math.max(0, phone.length() - 2)) + phone.substring(Math.max(0, phone.length() - 2));
    }
}
