package org.branchbook.dues;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** 党费标准 (核定): a member's monthly dues from a month on, from their base by the table or set by hand. */
@Entity
@Table(name = "dues_standard")
public class DuesStandard extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "member_id")
    public UUID memberId;

    /** The first day of the first month it applies to. */
    @Column(name = "from_month")
    public LocalDate fromMonth;

    @Enumerated(EnumType.STRING)
    public DuesCategory category;

    @Column(name = "base_fen")
    public Long baseFen;

    @Column(name = "basis_points")
    public Integer basisPoints;

    /** What the table gives for the base. */
    @Column(name = "computed_fen")
    public long computedFen;

    /** What the member owes each month: the computed amount unless adjusted. */
    @Column(name = "monthly_fen")
    public long monthlyFen;

    @Enumerated(EnumType.STRING)
    public Adjustment adjustment;

    public String reason;

    @Column(name = "approval_reference")
    public String approvalReference;

    @Version
    public long version;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
