package org.branchbook.member;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One lifecycle action taken on a member (登记, 转正, 延长预备期, 出党…), with its date and 文号. */
@Entity
@Table(name = "member_event")
public class MemberEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "member_id")
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    public MemberAction kind;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public MemberStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public MemberStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "left_kind")
    public LeaveKind leftKind;

    public Integer months;

    @Column(name = "document_number")
    public String documentNumber;

    public String reason;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
