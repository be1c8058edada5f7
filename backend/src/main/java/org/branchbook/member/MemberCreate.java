package org.branchbook.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.branchbook.common.BookDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member entering the roster. */
@Schema(name = "MemberCreate", description = "A member entering the roster. Birth date and gender default to what the 身份证号 says "
        + "and must agree with it when given.")
public record MemberCreate(
        @Schema(required = true, examples = "张三") String name,
        @Schema(required = true, description = "身份证号 (GB 11643, 18 characters)", examples = "11010519491231002X") String idNumber,
        IdNumber.Gender gender,
        @Schema(examples = "汉族") String ethnicity,
        @BookDate LocalDate birthDate,
        @Schema(examples = "13800138000") String phone,
        Education education,
        String workUnit,
        String jobTitle,
        String address,
        @BookDate @Schema(required = true, description = "入党日期") LocalDate joinedOn,
        @BookDate @Schema(description = "转正日期; required for FULL") LocalDate fullOn,
        @NotNull(message = "不能为空") @Schema(required = true, description = "PROBATIONARY or FULL") MemberStatus status,
        @NotNull(message = "不能为空") @Schema(required = true, description = "所在党支部 (a BRANCH or JOINT_BRANCH)") UUID organizationId,
        @Schema(description = "所在党小组, a PARTY_GROUP of that branch") UUID groupId,
        @Schema(description = "Defaults to REGISTERED") Registration registration,
        Set<MemberCategory> categories,
        @Valid MobileDetails mobile,
        String note,
        @BookDate @Schema(description = "Since when the member belongs to this branch (组织关系转入日期); defaults to today") LocalDate registeredOn) {
}
