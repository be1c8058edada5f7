package org.branchbook.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.branchbook.access.Caller;
import org.branchbook.audit.AuditLog;
import org.branchbook.common.ApiException;
import org.branchbook.common.Periods;
import org.branchbook.organization.Organization;

/**
 * Attachments of meetings: only JPEG, PNG and PDF, recognized by their first bytes (not by the name or the
 * declared type), up to meetings.attachment-max-size, served only to callers who can see the meeting.
 */
@ApplicationScoped
public class AttachmentService {

    private final EntityManager em;
    private final Caller caller;
    private final AuditLog audit;
    private final MeetingConfig config;

    public AttachmentService(EntityManager em, Caller caller, AuditLog audit, MeetingConfig config) {
        this.em = em;
        this.caller = caller;
        this.audit = audit;
        this.config = config;
    }

    @Transactional
    public MeetingView.Attachment add(UUID meetingId, String fileName, byte[] content) {
        Meeting m = meeting(meetingId);
        if (content == null || content.length == 0) {
            throw ApiException.badRequest("body", "请上传文件内容");
        }
        long max = config.attachmentMaxSize().asLongValue();
        if (content.length > max) {
            throw new ApiException(413, "too-large", "文件过大", "附件不能超过 " + max / (1024 * 1024) + " MB", null);
        }
        String type = sniff(content);
        if (type == null) {
            throw new ApiException(415, "unsupported-attachment", "不支持的文件类型", "附件只能是 JPEG 或 PNG 图片、PDF 文件", null);
        }
        String name = fileName == null || fileName.isBlank() ? "附件" : fileName.strip();
        name = name.replaceAll("[\\\\/\\p{Cntrl}\"]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        MeetingAttachment a = new MeetingAttachment();
        a.id = UUID.randomUUID();
        a.meetingId = m.id;
        a.fileName = name;
        a.contentType = type;
        a.sizeBytes = content.length;
        a.sha256 = sha256(content);
        a.content = content;
        a.createdAt = Periods.now();
        a.createdBy = caller.signature();
        a.persist();
        em.flush();
        audit.record("meeting.attachment", "meeting", m.id, pathOf(m), null,
                Map.of("attachment", a.id, "fileName", a.fileName, "contentType", type, "sizeBytes", a.sizeBytes));
        return new MeetingView.Attachment(a.id, a.fileName, a.contentType, a.sizeBytes, a.createdAt);
    }

    /** The attachment with its bytes, if the caller can see its meeting. */
    @Transactional
    public MeetingAttachment get(UUID meetingId, UUID attachmentId) {
        Meeting m = meeting(meetingId);
        MeetingAttachment a = attachmentId == null ? null : em.find(MeetingAttachment.class, attachmentId);
        if (a == null || !a.meetingId.equals(m.id)) {
            throw ApiException.notFound("附件不存在");
        }
        a.content.getClass(); // load the bytes inside the transaction
        return a;
    }

    @Transactional
    public void delete(UUID meetingId, UUID attachmentId) {
        MeetingAttachment a = get(meetingId, attachmentId);
        Meeting m = em.find(Meeting.class, a.meetingId);
        em.remove(a);
        em.flush();
        audit.record("meeting.attachment-delete", "meeting", m.id, pathOf(m),
                Map.of("attachment", a.id, "fileName", a.fileName), null);
    }

    /** JPEG, PNG or PDF by magic bytes; null for anything else. */
    static String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return "image/png";
        }
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return "application/pdf";
        }
        return null;
    }

    private Meeting meeting(UUID id) {
        Meeting m = id == null ? null : em.find(Meeting.class, id);
        if (m == null || !caller.covers(pathOf(m))) {
            throw ApiException.notFound("会议不存在");
        }
        return m;
    }

    private String pathOf(Meeting m) {
        return em.find(Organization.class, m.organizationId).path;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
