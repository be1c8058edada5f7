package org.branchbook.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;

/** One person in one position of a leadership term. A name now; linked to a member once members exist. */
@Embeddable
public class LeadershipSeat {

    @Enumerated(EnumType.STRING)
    public Position position;

    @Column(name = "person_name")
    public String personName;

    @Column(name = "member_id")
    public UUID memberId;
}
