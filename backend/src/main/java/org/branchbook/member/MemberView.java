package org.branchbook.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member as the API shows it: 身份证号 and phone masked unless revealed. */
@Schema(name = "Member", description = "A Party member (党员). 身份证号 and phone are masked unless `reveal=true` was asked "
        + "by a caller allowed to reveal (each reveal is audited). Its ETag is `\"<version>\"`.")
public record MemberView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "张三") String name,
        @Schema(required = true) IdNumber.Gender gender,
        @Schema(description = "民族", examples = "汉族") String ethnicity,
        @Schema(description = "出生日期, only when revealed: with it the masked 身份证号 could be rebuilt") LocalDate birthDate,
        @Schema(required = true, description = "周岁 today (Asia/Shanghai)") int age,
        @Schema(required = true, description = "身份证号, masked unless revealed", examples = "110105********002X") String idNumber,
        @Schema(description = "联系电话, masked unless revealed", examples = "138****5678") String phone,
        @Schema(required = true, description = "Whether idNumber and phone are shown in full") boolean revealed,
        Education education,
        @Schema(description = "工作单位") String workUnit,
        @Schema(description = "职务/岗位") String jobTitle,
        @Schema(description = "家庭住址") String address,
        @Schema(required = true, description = "入党日期") LocalDate joinedOn,
        @Schema(description = "转正日期") LocalDate fullOn,
        @Schema(description = "预备期满日期 (probationary members)") LocalDate probationEndsOn,
        @Schema(required = true, description = "预备期已延长") boolean probationExtended,
        @Schema(required = true) MemberStatus status,
        @Schema(description = "出党方式, when status is LEFT") LeaveKind leftKind,
        @Schema(description = "Date of the last status change") LocalDate statusChangedOn,
        @Schema(required = true, description = "所在党支部") OrgRef organization,
        @Schema(description = "所在党小组") OrgRef group,
        @Schema(required = true) Registration registration,
        @Schema(required = true) List<MemberCategory> categories,
        @Schema(description = "流动党员 details; absent when not mobile") MobileDetails mobile,
        @Schema(description = "备注") String note,
        @Schema(required = true) long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {
}
