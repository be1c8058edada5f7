package org.branchbook.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchbook.audit.AuditLog;
import org.branchbook.common.ApiException;
import org.branchbook.common.Periods;
import org.branchbook.organization.OrgRef;
import org.branchbook.organization.Organization;
import org.branchbook.organization.OrganizationService;

/** Owns API tokens: created by admins for a subtree within their own, stored only as a hash. */
@ApplicationScoped
public class ApiTokenService {

    private final EntityManager em;
    private final Caller caller;
    private final OrganizationService organizations;
    private final AuditLog audit;
    private final AccessConfig config;
    private final Periods periods;

    public ApiTokenService(EntityManager em, Caller caller, OrganizationService organizations, AuditLog audit,
            AccessConfig config, Periods periods) {
        this.em = em;
        this.caller = caller;
        this.organizations = organizations;
        this.audit = audit;
        this.config = config;
        this.periods = periods;
    }

    public ApiTokenList list() {
        List<Object[]> rows = em.createQuery("""
                select t, o, a from ApiToken t, Organization o, Account a
                where o.id = t.organizationId and a.id = t.createdBy and o.path like :scope
                order by t.createdAt desc""", Object[].class)
                .setParameter("scope", caller.scope()).getResultList();
        return new ApiTokenList(rows.stream()
                .map(r -> view((ApiToken) r[0], (Organization) r[1], (Account) r[2])).toList());
    }

    @Transactional
    public ApiTokenCreated create(ApiTokenCreate in) {
        Organization org = organizations.requireReferenced(
                in.organizationId() == null ? caller.organizationId() : in.organizationId(), "organizationId", "组织");
        if (!in.expiresOn().isAfter(periods.today().minusDays(1))
                || in.expiresOn().isAfter(periods.today().plusDays(config.tokens().maxValidityDays()))) {
            throw ApiException.unprocessable("token-expiry", "expiresOn",
                    "有效期须从今天起，最长 " + config.tokens().maxValidityDays() + " 天");
        }
        String secret = "bb_" + Secrets.random(30);
        ApiToken t = new ApiToken();
        t.id = UUID.randomUUID();
        t.name = in.name().strip();
        t.prefix = secret.substring(0, 10);
        t.secretHash = Secrets.sha256(secret);
        t.organizationId = org.id;
        t.readOnly = in.readOnly();
        t.canRevealSensitive = Boolean.TRUE.equals(in.canRevealSensitive());
        if (t.canRevealSensitive && !caller.canRevealSensitive()) {
            throw ApiException.unprocessable("reveal-not-allowed", "canRevealSensitive",
                    "只有自己能查看完整身份证号和电话的账号，才能把该权限授予令牌");
        }
        t.expiresAt = in.expiresOn().plusDays(1).atStartOfDay(Periods.ZONE).toInstant();
        t.createdBy = caller.id();
        t.createdAt = Periods.now();
        t.persist();
        em.flush();
        audit.record("api-token.create", "api_token", t.id, org.path, null,
                Map.of("name", t.name, "organizationId", org.id, "readOnly", t.readOnly, "canRevealSensitive",
                        t.canRevealSensitive, "expiresAt", t.expiresAt));
        return new ApiTokenCreated(view(t, org, em.find(Account.class, t.createdBy)), secret);
    }

    @Transactional
    public ApiTokenView revoke(UUID id) {
        List<Object[]> rows = em.createQuery("""
                select t, o, a from ApiToken t, Organization o, Account a
                where t.id = :id and o.id = t.organizationId and a.id = t.createdBy and o.path like :scope""",
                Object[].class)
                .setParameter("id", id).setParameter("scope", caller.scope()).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("令牌不存在");
        }
        ApiToken t = (ApiToken) rows.get(0)[0];
        Organization org = (Organization) rows.get(0)[1];
        if (t.revokedAt == null) {
            t.revokedAt = Periods.now();
            audit.record("api-token.revoke", "api_token", t.id, org.path, Map.of("revoked", false),
                    Map.of("revoked", true));
        }
        return view(t, org, (Account) rows.get(0)[2]);
    }

    /** Active = usable now: not revoked, not expired, and its creator not disabled (as Authentication checks). */
    private static ApiTokenView view(ApiToken t, Organization org, Account creator) {
        Instant now = Periods.now();
        return new ApiTokenView(t.id, t.name, t.prefix, OrgRef.of(org), t.readOnly, t.canRevealSensitive, t.expiresAt,
                t.revokedAt,
                t.createdAt, t.lastUsedAt, creator.displayName, t.usableAt(now) && !creator.disabled);
    }
}
