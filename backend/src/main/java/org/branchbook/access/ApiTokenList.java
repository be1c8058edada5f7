package org.branchbook.access;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The tokens of the caller's subtree. */
@Schema(name = "ApiTokenList", description = "Tokens of your subtree, newest first.")
public record ApiTokenList(@Schema(required = true) List<ApiTokenView> items) {
}
