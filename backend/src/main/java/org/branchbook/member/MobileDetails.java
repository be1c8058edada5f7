package org.branchbook.member;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.branchbook.common.BookDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 流动党员: direction, where, the Party organization there, how to reach them, since when. */
@Schema(name = "MobileDetails", description = "流动党员 details")
public record MobileDetails(
        @NotNull(message = "不能为空") @Schema(required = true) Mobility direction,
        @Schema(required = true, description = "流出地 (OUTFLOW) or 流入前所在地 (INFLOW)", examples = "广东省深圳市") String place,
        @Schema(description = "流入地/流出地党组织") String organization,
        @Schema(description = "流动期间联系方式") String contact,
        @BookDate @Schema(description = "流动开始日期") LocalDate since) {
}
