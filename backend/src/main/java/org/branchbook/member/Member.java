package org.branchbook.member;

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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 党员: one person on the roster, with the branch they belong to now. Status changes only by lifecycle actions. */
@Entity
@DynamicUpdate
@Table(name = "member")
public class Member extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public IdNumber.Gender gender;

    public String ethnicity;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    /** 身份证号, normalized; never leaves the service unmasked without an audited reveal. */
    @Column(name = "id_number")
    public String idNumber;

    public String phone;

    @Enumerated(EnumType.STRING)
    public Education education;

    @Column(name = "work_unit")
    public String workUnit;

    @Column(name = "job_title")
    public String jobTitle;

    public String address;

    /** 入党日期: the 支部大会's approval, when the probation starts. */
    @Column(name = "joined_on")
    public LocalDate joinedOn;

    /** 转正日期. */
    @Column(name = "full_on")
    public LocalDate fullOn;

    @Column(name = "probation_ends_on")
    public LocalDate probationEndsOn;

    @Column(name = "probation_extended")
    public boolean probationExtended;

    @Enumerated(EnumType.STRING)
    public MemberStatus status;

    /** The status before 出党/取消/去世, for 恢复党籍. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before")
    public MemberStatus statusBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "left_kind")
    public LeaveKind leftKind;

    @Column(name = "status_changed_on")
    public LocalDate statusChangedOn;

    /** The 党支部 (or 联合党支部). */
    @Column(name = "organization_id")
    public UUID organizationId;

    /** The 党小组 inside that branch, if any. */
    @Column(name = "group_id")
    public UUID groupId;

    @Enumerated(EnumType.STRING)
    public Registration registration;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "categories", columnDefinition = "varchar(20)[]")
    public String[] categories = new String[0];

    @Enumerated(EnumType.STRING)
    public Mobility mobility;

    @Column(name = "mobile_place")
    public String mobilePlace;

    @Column(name = "mobile_organization")
    public String mobileOrganization;

    @Column(name = "mobile_contact")
    public String mobileContact;

    @Column(name = "mobile_since")
    public LocalDate mobileSince;

    public String note;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public Set<MemberCategory> categorySet() {
        EnumSet<MemberCategory> out = EnumSet.noneOf(MemberCategory.class);
        Arrays.stream(categories).map(MemberCategory::valueOf).forEach(out::add);
        return out;
    }

    public void categorySet(Set<MemberCategory> set) {
        categories = set == null ? new String[0]
                : set.stream().filter(java.util.Objects::nonNull).sorted().map(Enum::name).toArray(String[]::new);
    }

    /** The audited fields, with 身份证号 and phone masked (the audit log is read by more people than may reveal). */
    public Map<String, Object> snapshot() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", name);
        out.put("gender", gender);
        out.put("ethnicity", ethnicity);
        out.put("idNumber", IdNumber.mask(idNumber));
        out.put("phone", PhoneNumber.mask(phone));
        out.put("education", education);
        out.put("workUnit", workUnit);
        out.put("jobTitle", jobTitle);
        out.put("address", address);
        out.put("joinedOn", joinedOn);
        out.put("fullOn", fullOn);
        out.put("status", status);
        out.put("organizationId", organizationId);
        out.put("groupId", groupId);
        out.put("registration", registration);
        out.put("categories", String.join(",", categories));
        out.put("mobility", mobility);
        out.put("mobilePlace", mobilePlace);
        out.put("mobileOrganization", mobileOrganization);
        out.put("mobileContact", mobileContact);
        out.put("mobileSince", mobileSince);
        out.put("note", note);
        return out;
    }
}
