package org.branchbook.dues;

import jakarta.enterprise.context.ApplicationScoped;
import org.branchbook.common.UploadLimit;

/** The base import takes files up to {@code dues.import.max-size}. */
@ApplicationScoped
public class BaseImportUploadLimit implements UploadLimit {

    private final DuesConfig config;

    public BaseImportUploadLimit(DuesConfig config) {
        this.config = config;
    }

    @Override
    public String path() {
        return "/api/v1/dues/bases/import";
    }

    @Override
    public long maxBytes() {
        return config.importMaxSize().asLongValue();
    }
}
