package org.branchbook.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** One person in one position of a leadership term. A name now; linked to a member once members exist. */
@Entity
@Table(name = "leadership_seat")
public class LeadershipSeat extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "term_id")
    public LeadershipTerm term;

    @Enumerated(EnumType.STRING)
    public Position position;

    @Column(name = "person_name")
    public String personName;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "seat_order")
    public int seatOrder;
}
