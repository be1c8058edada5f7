package org.branchbook.dues;

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
import org.hibernate.annotations.Immutable;

/** One entry of the 党费收缴 ledger: a payment, a voluntary payment, or the reversal of an earlier entry. */
@Entity
@Immutable
@Table(name = "dues_payment")
public class DuesPayment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "member_id")
    public UUID memberId;

    /** The branch the member belonged to when it was recorded (the register and remittances count it there). */
    @Column(name = "organization_id")
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    public PaymentKind kind;

    @Column(name = "from_month")
    public LocalDate fromMonth;

    @Column(name = "to_month")
    public LocalDate toMonth;

    @Column(name = "amount_fen")
    public long amountFen;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    @Enumerated(EnumType.STRING)
    public PaymentMethod method;

    public String reference;

    @Column(name = "collected_by")
    public String collectedBy;

    /** 代缴: who paid, when not the member. */
    @Column(name = "paid_by")
    public String paidBy;

    @Column(name = "receipt_number")
    public String receiptNumber;

    /** Why the amount differs from the standard, or why it is reversed. */
    public String reason;

    @Column(name = "reverses_id")
    public UUID reversesId;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
