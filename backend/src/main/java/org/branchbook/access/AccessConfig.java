package org.branchbook.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of sign-in, sessions and tokens ({@code access.*}). */
@ConfigMapping(prefix = "access")
public interface AccessConfig {

    Session session();

    SignIn signIn();

    Tokens tokens();

    Bootstrap bootstrap();

    interface Session {
        /** Signed out after this long without a request. */
        @WithDefault("30M")
        Duration idleTimeout();

        /** Signed out after this long, whatever the activity. */
        @WithDefault("12H")
        Duration absoluteTimeout();

        /** Secure cookie flag; browsers accept Secure cookies on http://localhost too. */
        @WithDefault("true")
        boolean secureCookie();
    }

    interface SignIn {
        /** Failed attempts per account or per source within the window before 429. */
        @WithDefault("5")
        int maxFailures();

        @WithDefault("15M")
        Duration window();
    }

    interface Tokens {
        /** Longest validity a new token may have. */
        @WithDefault("366")
        int maxValidityDays();
    }

    interface Bootstrap {
        /** Off in tests, which make their own streets and accounts. */
        @WithDefault("true")
        boolean enabled();

        /** Username of the street admin created on the first start when no account exists. */
        @WithDefault("admin")
        String adminUsername();

        /** Its password (env BRANCHBOOK_ADMIN_PASSWORD); generated and logged once when unset. */
        Optional<String> adminPassword();

        /** Name and code of the 街道党工委 created on the first start of an empty database. */
        @WithDefault("街道党工委")
        String streetName();

        @WithDefault("STREET-1")
        String streetCode();
    }
}
