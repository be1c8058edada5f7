package org.branchbook.member;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.branchbook.common.BookDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An edit of a member's record (needs If-Match). Status changes are lifecycle actions; a branch change is a move. */
@Schema(name = "MemberUpdate", description = "Replaces a member's record (If-Match required). `idNumber` and `phone` may be "
        + "omitted to keep them (a masked form cannot send them back); send `phone: \"\"` to clear the phone. Status changes "
        + "are lifecycle actions and a change of branch is a move.")
public record MemberUpdate(
        @Schema(required = true) String name,
        @Schema(description = "Omit to keep") String idNumber,
        IdNumber.Gender gender,
        String ethnicity,
        @BookDate LocalDate birthDate,
        @Schema(description = "Omit to keep; empty string clears") String phone,
        Education education,
        String workUnit,
        String jobTitle,
        String address,
        @BookDate @Schema(required = true, description = "入党日期") LocalDate joinedOn,
        @BookDate @Schema(description = "转正日期: required while FULL, absent while PROBATIONARY, kept when omitted for members no longer on the roster") LocalDate fullOn,
        @Schema(description = "所在党小组 in the member's branch; absent for none") UUID groupId,
        @Schema(description = "Defaults to REGISTERED") Registration registration,
        Set<MemberCategory> categories,
        @Valid MobileDetails mobile,
        String note) {
}
