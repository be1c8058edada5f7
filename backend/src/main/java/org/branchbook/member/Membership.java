package org.branchbook.member;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** 组织关系 history: one period in which a member belonged to a branch (and 党小组). At most one is open. */
@Entity
@Table(name = "membership")
public class Membership extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "group_id")
    public UUID groupId;

    @Column(name = "from_on")
    public LocalDate fromOn;

    @Column(name = "to_on")
    public LocalDate toOn;

    public String reason;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
