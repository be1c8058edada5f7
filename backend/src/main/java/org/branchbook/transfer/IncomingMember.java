package org.branchbook.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.branchbook.common.BookDate;
import org.branchbook.member.Education;
import org.branchbook.member.IdNumber;
import org.branchbook.member.MemberStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The member an incoming 介绍信 describes: registered with these data when the transfer is accepted. */
@Schema(name = "IncomingMember", description = "The member as the incoming letter describes them; checked like a "
        + "registration (身份证号 check digit, dates). status is PROBATIONARY or FULL; probation dates travel with the member.")
public record IncomingMember(
        @NotBlank(message = "不能为空") @Size(max = 50, message = "最多50个字符") @Schema(required = true) String name,
        @NotBlank(message = "不能为空") @Schema(required = true, examples = "110105194912310021") String idNumber,
        IdNumber.Gender gender,
        @Size(max = 20, message = "最多20个字符") String ethnicity,
        @Size(max = 30, message = "最多30个字符") String phone,
        Education education,
        @Size(max = 200, message = "最多200个字符") String workUnit,
        @Size(max = 100, message = "最多100个字符") String jobTitle,
        @Size(max = 300, message = "最多300个字符") String address,
        @NotNull(message = "不能为空") @BookDate @Schema(required = true, description = "入党日期") LocalDate joinedOn,
        @BookDate @Schema(description = "转正日期 (FULL)") LocalDate fullOn,
        @NotNull(message = "不能为空") @Schema(required = true) MemberStatus status,
        @BookDate @Schema(description = "PROBATIONARY: when the probation ends, if extended (default 1 year after 入党)") LocalDate probationEndsOn) {
}
