package org.branchbook.dues;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DuesAccountEntryList", description = "Entries of a year, newest first")
public record AccountEntryPage(@Schema(required = true) List<AccountEntryView> items) {
}
