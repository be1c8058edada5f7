package org.branchbook.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date the books can mean: 1900-01-01 to 2200-12-31. Anything else is a typo (and beyond
 * PostgreSQL's date range it could not even be stored). Put it on every date a client sends.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BookDate.Check.class)
public @interface BookDate {

    LocalDate MIN = LocalDate.of(1900, 1, 1);
    LocalDate MAX = LocalDate.of(2200, 12, 31);

    String message() default "日期须在 1900-01-01 至 2200-12-31 之间";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check itself; null passes (use @NotNull for required dates). */
    class Check implements ConstraintValidator<BookDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || (!value.isBefore(MIN) && !value.isAfter(MAX));
        }
    }
}
