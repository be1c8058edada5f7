package org.branchbook.meeting;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingPage", description = "Meetings by start time")
public record MeetingPage(@Schema(required = true) List<MeetingView> items, String nextCursor) {
}
