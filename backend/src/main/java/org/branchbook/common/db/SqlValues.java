package org.branchbook.common.db;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Values of native query rows as java.time types, whichever type the JDBC driver handed back. */
public final class SqlValues {

    private SqlValues() {}

    public static LocalDate localDate(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        return value instanceof OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) value).toInstant();
    }
}
