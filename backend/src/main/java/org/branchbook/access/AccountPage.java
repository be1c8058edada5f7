package org.branchbook.access;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of accounts. */
@Schema(name = "AccountPage", description = "A page of accounts, ordered by username.")
public record AccountPage(@Schema(required = true) List<AccountView> items, String nextCursor) {
}
