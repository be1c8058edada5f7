package org.branchbook.transfer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** 介绍信: issued here on approval or reissue, or recorded from an incoming letter. A reissue supersedes the old one. */
@Entity
@Table(name = "transfer_letter")
public class TransferLetter extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "transfer_id")
    public UUID transferId;

    public String number;

    /** False for the letter of an incoming transfer, numbered by the organization that issued it. */
    @Column(name = "issued_here")
    public boolean issuedHere;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "valid_days")
    public int validDays;

    @Column(name = "last_valid_on")
    public LocalDate lastValidOn;

    /** OUTGOING: when the 回执 should be back. */
    @Column(name = "receipt_due_on")
    public LocalDate receiptDueOn;

    @Column(name = "dues_paid_to")
    public String duesPaidTo;

    @Column(name = "superseded_on")
    public LocalDate supersededOn;

    @Column(name = "supersede_reason")
    public String supersedeReason;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
