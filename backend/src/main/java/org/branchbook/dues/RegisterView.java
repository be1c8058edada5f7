package org.branchbook.dues;

import java.util.List;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 党支部党费收缴情况登记表: members × months of a year, with what was due, paid and owed. */
@Schema(name = "DuesRegister", description = "A branch's register for a year: one row per member, one cell per month. "
        + "Cell state: PAID; OWED (an ended month, due, unpaid); DUE (this or a later month, unpaid); NONE (nothing due). "
        + "rate = paid / due over the months up to this one (null when nothing was due).")
public record RegisterView(
        @Schema(required = true) OrgRef organization,
        @Schema(required = true) int year,
        @Schema(required = true) List<String> months,
        @Schema(required = true) List<Row> rows,
        @Schema(required = true) List<Total> totals,
        @Schema(required = true) long dueFen,
        @Schema(required = true) long paidFen,
        Double rate) {

    @Schema(name = "DuesRegisterRow")
    public record Row(@Schema(required = true) MemberRef member, @Schema(required = true) List<Cell> cells,
            @Schema(required = true) long dueFen, @Schema(required = true) long paidFen,
            @Schema(required = true) long owedFen) {}

    @Schema(name = "DuesRegisterCell")
    public record Cell(@Schema(required = true) String month, @Schema(required = true) long dueFen,
            @Schema(required = true) long paidFen, @Schema(required = true) CellState state) {}

    @Schema(name = "DuesRegisterCellState")
    public enum CellState { PAID, OWED, DUE, NONE }

    @Schema(name = "DuesRegisterTotal")
    public record Total(@Schema(required = true) String month, @Schema(required = true) long dueFen,
            @Schema(required = true) long paidFen, Double rate) {}
}
