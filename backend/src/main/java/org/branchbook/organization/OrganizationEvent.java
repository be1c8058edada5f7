package org.branchbook.organization;

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
import org.branchbook.common.Periods;

/** 组织沿革: one recorded change of an organization (creation, move, type change, 换届, archive). */
@Entity
@Table(name = "organization_event")
public class OrganizationEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    public OrgEventKind kind;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    /** 文号 of the approving document. */
    @Column(name = "document_number")
    public String documentNumber;

    public String reason;

    @Column(name = "from_parent_id")
    public UUID fromParentId;

    @Column(name = "to_parent_id")
    public UUID toParentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_type")
    public OrgType fromType;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_type")
    public OrgType toType;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    static OrganizationEvent of(Organization org, OrgEventKind kind, LocalDate effectiveOn, String documentNumber,
            String reason) {
        OrganizationEvent event = new OrganizationEvent();
        event.id = UUID.randomUUID();
        event.organizationId = org.id;
        event.kind = kind;
        event.effectiveOn = effectiveOn;
        event.documentNumber = documentNumber;
        event.reason = reason;
        event.recordedAt = Periods.now();
        return event;
    }
}
