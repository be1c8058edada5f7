package org.branchbook.access;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.branchbook.common.Periods;
import org.branchbook.demo.DemoData;
import org.branchbook.demo.DemoSize;
import org.branchbook.demo.StreetGenerator;
import org.branchbook.organization.OrgType;
import org.branchbook.organization.Organization;
import org.branchbook.organization.OrganizationCreate;
import org.branchbook.organization.OrganizationService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * First start: loads the demo data when enabled (the hand-made street, then its history and, as large
 * as {@code branchbook.demo-data.size} asks, more of the street), and makes sure someone can sign in: with no
 * account at all it creates a 街道党工委 (if the tree is empty) and its street admin, whose password
 * comes from {@code BRANCHBOOK_ADMIN_PASSWORD} or is generated and printed once in the log.
 */
@ApplicationScoped
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class);

    private final EntityManager em;
    private final Caller caller;
    private final DemoData demo;
    private final StreetGenerator street;
    private final DemoSize demoSize;
    private final OrganizationService organizations;
    private final AccessConfig config;
    private final boolean demoEnabled;
    private final boolean enabled;

    public Bootstrap(EntityManager em, Caller caller, DemoData demo, StreetGenerator street,
            OrganizationService organizations, AccessConfig config,
            @ConfigProperty(name = "branchbook.demo-data.enabled") boolean demoEnabled,
            @ConfigProperty(name = "branchbook.demo-data.size", defaultValue = "small") String demoSize) {
        this.em = em;
        this.caller = caller;
        this.demo = demo;
        this.street = street;
        this.demoSize = DemoSize.of(demoSize);
        this.organizations = organizations;
        this.config = config;
        this.demoEnabled = demoEnabled;
        this.enabled = config.bootstrap().enabled();
    }

    @jakarta.enterprise.context.control.ActivateRequestContext
    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        caller.actAsSystem();
        if (demoEnabled && demo.loadOnce()) {
            street.generateOnce(demoSize); // its own transaction: the hand-made street is committed first
        }
        ensureAdmin();
    }

    @Transactional
    void ensureAdmin() {
        // one start at a time decides whether the first admin is still missing
        em.createNativeQuery("select pg_advisory_xact_lock(7426)").getSingleResult();
        if (em.createQuery("select count(a) from Account a", Long.class).getSingleResult() > 0) {
            return;
        }
        Organization street = em.createQuery("from Organization o where o.parentId is null order by o.createdAt",
                Organization.class).setMaxResults(1).getResultStream().findFirst().orElse(null);
        UUID streetId = street != null ? street.id
                : organizations.create(new OrganizationCreate(config.bootstrap().streetCode(),
                        config.bootstrap().streetName(), null, OrgType.STREET_WORKING_COMMITTEE, null, null, null,
                        null, null, null, null)).id();
        String password = config.bootstrap().adminPassword().filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = Secrets.random(15);
        }
        Account admin = new Account();
        admin.id = UUID.randomUUID();
        admin.username = config.bootstrap().adminUsername();
        admin.displayName = "街道管理员";
        admin.passwordHash = BcryptUtil.bcryptHash(password);
        admin.organizationId = streetId;
        admin.role = Role.STREET_ADMIN;
        admin.createdAt = Periods.now();
        admin.updatedAt = admin.createdAt;
        admin.persist();
        if (generated) {
            LOG.warnf("""

                    ==================================================================
                     First start: created the street admin account
                       username: %s
                       password: %s
                     This password is shown only now. Sign in and change it.
                     (Set BRANCHBOOK_ADMIN_PASSWORD to choose it instead.)
                    ==================================================================""", admin.username, password);
        } else {
            LOG.infof("First start: created the street admin account '%s' with the configured password", admin.username);
        }
    }
}
