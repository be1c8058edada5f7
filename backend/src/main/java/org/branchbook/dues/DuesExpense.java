package org.branchbook.dues;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** 党费使用: what an organization spent from the dues it keeps (or the reversal of such an entry). */
@Entity
@Immutable
@Table(name = "dues_expense")
public class DuesExpense extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "spent_on")
    public LocalDate spentOn;

    @Column(name = "amount_fen")
    public long amountFen;

    public String purpose;

    @Column(name = "approval_reference")
    public String approvalReference;

    @Column(name = "reverses_id")
    public UUID reversesId;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
