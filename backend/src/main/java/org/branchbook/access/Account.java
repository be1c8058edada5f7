package org.branchbook.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** 账号: a person who signs in, belonging to one organization and seeing only its subtree. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    @Id
    public UUID id;

    public String username;

    @Column(name = "display_name")
    public String displayName;

    /** bcrypt. */
    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    public Role role;

    /** May read full 身份证号 and phone numbers (each reveal is audited). */
    @Column(name = "can_reveal_sensitive")
    public boolean canRevealSensitive;

    public boolean disabled;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The audited fields (never the password hash). */
    Map<String, Object> snapshot() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("username", username);
        out.put("displayName", displayName);
        out.put("organizationId", organizationId);
        out.put("role", role);
        out.put("canRevealSensitive", canRevealSensitive);
        out.put("disabled", disabled);
        return out;
    }
}
