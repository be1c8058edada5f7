package org.branchbook.transfer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new transfer: a request by the source branch, or an incoming letter registered by the receiver. */
@Schema(name = "TransferCreate", description = "INTERNAL: memberId and toOrganizationId (an organization of this street). "
        + "OUTGOING: memberId, toName and toRegion (inCity=true if the destination is in the same city: 10-day letter). "
        + "INCOMING: toOrganizationId (in the caller's subtree), fromName, fromRegion, member (as the letter describes "
        + "them) and letter (its number, issue date and validity).")
public record TransferCreate(
        @NotNull(message = "不能为空") @Schema(required = true) TransferScope scope,
        @Schema(description = "INTERNAL, OUTGOING: the member to transfer") UUID memberId,
        @Schema(description = "INTERNAL, INCOMING: the receiving organization (it assigns a branch on acceptance)") UUID toOrganizationId,
        @Size(max = 200, message = "最多200个字符") @Schema(description = "OUTGOING: the receiving organization's name", examples = "中共某某市某某区某某街道某某社区委员会") String toName,
        @Size(max = 200, message = "最多200个字符") @Schema(description = "OUTGOING: where it is (province, city, district)", examples = "广东省深圳市南山区") String toRegion,
        @Schema(description = "OUTGOING: the destination is in the same city (default false)") Boolean inCity,
        @Size(max = 200, message = "最多200个字符") @Schema(description = "INCOMING: the organization that issued the letter") String fromName,
        @Size(max = 200, message = "最多200个字符") @Schema(description = "INCOMING: where it is") String fromRegion,
        @NotBlank(message = "不能为空") @Size(max = 200, message = "最多200个字符") @Schema(required = true, examples = "工作调动") String reason,
        @Pattern(regexp = "^[0-9]{4}-(0[1-9]|1[0-2])$", message = "应为年月，格式 YYYY-MM")
        @Schema(description = "党费交至 (dues paid up to, inclusive). INTERNAL, OUTGOING: default the last month paid in "
                + "the dues ledger (refreshed on approval); INCOMING: as the letter states (required)", examples = "2026-10",
                pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$") String duesPaidTo,
        @Valid @Schema(description = "INCOMING: the member as the letter describes them") IncomingMember member,
        @Valid @Schema(description = "INCOMING: the letter that came with the member") IncomingLetter letter) {
}
