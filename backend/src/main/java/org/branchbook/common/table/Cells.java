package org.branchbook.common.table;

/**
 * The spreadsheet formula-injection rule (OWASP "CSV injection") in one place: how exports neutralize
 * a cell that a spreadsheet would run as a formula, how imports recognize and undo that.
 */
public final class Cells {

    private Cells() {}

    /** Whether a spreadsheet could take a cell starting with c as a formula (or, for TAB and CR, hide one). */
    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /**
     * The cell with a leading {@code '} when it starts with = + - @ TAB or CR; null stays null. A cell that
     * already starts with quotes before such a character gets one more, so {@link #unneutralize} restores it.
     */
    public static String neutralize(String cell) {
        return cell != null && triggerAfterQuotes(cell) ? "'" + cell : cell;
    }

    /** Whether the stripped value starts with = + - or @, which an importer should refuse to store. */
    public static boolean looksLikeFormula(String cell) {
        if (cell == null) {
            return false;
        }
        String s = cell.strip();
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@';
    }

    /** Undoes {@link #neutralize}: drops one leading {@code '} when a trigger character follows the leading quotes. */
    public static String unneutralize(String cell) {
        return cell != null && cell.startsWith("'") && triggerAfterQuotes(cell) ? cell.substring(1) : cell;
    }

    private static boolean triggerAfterQuotes(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        return i < cell.length() && isTrigger(cell.charAt(i));
    }
}
