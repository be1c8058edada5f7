package org.branchbook.transfer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.branchbook.member.Education;
import org.branchbook.member.IdNumber;
import org.branchbook.member.MemberStatus;

/** 组织关系转接: one member's organizational relationship on its way from one organization to another. */
@Entity
@Table(name = "transfer")
public class Transfer extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public TransferScope scope;

    @Enumerated(EnumType.STRING)
    public TransferState state;

    /** The member (INCOMING: only once accepted). */
    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "member_name")
    public String memberName;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_status")
    public MemberStatus memberStatus;

    @Column(name = "member_joined_on")
    public LocalDate memberJoinedOn;

    // ---- INCOMING: the member as the letter describes them ----

    @Column(name = "member_id_number")
    public String memberIdNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_gender")
    public IdNumber.Gender memberGender;

    @Column(name = "member_ethnicity")
    public String memberEthnicity;

    @Column(name = "member_birth_date")
    public LocalDate memberBirthDate;

    @Column(name = "member_phone")
    public String memberPhone;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_education")
    public Education memberEducation;

    @Column(name = "member_work_unit")
    public String memberWorkUnit;

    @Column(name = "member_job_title")
    public String memberJobTitle;

    @Column(name = "member_address")
    public String memberAddress;

    @Column(name = "member_full_on")
    public LocalDate memberFullOn;

    @Column(name = "member_probation_ends_on")
    public LocalDate memberProbationEndsOn;

    // ---- the two ends ----

    @Column(name = "from_organization_id")
    public UUID fromOrganizationId;

    @Column(name = "from_name")
    public String fromName;

    @Column(name = "from_region")
    public String fromRegion;

    @Column(name = "approver_organization_id")
    public UUID approverOrganizationId;

    @Column(name = "to_organization_id")
    public UUID toOrganizationId;

    @Column(name = "to_name")
    public String toName;

    @Column(name = "to_region")
    public String toRegion;

    @Column(name = "in_city")
    public boolean inCity;

    @Column(name = "assigned_branch_id")
    public UUID assignedBranchId;

    @Column(name = "assigned_group_id")
    public UUID assignedGroupId;

    public String reason;

    /** 党费交至, YYYY-MM. */
    @Column(name = "dues_paid_to")
    public String duesPaidTo;

    @Column(name = "requested_on")
    public LocalDate requestedOn;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
