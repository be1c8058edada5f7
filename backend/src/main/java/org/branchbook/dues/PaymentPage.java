package org.branchbook.dues;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DuesPaymentPage", description = "Ledger entries, newest first")
public record PaymentPage(@Schema(required = true) List<PaymentView> items, String nextCursor) {
}
