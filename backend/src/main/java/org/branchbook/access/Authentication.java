package org.branchbook.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.branchbook.common.ApiException;
import org.branchbook.common.Periods;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Authenticates every API request (bearer token or session cookie), checks CSRF on cookie writes,
 * and enforces who may call what ({@link Allow}; writes need a writer). Runs before any resource.
 */
public class Authentication {

    public static final String SESSION_COOKIE = "bb_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final Caller caller;
    private final EntityManager em;
    private final AccessConfig config;

    public Authentication(Caller caller, EntityManager em, AccessConfig config) {
        this.caller = caller;
        this.em = em;
        this.config = config;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void authenticate(ContainerRequestContext request, SimpleResourceInfo resource) {
        Allow allow = allowOf(resource);
        if (allow != null && allow.anonymous()) {
            return;
        }
        String authorization = request.getHeaderString("Authorization");
        boolean write = !SAFE.contains(request.getMethod());
        if (authorization != null && !authorization.isBlank()) {
            signInWithToken(authorization);
        } else {
            Cookie cookie = request.getCookies().get(SESSION_COOKIE);
            if (cookie == null || cookie.getValue().isBlank()) {
                throw ApiException.unauthenticated();
            }
            UserSession session = signInWithSession(cookie.getValue());
            if (write && !session.csrfToken.equals(request.getHeaderString(CSRF_HEADER))) {
                throw new ApiException(403, "csrf", "缺少或错误的 CSRF 令牌",
                        "使用会话 Cookie 的修改请求须携带 X-CSRF-Token 请求头（登录响应中的 csrfToken）。", null);
            }
        }
        authorize(allow, write);
    }

    private void authorize(Allow allow, boolean write) {
        if (allow != null) {
            if (!allow.tokens() && caller.kind() == Caller.Kind.TOKEN) {
                throw ApiException.forbidden("该操作须由已登录的账号执行，API 令牌不能调用");
            }
            if (allow.roles().length > 0) {
                caller.requireRole(allow.roles());
            }
            if (allow.selfService()) {
                return;
            }
        }
        if (write && !caller.canWrite()) {
            throw ApiException.forbidden(caller.kind() == Caller.Kind.TOKEN
                    ? "该 API 令牌为只读令牌，不能执行修改操作" : "当前账号为只读角色，不能执行修改操作");
        }
    }

    private void signInWithToken(String authorization) {
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiException.unauthenticated("Authorization 请求头须为 Bearer <令牌>");
        }
        String hash = Secrets.sha256(authorization.substring(7).trim());
        List<Object[]> rows = em.createQuery("""
                select t, o.path from ApiToken t, org.branchbook.organization.Organization o
                where t.secretHash = :hash and o.id = t.organizationId""", Object[].class)
                .setParameter("hash", hash).getResultList();
        Instant now = Periods.now();
        if (rows.isEmpty() || !((ApiToken) rows.get(0)[0]).usableAt(now)) {
            throw ApiException.unauthenticated("API 令牌无效、已过期或已撤销");
        }
        ApiToken token = (ApiToken) rows.get(0)[0];
        String tokenPath = (String) rows.get(0)[1];
        Account creator = em.find(Account.class, token.createdBy);
        if (creator == null || creator.disabled) {
            throw ApiException.unauthenticated("创建该令牌的账号已停用，令牌随之失效");
        }
        // a token never reaches beyond its creator's current subtree (the creator or the data may have moved)
        org.branchbook.organization.Organization creatorOrg =
                em.find(org.branchbook.organization.Organization.class, creator.organizationId);
        if (creatorOrg == null || !tokenPath.startsWith(creatorOrg.path)) {
            throw ApiException.unauthenticated("该令牌的数据范围已不在创建者的管辖范围内，令牌失效");
        }
        // a token never grants more than its creator's role allows; it reveals only if granted and the creator still may
        Role role = creator.role;
        caller.signIn(Caller.Kind.TOKEN, token.id, "令牌 " + token.name, role, token.organizationId,
                tokenPath, token.readOnly, token.canRevealSensitive && creator.canRevealSensitive, null);
        if (token.lastUsedAt == null || token.lastUsedAt.isBefore(now.minusSeconds(60))) {
            QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                    "update ApiToken t set t.lastUsedAt = :now where t.id = :id")
                    .setParameter("now", now).setParameter("id", token.id).executeUpdate());
        }
    }

    private UserSession signInWithSession(String sessionId) {
        UserSession session = em.find(UserSession.class, Secrets.sha256(sessionId));
        Instant now = Periods.now();
        if (session == null || session.endedAt != null || !now.isBefore(session.expiresAt)
                || !now.isBefore(session.lastSeenAt.plus(config.session().idleTimeout()))) {
            throw ApiException.unauthenticated("会话已过期或已退出，请重新登录");
        }
        List<Object[]> rows = em.createQuery("""
                select a, o.path from Account a, org.branchbook.organization.Organization o
                where a.id = :id and o.id = a.organizationId""", Object[].class)
                .setParameter("id", session.accountId).getResultList();
        Account account = rows.isEmpty() ? null : (Account) rows.get(0)[0];
        if (account == null || account.disabled) {
            throw ApiException.unauthenticated("账号已停用");
        }
        caller.signIn(Caller.Kind.ACCOUNT, account.id, account.displayName, account.role, account.organizationId,
                (String) rows.get(0)[1], false, account.canRevealSensitive, session.idHash);
        if (session.lastSeenAt.isBefore(now.minusSeconds(30))) {
            QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                    "update UserSession s set s.lastSeenAt = :now where s.idHash = :id")
                    .setParameter("now", now).setParameter("id", session.idHash).executeUpdate());
        }
        return session;
    }

    /** Resource methods' {@link Allow}, found once per method (absent key → no annotation). */
    private static final Map<String, Optional<Allow>> ALLOWS = new ConcurrentHashMap<>();

    private static Allow allowOf(SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return null;
        }
        String key = resource.getResourceClass().getName() + "#" + resource.getMethodName()
                + java.util.Arrays.toString(resource.parameterTypes());
        return ALLOWS.computeIfAbsent(key, k -> Optional.ofNullable(findAllow(resource))).orElse(null);
    }

    private static Allow findAllow(SimpleResourceInfo resource) {
        for (Method m : resource.getResourceClass().getMethods()) {
            if (m.getName().equals(resource.getMethodName())
                    && java.util.Arrays.equals(m.getParameterTypes(), resource.parameterTypes())
                    && m.isAnnotationPresent(Allow.class)) {
                return m.getAnnotation(Allow.class);
            }
        }
        return resource.getResourceClass().getAnnotation(Allow.class);
    }
}
