package org.branchbook.transfer;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TransferPage", description = "A page of transfers, newest first")
public record TransferPage(@Schema(required = true) List<TransferView> items, String nextCursor) {
}
