package org.branchbook.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** 一届班子: one leadership term of an organization, current until the next 换届 closes it. */
@Entity
@Table(name = "leadership_term")
public class LeadershipTerm extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    /** 届满日期: when the term is due to end and the next election (换届) is due. */
    @Column(name = "ends_on")
    public LocalDate endsOn;

    /** Set when a new term superseded this one. */
    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "document_number")
    public String documentNumber;

    public String note;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The people, in display order. Owned by the term: changing them bumps the term's version. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "leadership_seat", joinColumns = @JoinColumn(name = "term_id"))
    @OrderColumn(name = "seat_order")
    public List<LeadershipSeat> seats = new ArrayList<>();

    public boolean current() {
        return closedOn == null;
    }
}
