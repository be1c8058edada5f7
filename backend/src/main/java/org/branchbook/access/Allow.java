package org.branchbook.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Narrows who may call an operation beyond the default (any signed-in caller may read; writers may
 * write). Checked by {@link Authentication} before the resource runs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allow {

    /** Roles allowed; empty means any role (writes still need a writer). */
    Role[] roles() default {};

    /** Whether API tokens may call it (account and token management need a signed-in person). */
    boolean tokens() default true;

    /** A write any signed-in person may make for themselves (logout, change password). */
    boolean selfService() default false;

    /** No credentials needed (sign-in). */
    boolean anonymous() default false;
}
