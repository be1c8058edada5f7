package org.branchbook.transfer;

import java.util.List;
import org.branchbook.organization.OrgRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Organizations of the caller's street that can receive a transfer. */
@Schema(name = "TransferDestinations", description = "Organizations of the caller's street that can receive an INTERNAL transfer")
public record TransferDestinations(@Schema(required = true) List<OrgRef> items) {
}
