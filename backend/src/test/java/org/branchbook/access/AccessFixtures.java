package org.branchbook.access;

import io.quarkus.arc.Arc;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.branchbook.organization.OrgType;
import org.branchbook.organization.OrganizationCreate;
import org.branchbook.organization.OrganizationService;

/**
 * Test data that only the system can make: a new 街道党工委 with its street admin and API tokens.
 * Everything else the tests make through the API, as clients do.
 */
@ApplicationScoped
public class AccessFixtures {

    public static final String PASSWORD = "correct-horse-battery";
    /** The bcrypt of {@link #PASSWORD}, computed once: hashing is deliberately slow. */
    private static final String PASSWORD_HASH = BcryptUtil.bcryptHash(PASSWORD);

    /** A street root with its admin account and a read-write token. */
    public record Street(UUID id, UUID adminId, String adminUsername, String adminToken) {}

    private final OrganizationService organizations;
    private final Caller caller;

    public AccessFixtures(OrganizationService organizations, Caller caller) {
        this.organizations = organizations;
        this.caller = caller;
    }

    public static AccessFixtures get() {
        return Arc.container().instance(AccessFixtures.class).get();
    }

    @ActivateRequestContext
    @Transactional
    public Street street(String name) {
        caller.actAsSystem();
        String code = "ST-" + UUID.randomUUID().toString().substring(0, 8);
        UUID street = organizations.create(new OrganizationCreate(code, name, null, OrgType.STREET_WORKING_COMMITTEE,
                null, null, java.time.LocalDate.of(2020, 1, 1), null, null, null, null)).id();
        Account admin = account(Role.STREET_ADMIN, street);
        return new Street(street, admin.id, admin.username, token(admin.id, street, false, 30, false));
    }

    /** The demo street of {@code ./run.sh} (loaded once per test database) and a street admin's token for it. */
    @ActivateRequestContext
    public Street demoStreet() {
        caller.actAsSystem();
        if (Arc.container().instance(org.branchbook.demo.DemoData.class).get().loadOnce()) {
            Arc.container().instance(org.branchbook.demo.StreetGenerator.class).get()
                    .generateOnce(org.branchbook.demo.DemoSize.of("small"));
        }
        UUID street = Arc.container().instance(jakarta.persistence.EntityManager.class).get()
                .createQuery("select o.id from Organization o where o.code = 'JD-001'", UUID.class).getSingleResult();
        Account admin = account(Role.STREET_ADMIN, street);
        return new Street(street, admin.id, admin.username, token(admin.id, street, true, 30, false));
    }

    @Transactional
    public Account account(Role role, UUID organizationId) {
        Account a = new Account();
        a.id = UUID.randomUUID();
        a.username = role.name().toLowerCase() + "-" + a.id.toString().substring(0, 8);
        a.displayName = "测试" + role.name();
        a.passwordHash = PASSWORD_HASH;
        a.organizationId = organizationId;
        a.role = role;
        a.canRevealSensitive = role == Role.STREET_ADMIN;
        a.createdAt = Instant.now();
        a.updatedAt = a.createdAt;
        a.persist();
        return a;
    }

    /** A token of {@code creator} for a subtree; expired when validDays is negative. */
    @Transactional
    public String token(UUID creator, UUID organizationId, boolean readOnly, int validDays, boolean revoked) {
        String secret = "bb_test_" + UUID.randomUUID();
        ApiToken t = new ApiToken();
        t.id = UUID.randomUUID();
        t.name = "测试令牌";
        t.prefix = secret.substring(0, 10);
        t.secretHash = Secrets.sha256(secret);
        t.organizationId = organizationId;
        t.readOnly = readOnly;
        t.canRevealSensitive = true; // effective only while the creator may reveal
        t.createdAt = Instant.now();
        t.expiresAt = t.createdAt.plus(validDays, ChronoUnit.DAYS);
        t.revokedAt = revoked ? t.createdAt : null;
        t.createdBy = creator;
        t.persist();
        return secret;
    }
}
