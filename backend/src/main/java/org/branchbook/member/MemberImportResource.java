package org.branchbook.member;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.branchbook.common.table.TableFormat;
import org.branchbook.common.table.TableWriter;
import org.branchbook.common.table.Tables;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reports of member imports: {@code /api/v1/member-imports/{id}} and its errors as CSV. */
@Path("/member-imports")
@Tag(name = "Members")
public class MemberImportResource {

    private final MemberImportService imports;

    public MemberImportResource(MemberImportService imports) {
        this.imports = imports;
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMemberImport", summary = "The report of an import run")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = MemberImportReport.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public MemberImportReport get(@PathParam("id") UUID id) {
        return imports.report(id);
    }

    @GET
    @Path("/{id}/errors")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getMemberImportErrors", summary = "Every problem of an import run, as CSV (行号, 列, 错误)",
            description = "Open it next to the imported file: 行号 is the row number a spreadsheet shows.")
    @APIResponse(responseCode = "200", description = "The problems",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response errors(@PathParam("id") UUID id) {
        imports.report(id); // 404 outside the caller's subtree, before any byte is sent
        StreamingOutput body = out -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            try (TableWriter writer = Tables.writer(TableFormat.CSV, out); Stream<Object[]> rows = imports.errorRows(id)) {
                writer.sheet("错误", List.of("行号", "列", "错误"));
                rows.forEach(r -> {
                    try {
                        writer.row(Arrays.asList(String.valueOf(r[0]), (String) r[1], (String) r[2]));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return Response.ok(body, TableFormat.CSV.mediaType())
                .header("Content-Disposition", "attachment; filename=\"import-errors-" + id + ".csv\"").build();
    }
}
