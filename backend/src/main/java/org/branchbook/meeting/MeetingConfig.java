package org.branchbook.meeting;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the meetings feature ({@code meetings.*}); domain.md marks the thresholds configurable. */
@ConfigMapping(prefix = "meetings")
public interface MeetingConfig {

    /** Registered members attending less than this share (percent) of their meetings are flagged (seed 000: 80). */
    @WithDefault("80")
    int registeredMinPercent();

    /** 在职党员到社区报到 attending less than this share are flagged (seed 000: 50). */
    @WithDefault("50")
    int reportingMinPercent();

    /** A member with no organizational life for this many months is flagged (domain.md: 6). */
    @WithDefault("6")
    int inactiveMonths();

    /** The largest attachment (a photo, a scanned sign-in sheet, a PDF). */
    @WithDefault("5M")
    MemorySize attachmentMaxSize();
}
