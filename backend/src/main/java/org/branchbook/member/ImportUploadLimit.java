package org.branchbook.member;

import jakarta.enterprise.context.ApplicationScoped;
import org.branchbook.common.UploadLimit;

/** The member import takes files up to {@code members.import.max-size}. */
@ApplicationScoped
public class ImportUploadLimit implements UploadLimit {

    private final MemberConfig config;

    public ImportUploadLimit(MemberConfig config) {
        this.config = config;
    }

    @Override
    public String path() {
        return "/api/v1/members/import";
    }

    @Override
    public long maxBytes() {
        return config.importing().maxSize().asLongValue();
    }
}
