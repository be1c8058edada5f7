package org.branchbook.common;

/**
 * An endpoint that takes files larger than the JSON body limit (a bulk import). A feature declares
 * one as a bean; {@link OversizeBodies} applies its limit to that path.
 */
public interface UploadLimit {

    /** The request path, e.g. {@code /api/v1/members/import}. */
    String path();

    /** The largest body accepted there, in bytes. */
    long maxBytes();
}
