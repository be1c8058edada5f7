package org.branchbook.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 组织生活记实簿: one meeting of an organization, planned or held, with its record. */
@Entity
@Table(name = "meeting")
public class Meeting extends PanacheEntityBase {

    /** Where a meeting stands. */
    public enum State { PLANNED, HELD, CANCELLED }

    @Id
    public UUID id;

    @Column(name = "organization_id")
    public UUID organizationId;

    /** The 党小组 of a 党小组会. */
    @Column(name = "group_id")
    public UUID groupId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "types", columnDefinition = "varchar(40)[]")
    public String[] types;

    @Enumerated(EnumType.STRING)
    public State state;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    public String place;

    public String topic;

    public String host;

    public String recorder;

    public String lecturer;

    @Column(name = "secretary_lectured")
    public boolean secretaryLectured;

    @Enumerated(EnumType.STRING)
    public MeetingRules.Vote vote;

    public String minutes;

    public String resolutions;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public Set<MeetingType> typeSet() {
        Set<MeetingType> out = EnumSet.noneOf(MeetingType.class);
        for (String t : types) {
            out.add(MeetingType.valueOf(t));
        }
        return out;
    }

    public void typeSet(Set<MeetingType> set) {
        types = set.stream().sorted().map(Enum::name).toArray(String[]::new);
    }
}
