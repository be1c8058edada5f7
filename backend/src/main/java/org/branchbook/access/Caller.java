package org.branchbook.access;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.branchbook.common.ApiException;

/**
 * Who is calling, for this request: an account (session cookie) or an API token, with the
 * organization subtree everything they read or write is limited to. Set by {@link Authentication}.
 */
@RequestScoped
public class Caller {

    /** How the caller proved who they are. */
    public enum Kind { ACCOUNT, TOKEN, SYSTEM }

    private Kind kind;
    private UUID id;
    private String name;
    private Role role;
    private UUID organizationId;
    private String organizationPath;
    private boolean readOnly;
    private boolean canReveal;
    private String sessionHash;

    void signIn(Kind kind, UUID id, String name, Role role, UUID organizationId, String organizationPath,
            boolean readOnly, boolean canReveal, String sessionHash) {
        this.kind = kind;
        this.id = id;
        this.name = name;
        this.role = role;
        this.organizationId = organizationId;
        this.organizationPath = organizationPath;
        this.readOnly = readOnly;
        this.canReveal = canReveal;
        this.sessionHash = sessionHash;
    }

    /** Start-up work (bootstrap, demo data) acts as the system, unscoped. */
    public void actAsSystem() {
        signIn(Kind.SYSTEM, null, "system", Role.STREET_ADMIN, null, "/", false, true, null);
    }

    public boolean authenticated() {
        return kind != null;
    }

    public Kind kind() {
        return kind;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** Who to name in a book's "recorded by" column (at most 100 characters; "system" at start-up). */
    public String signature() {
        String n = name == null ? "system" : name;
        return n.length() > 100 ? n.substring(0, 100) : n;
    }

    public Role role() {
        return role;
    }

    public UUID organizationId() {
        return organizationId;
    }

    /** The LIKE pattern of the caller's subtree: add {@code and o.path like :scope} to every query. */
    public String scope() {
        return path() + "%";
    }

    /** The path of the caller's organization ({@code /root/…/id/}), e.g. as the scope of an audit row. */
    public String path() {
        if (organizationPath == null) {
            throw ApiException.unauthenticated();
        }
        return organizationPath;
    }

    /** Whether an organization path lies inside the caller's subtree. */
    public boolean covers(String path) {
        return organizationPath != null && path != null && path.startsWith(organizationPath);
    }

    /** Whether the caller's organization is a root (a 街道党工委 with no parent). */
    public boolean atRoot() {
        return organizationPath != null && organizationPath.chars().filter(ch -> ch == '/').count() == 2;
    }

    public boolean canWrite() {
        return role != null && role.canWrite() && !readOnly;
    }

    public boolean canRevealSensitive() {
        return canReveal;
    }

    /** 403 unless the caller may see full 身份证号 and phone numbers; a no-op when {@code reveal} is false. */
    public void requireReveal(boolean reveal) {
        if (reveal && !canReveal) {
            throw ApiException.forbidden("当前账号没有查看完整身份证号和电话的权限（reveal）");
        }
    }

    String sessionHash() {
        return sessionHash;
    }

    public void requireRole(Role... allowed) {
        for (Role r : allowed) {
            if (r == role) {
                return;
            }
        }
        throw ApiException.forbidden("当前账号的角色无权执行此操作");
    }
}
