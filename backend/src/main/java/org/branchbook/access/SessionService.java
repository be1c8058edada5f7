package org.branchbook.access;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.branchbook.audit.AuditLog;
import org.branchbook.common.ApiException;
import org.branchbook.common.Periods;
import org.branchbook.organization.Organization;

/** Owns signing in and out, brute-force throttling, and password changes. */
@ApplicationScoped
public class SessionService {

    /** A bcrypt hash nobody's password matches: unknown usernames cost the same time as wrong passwords. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("branchbook-no-such-account");
    static final int MIN_PASSWORD_LENGTH = 10;

    /** A new session: the cookie value (shown once) and what the SPA needs. */
    public record Opened(String sessionId, SessionView view) {}

    private final EntityManager em;
    private final AccessConfig config;
    private final AuditLog audit;
    private final Caller caller;

    public SessionService(EntityManager em, AccessConfig config, AuditLog audit, Caller caller) {
        this.em = em;
        this.config = config;
        this.audit = audit;
        this.caller = caller;
    }

    public Opened signIn(String username, String password, String source) {
        Opened opened = attempt(username.strip(), password, source);
        if (opened == null) {
            throw ApiException.unauthenticated("用户名或密码错误");
        }
        return opened;
    }

    /**
     * One sign-in attempt, serialized per username and per source so that parallel guesses cannot
     * slip past the throttle; the attempt, its audit row and (on success) the session commit together.
     * Returns null for a failed attempt, which is recorded all the same.
     */
    @Transactional
    Opened attempt(String name, String password, String source) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('sign-in:user:' || lower(:u)))")
                .setParameter("u", name).getSingleResult();
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('sign-in:source:' || :s))")
                .setParameter("s", source).getSingleResult();
        throttle(name, source);
        Account account = em.createQuery("from Account a where lower(a.username) = lower(:u)", Account.class)
                .setParameter("u", name).getResultStream().findFirst().orElse(null);
        boolean ok = BcryptUtil.matches(password, account == null ? DUMMY_HASH : account.passwordHash)
                && account != null && !account.disabled;
        String scope = account == null ? null : em.find(Organization.class, account.organizationId).path;
        recordAttempt(name, source, ok);
        audit.recordSignIn(ok, ok ? account.id : null, ok ? account.displayName : name, scope, source);
        return ok ? open(account) : null;
    }

    private Opened open(Account account) {
        String sessionId = Secrets.random(32);
        Instant now = Periods.now();
        UserSession s = new UserSession();
        s.idHash = Secrets.sha256(sessionId);
        s.accountId = account.id;
        s.csrfToken = Secrets.random(24);
        s.createdAt = now;
        s.lastSeenAt = now;
        s.expiresAt = now.plus(config.session().absoluteTimeout());
        s.persist();
        return new Opened(sessionId, view(account, s));
    }

    /** The signed-in account behind this request's session. */
    public SessionView current() {
        if (caller.kind() != Caller.Kind.ACCOUNT) {
            throw ApiException.forbidden("API 令牌没有登录会话");
        }
        Account account = em.find(Account.class, caller.id());
        UserSession session = em.find(UserSession.class, caller.sessionHash());
        return view(account, session);
    }

    @Transactional
    public void signOut() {
        if (caller.sessionHash() != null) {
            em.createQuery("update UserSession s set s.endedAt = :now where s.idHash = :id")
                    .setParameter("now", Periods.now()).setParameter("id", caller.sessionHash()).executeUpdate();
            audit.record("session.sign-out", "account", caller.id(), scopeOf(caller.organizationId()), null, null);
        }
    }

    /** Changes the caller's password and ends their other sessions. */
    @Transactional
    public void changePassword(String current, String next) {
        Account account = em.find(Account.class, caller.id());
        if (account == null || !BcryptUtil.matches(current, account.passwordHash)) {
            throw ApiException.unprocessable("wrong-password", "currentPassword", "当前密码不正确");
        }
        requireStrong(next, "newPassword");
        account.passwordHash = BcryptUtil.bcryptHash(next);
        account.updatedAt = Periods.now();
        em.createQuery("""
                update UserSession s set s.endedAt = :now
                where s.accountId = :id and s.endedAt is null and s.idHash <> :current""")
                .setParameter("now", Periods.now()).setParameter("id", account.id)
                .setParameter("current", caller.sessionHash() == null ? "" : caller.sessionHash()).executeUpdate();
        audit.record("account.password-changed", "account", account.id, scopeOf(account.organizationId), null,
                Map.of("password", "（已修改）"));
    }

    static void requireStrong(String password, String field) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.isBlank()) {
            throw ApiException.unprocessable("weak-password", field, "密码至少 " + MIN_PASSWORD_LENGTH + " 个字符");
        }
    }

    private void throttle(String username, String source) {
        Instant since = Periods.now().minus(config.signIn().window());
        List<Instant> failures = em.createQuery("""
                select a.at from SignInAttempt a
                where a.succeeded = false and a.at > :since and (lower(a.username) = lower(:u) or a.source = :s)
                order by a.at desc""", Instant.class)
                .setParameter("since", since).setParameter("u", username).setParameter("s", source)
                .setMaxResults(config.signIn().maxFailures()).getResultList();
        if (failures.size() >= config.signIn().maxFailures()) {
            Instant oldest = failures.get(failures.size() - 1);
            long wait = java.time.Duration.between(Periods.now(), oldest.plus(config.signIn().window())).toSeconds();
            throw ApiException.tooManyAttempts(Math.max(1, wait));
        }
    }

    private void recordAttempt(String username, String source, boolean succeeded) {
        SignInAttempt a = new SignInAttempt();
        a.username = username.length() > 64 ? username.substring(0, 64) : username;
        a.source = source;
        a.succeeded = succeeded;
        a.at = Periods.now();
        a.persist();
    }

    private String scopeOf(java.util.UUID organizationId) {
        Organization org = organizationId == null ? null : em.find(Organization.class, organizationId);
        return org == null ? null : org.path;
    }

    private SessionView view(Account a, UserSession s) {
        Organization org = em.find(Organization.class, a.organizationId);
        return new SessionView(a.id, a.username, a.displayName, a.role,
                new org.branchbook.organization.OrgRef(org.id, org.code, org.name, org.type),
                a.canRevealSensitive, s.csrfToken, s.expiresAt);
    }
}
