package org.branchbook.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A photo, scanned sign-in sheet or PDF of a meeting; its bytes are read only when downloaded. */
@Entity
@Table(name = "meeting_attachment")
public class MeetingAttachment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
