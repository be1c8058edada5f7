package org.branchbook.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** API 令牌: for integrations and scripts; the secret is shown once and kept only as a hash. */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    /** The first characters of the secret, to recognise it in lists. */
    public String prefix;

    @Column(name = "secret_hash")
    public String secretHash;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "read_only")
    public boolean readOnly;

    /** May reveal 身份证号 and phones, if its creator still may. */
    @jakarta.persistence.Column(name = "can_reveal_sensitive")
    public boolean canRevealSensitive;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
