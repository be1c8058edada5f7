package org.branchbook.member;

import java.time.LocalDate;
import java.util.Set;

/**
 * A member's own data as entered (by a form or an import row), already parsed but not yet checked
 * by {@link MemberRules}. Organization references are resolved by the caller, not here.
 */
public record MemberRecord(String name, String idNumber, IdNumber.Gender gender, String ethnicity, LocalDate birthDate,
        String phone, Education education, String workUnit, String jobTitle, String address, LocalDate joinedOn,
        LocalDate fullOn, MemberStatus status, Registration registration, Set<MemberCategory> categories,
        Mobility mobility, String mobilePlace, String mobileOrganization, String mobileContact, LocalDate mobileSince,
        String note) {}
