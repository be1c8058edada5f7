package org.branchbook.access;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.branchbook.audit.AuditLog;
import org.branchbook.common.ApiException;
import org.branchbook.common.Cursor;
import org.branchbook.common.ETags;
import org.branchbook.common.Periods;
import org.branchbook.organization.OrgRef;
import org.branchbook.organization.Organization;
import org.branchbook.organization.OrganizationService;

/** Owns accounts: STREET_ADMIN manages the accounts of their subtree. */
@ApplicationScoped
public class AccountService {

    private final EntityManager em;
    private final Caller caller;
    private final OrganizationService organizations;
    private final AuditLog audit;

    public AccountService(EntityManager em, Caller caller, OrganizationService organizations, AuditLog audit) {
        this.em = em;
        this.caller = caller;
        this.organizations = organizations;
        this.audit = audit;
    }

    public AccountPage list(Integer limit, String cursor) {
        int size = Cursor.limit(limit);
        List<String> after = Cursor.decode(cursor, 1);
        List<Account> rows = em.createQuery("""
                select a from Account a, Organization o
                where o.id = a.organizationId and o.path like :scope and lower(a.username) > :after
                order by lower(a.username)""", Account.class)
                .setParameter("scope", caller.scope()).setParameter("after", after.isEmpty() ? "" : after.get(0))
                .setMaxResults(size + 1).getResultList();
        Cursor.Page<Account> page = Cursor.page(rows, size, a -> a.username.toLowerCase());
        return new AccountPage(views(page.items()), page.nextCursor());
    }

    public AccountView get(UUID id) {
        return views(List.of(require(id))).get(0);
    }

    @Transactional
    public AccountView create(AccountInput in) {
        if (in.password() == null) {
            throw ApiException.badRequest("password", "不能为空");
        }
        Organization org = organizations.requireReferenced(in.organizationId(), "organizationId", "所属组织");
        requireUnique(in.username(), null);
        Account a = new Account();
        a.id = UUID.randomUUID();
        a.createdAt = Periods.now();
        apply(a, in, org);
        a.persist();
        em.flush();
        audit.record("account.create", "account", a.id, org.path, null, a.snapshot());
        return get(a.id);
    }

    @Transactional
    public AccountView update(UUID id, String ifMatch, AccountInput in) {
        Account a = require(id);
        ETags.require(ifMatch, a.version);
        Organization org = organizations.requireReferenced(in.organizationId(), "organizationId", "所属组织");
        if (a.id.equals(caller.id())) {
            String field = in.role() != a.role ? "role" : !org.id.equals(a.organizationId) ? "organizationId"
                    : Boolean.TRUE.equals(in.disabled()) ? "disabled"
                    : Boolean.TRUE.equals(in.canRevealSensitive()) != a.canRevealSensitive ? "canRevealSensitive"
                    : in.password() != null ? "password" : null;
            if (field != null) {
                throw ApiException.unprocessable("own-account", field,
                        "不能修改自己账号的角色、所属组织、敏感信息权限或停用自己；修改自己的密码请用“修改密码”（需当前密码）");
            }
        }
        requireUnique(in.username(), a.id);
        Map<String, Object> before = a.snapshot();
        apply(a, in, org);
        if (in.password() != null) {
            // a reset is what an admin does for a compromised account: end its sessions and its tokens
            em.createQuery("update UserSession s set s.endedAt = :now where s.accountId = :id and s.endedAt is null")
                    .setParameter("now", Periods.now()).setParameter("id", a.id).executeUpdate();
            em.createQuery("update ApiToken t set t.revokedAt = :now where t.createdBy = :id and t.revokedAt is null")
                    .setParameter("now", Periods.now()).setParameter("id", a.id).executeUpdate();
        }
        em.flush();
        Map<String, Object> after = a.snapshot();
        if (in.password() != null) {
            after = new java.util.LinkedHashMap<>(after);
            after.put("password", "（已重置，会话和令牌已失效）");
        }
        audit.record("account.update", "account", a.id, org.path, before, after);
        return get(a.id);
    }

    private void apply(Account a, AccountInput in, Organization org) {
        a.username = in.username().strip();
        a.displayName = in.displayName().strip();
        a.role = in.role();
        a.organizationId = org.id;
        a.canRevealSensitive = Boolean.TRUE.equals(in.canRevealSensitive());
        a.disabled = Boolean.TRUE.equals(in.disabled());
        if (in.password() != null) {
            SessionService.requireStrong(in.password(), "password");
            a.passwordHash = BcryptUtil.bcryptHash(in.password());
        }
        a.updatedAt = Periods.now();
    }

    /** The account, if inside the caller's subtree; else 404. */
    private Account require(UUID id) {
        return em.createQuery("""
                select a from Account a, Organization o
                where a.id = :id and o.id = a.organizationId and o.path like :scope""", Account.class)
                .setParameter("id", id).setParameter("scope", caller.scope())
                .getResultStream().findFirst().orElseThrow(() -> ApiException.notFound("账号不存在"));
    }

    private void requireUnique(String username, UUID except) {
        Long clash = em.createQuery("""
                select count(a) from Account a where lower(a.username) = lower(:u) and (:except is null or a.id <> :except)""",
                Long.class).setParameter("u", username.strip()).setParameter("except", except).getSingleResult();
        if (clash > 0) {
            throw ApiException.conflict("duplicate-username", "username", "用户名已被使用");
        }
    }

    private List<AccountView> views(List<Account> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        Map<UUID, Organization> orgs = em.createQuery("from Organization o where o.id in :ids", Organization.class)
                .setParameter("ids", accounts.stream().map(a -> a.organizationId).collect(Collectors.toSet()))
                .getResultList().stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
        return accounts.stream().map(a -> new AccountView(a.id, a.username, a.displayName, a.role,
                OrgRef.of(orgs.get(a.organizationId)), a.canRevealSensitive, a.disabled, a.version, a.createdAt)).toList();
    }
}
