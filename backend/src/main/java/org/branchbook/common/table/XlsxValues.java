package org.branchbook.common.table;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * How SpreadsheetML cell values read as the text a user sees in Excel: numbers at Excel's 15 significant
 * digits without exponent, serial numbers in a date format as ISO dates, and the {@code _xHHHH_} escapes.
 */
final class XlsxValues {

    /** Excel shows (and keeps) at most 15 significant digits. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);
    /** 9999-12-31, the last date Excel has. */
    private static final double LAST_SERIAL = 2_958_466;
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 31);

    private XlsxValues() {}

    /**
     * Whether a cell style's number format shows dates or times. A custom formatCode decides when the
     * workbook defines one; otherwise the built-in ids: 14–22 and 45–47 everywhere, and 27–36 and
     * 50–58, which Excel in Chinese (and other East Asian) locales uses for 年月日 and 时分 formats.
     */
    static boolean isDateFormat(int numFmtId, String formatCode) {
        if (formatCode != null) {
            return isDateCode(formatCode);
        }
        return (numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 45 && numFmtId <= 47)
                || (numFmtId >= 27 && numFmtId <= 36) || (numFmtId >= 50 && numFmtId <= 58);
    }

    /** Whether a format code has a date or time token (d m y h s) outside quoted text, [brackets] and escapes. */
    static boolean isDateCode(String code) {
        int n = code.length();
        for (int i = 0; i < n; i++) {
            char c = code.charAt(i);
            switch (c) {
                case '"' -> {
                    int end = code.indexOf('"', i + 1);
                    i = end < 0 ? n : end;
                }
                case '\\', '_', '*' -> i++;
                case '[' -> {
                    int end = code.indexOf(']', i + 1);
                    String inside = code.substring(i + 1, end < 0 ? n : end);
                    // [h]:mm elapsed time is a time; [Red], [$-804], [>100] are not.
                    if (inside.matches("(?i)h+|m+|s+")) {
                        return true;
                    }
                    i = end < 0 ? n : end;
                }
                case 'd', 'D', 'm', 'M', 'y', 'Y', 'h', 'H', 's', 'S' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** A numeric cell as Excel's General format shows it: 15 significant digits, no exponent ("13800138000"). */
    static String number(String raw) {
        String s = raw.strip();
        BigDecimal d;
        try {
            d = new BigDecimal(s);
        } catch (NumberFormatException e) {
            return s;
        }
        if (d.signum() == 0) {
            return "0";
        }
        d = d.round(EXCEL_DIGITS).stripTrailingZeros();
        // Spelling out 1E+300 would be a 300-digit string nobody can use; keep the exponent there.
        if (d.scale() > 30 || d.scale() < -30) {
            return s;
        }
        return d.toPlainString();
    }

    /**
     * A serial date as ISO text: "yyyy-MM-dd", with " HH:mm" (":ss" when there are seconds) when it has a
     * time of day, just "HH:mm" for a pure time; null when the number is no date Excel could show.
     */
    static String date(String raw, boolean date1904) {
        double serial;
        try {
            serial = Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
        if (!(serial >= 0 && serial < LAST_SERIAL)) {
            return null;
        }
        long days = (long) Math.floor(serial);
        long seconds = Math.round((serial - days) * 86_400);
        if (seconds == 86_400) {
            days++;
            seconds = 0;
        }
        String time = seconds == 0 ? "" : clock(seconds);
        if (date1904) {
            return join(EPOCH_1904.plusDays(days), time);
        }
        if (days == 0) {
            return seconds == 0 ? null : time;
        }
        // Excel's 1900 system counts the nonexistent 1900-02-29 as day 60, so later days are one off.
        LocalDate date = days < 60 ? EPOCH_1900.plusDays(days) : EPOCH_1900.plusDays(days - 1);
        return join(date, time);
    }

    private static String join(LocalDate date, String time) {
        return time.isEmpty() ? date.toString() : date + " " + time;
    }

    private static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        String hm = (h < 10 ? "0" : "") + h + ":" + (m < 10 ? "0" : "") + m;
        return s == 0 ? hm : hm + ":" + (s < 10 ? "0" : "") + s;
    }

    /** Decodes the {@code _xHHHH_} escapes Excel writes for characters XML cannot hold (and for a literal "_x"). */
    static String unescape(String s) {
        int at = s.indexOf("_x");
        if (at < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (at >= 0) {
            if (isEscape(s, at)) {
                out.append(s, i, at).append((char) Integer.parseInt(s.substring(at + 2, at + 6), 16));
                i = at + 7;
                at = s.indexOf("_x", i);
            } else {
                at = s.indexOf("_x", at + 1);
            }
        }
        return out.append(s, i, s.length()).toString();
    }

    /** Whether s holds an escape "_xHHHH_" at i. */
    static boolean isEscape(CharSequence s, int i) {
        if (i + 7 > s.length() || s.charAt(i) != '_' || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
