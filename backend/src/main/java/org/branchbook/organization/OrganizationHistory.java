package org.branchbook.organization;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organization's history, newest first. */
@Schema(name = "OrganizationHistory", description = "An organization's history, newest effective date first.")
public record OrganizationHistory(@Schema(required = true) List<OrganizationEventView> items) {
}
