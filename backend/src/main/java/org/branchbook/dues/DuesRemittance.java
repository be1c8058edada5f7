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

/** 党费上缴: what an organization handed to its upper committee for some months (or the reversal of such an entry). */
@Entity
@Immutable
@Table(name = "dues_remittance")
public class DuesRemittance extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "to_organization_id")
    public UUID toOrganizationId;

    @Column(name = "from_month")
    public LocalDate fromMonth;

    @Column(name = "to_month")
    public LocalDate toMonth;

    @Column(name = "amount_fen")
    public long amountFen;

    @Column(name = "remitted_on")
    public LocalDate remittedOn;

    public String reference;

    public String note;

    @Column(name = "reverses_id")
    public UUID reversesId;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
