package org.branchbook.member;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** Settings of the roster ({@code members.*}). */
@ConfigMapping(prefix = "members")
public interface MemberConfig {

    @io.smallrye.config.WithName("import")
    Import importing();

    /** Bulk import. */
    interface Import {
        /** The largest file accepted (413 beyond it). A million CSV rows is about 200 MB. */
        @WithDefault("512M")
        MemorySize maxSize();

        /** Where uploaded XLSX files are spooled while read (a zip needs random access); default java.io.tmpdir. */
        Optional<Path> tempDir();

        /** Bad rows listed in a report's JSON; the errors CSV always has all of them. */
        @WithDefault("1000")
        int reportedErrors();
    }
}
