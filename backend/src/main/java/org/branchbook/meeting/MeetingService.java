package org.branchbook.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.branchbook.access.Caller;
import org.branchbook.audit.AuditLog;
import org.branchbook.common.ApiException;
import org.branchbook.common.Cursor;
import org.branchbook.common.ETags;
import org.branchbook.common.FieldError;
import org.branchbook.common.Params;
import org.branchbook.common.Periods;
import org.branchbook.member.MemberStatus;
import org.branchbook.member.Registration;
import org.branchbook.organization.OrgRef;
import org.branchbook.organization.OrgType;
import org.branchbook.organization.Organization;
import org.branchbook.organization.OrganizationService;

/** Owns the 组织生活记实簿: planning, recording (attendance, quorum), cancelling and finding meetings. */
@ApplicationScoped
public class MeetingService {

    private final EntityManager em;
    private final Caller caller;
    private final AuditLog audit;
    private final OrganizationService organizations;

    public MeetingService(EntityManager em, Caller caller, AuditLog audit, OrganizationService organizations) {
        this.em = em;
        this.caller = caller;
        this.audit = audit;
        this.organizations = organizations;
    }

    // ---- writes ----

    @Transactional
    public MeetingView create(MeetingInput in) {
        Organization org = organizations.requireReferenced(in.organizationId(), "organizationId", "党组织");
        Meeting m = new Meeting();
        m.id = UUID.randomUUID();
        m.organizationId = org.id;
        m.createdAt = Periods.now();
        m.createdBy = caller.signature();
        List<MeetingView.Attendee> attendees = apply(m, org, in);
        m.persist();
        em.flush();
        writeAttendees(m.id, attendees);
        audit.record("meeting.create", "meeting", m.id, org.path, null, summary(m, attendees));
        return get(m.id);
    }

    @Transactional
    public MeetingView update(UUID id, String ifMatch, MeetingInput in) {
        Meeting m = lock(id);
        ETags.require(ifMatch, m.version);
        if (m.state == Meeting.State.CANCELLED) {
            throw ApiException.conflict("meeting-cancelled", "该会议已取消，不能修改");
        }
        if (m.state == Meeting.State.HELD && in.state() == Meeting.State.PLANNED) {
            throw ApiException.conflict("meeting-held", "state", "已召开的会议不能改回计划");
        }
        if (!m.organizationId.equals(in.organizationId())) {
            throw ApiException.unprocessable("organization-fixed", "organizationId", "会议所属党组织不能修改；请另建会议");
        }
        Organization org = em.find(Organization.class, m.organizationId);
        Map<String, Object> before = summary(m, attendees(List.of(m.id)).getOrDefault(m.id, List.of()));
        List<MeetingView.Attendee> attendees = apply(m, org, in);
        em.flush();
        em.createNativeQuery("delete from meeting_attendee where meeting_id = :id").setParameter("id", m.id).executeUpdate();
        writeAttendees(m.id, attendees);
        audit.record(before.get("state").equals(m.state) ? "meeting.update" : "meeting.record", "meeting", m.id, org.path,
                before, summary(m, attendees));
        return get(m.id);
    }

    @Transactional
    public MeetingView cancel(UUID id, String ifMatch, CancelInput in) {
        Meeting m = lock(id);
        if (ifMatch != null && !ifMatch.isBlank()) {
            ETags.require(ifMatch, m.version);
        }
        if (m.state != Meeting.State.PLANNED) {
            throw ApiException.conflict("meeting-not-planned", "只有计划中的会议可以取消（该会议" + (m.state == Meeting.State.HELD
                    ? "已召开" : "已取消") + "）");
        }
        m.state = Meeting.State.CANCELLED;
        m.cancelReason = in.reason().strip();
        m.updatedAt = Periods.now();
        em.flush();
        audit.record("meeting.cancel", "meeting", m.id, em.find(Organization.class, m.organizationId).path,
                Map.of("state", Meeting.State.PLANNED), Map.of("state", m.state, "reason", m.cancelReason));
        return get(m.id);
    }

    /** Checks the input against the organization and the rules and sets it on the meeting; returns the attendees. */
    private List<MeetingView.Attendee> apply(Meeting m, Organization org, MeetingInput in) {
        Set<MeetingType> types = in.types();
        Instant starts = in.startsAt().toInstant();
        Instant ends = in.endsAt() == null ? null : in.endsAt().toInstant();
        if (ends != null && ends.isBefore(starts)) {
            throw ApiException.unprocessable("invalid-meeting", "endsAt", "结束时间不能早于开始时间");
        }
        if (in.state() == Meeting.State.HELD && starts.isAfter(Periods.now())) {
            throw ApiException.unprocessable("held-in-future", "startsAt", "尚未到开始时间的会议不能记为已召开");
        }
        if (in.state() == Meeting.State.CANCELLED) {
            throw ApiException.unprocessable("invalid-meeting", "state", "取消会议请使用 cancel 操作");
        }
        Organization group = null;
        if (types.contains(MeetingType.PARTY_GROUP_MEETING)) {
            if (in.groupId() == null) {
                throw ApiException.unprocessable("invalid-meeting", "groupId", "党小组会请选择党小组");
            }
            group = organizations.requireReferenced(in.groupId(), "groupId", "党小组");
            if (group.type != OrgType.PARTY_GROUP || !org.id.equals(group.parentId)) {
                throw ApiException.unprocessable("invalid-meeting", "groupId", "所选党小组不属于该党组织");
            }
        } else if (in.groupId() != null) {
            throw ApiException.unprocessable("invalid-meeting", "groupId", "只有党小组会需要选择党小组");
        }
        LocalDate day = starts.atZone(Periods.ZONE).toLocalDate();
        List<MeetingView.Attendee> attendees = in.attendees() == null
                ? expected(org, group, types, day)
                : attendeesFrom(in.attendees(), org, in.state());
        MeetingRules.Vote vote = in.vote() == null ? MeetingRules.Vote.NONE : in.vote();
        if (in.state() == Meeting.State.HELD) {
            MeetingRules.Quorum q = quorum(types, vote, attendees);
            if (vote != MeetingRules.Vote.NONE && !q.met()) {
                throw ApiException.unprocessable("quorum-not-met", "vote", "出席人数不足，不能表决：" + q.needed() + "（应到 "
                        + q.eligible() + " 人，实到 " + q.present() + " 人）");
            }
        }
        m.groupId = group == null ? null : group.id;
        m.typeSet(types);
        m.state = in.state();
        m.startsAt = starts;
        m.endsAt = ends;
        m.place = Params.strippedOrNull(in.place());
        m.topic = in.topic().strip();
        m.host = Params.strippedOrNull(in.host());
        m.recorder = Params.strippedOrNull(in.recorder());
        m.lecturer = Params.strippedOrNull(in.lecturer());
        m.secretaryLectured = Boolean.TRUE.equals(in.secretaryLectured()) && types.contains(MeetingType.PARTY_LECTURE);
        m.vote = vote;
        m.minutes = in.minutes();
        m.resolutions = in.resolutions();
        m.updatedAt = Periods.now();
        return attendees;
    }

    private List<MeetingView.Attendee> attendeesFrom(List<AttendeeInput> in, Organization org, Meeting.State state) {
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        for (AttendeeInput a : in) {
            if (a.memberId() != null) {
                ids.add(a.memberId());
            }
        }
        Map<UUID, Object[]> members = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("""
                    select m.id, m.name, m.status, m.registration from Member m, Organization o
                    where o.id = m.organizationId and o.path like :scope and m.id in :ids""", Object[].class)
                    .setParameter("scope", caller.scope()).setParameter("ids", ids).getResultList()
                    .forEach(r -> members.put((UUID) r[0], r));
        }
        Set<UUID> seen = new HashSet<>();
        List<MeetingView.Attendee> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            AttendeeInput a = in.get(i);
            String at = "attendees[" + i + "]";
            boolean invited = Boolean.TRUE.equals(a.invited()) || a.memberId() == null;
            String name;
            boolean voting;
            if (a.memberId() != null) {
                Object[] m = members.get(a.memberId());
                if (m == null) {
                    errors.add(FieldError.of(at + ".memberId", "党员不存在或不在本账号管理范围内"));
                    continue;
                }
                if (!seen.add(a.memberId())) {
                    errors.add(FieldError.of(at + ".memberId", "同一名党员列了两次"));
                }
                name = (String) m[1];
                voting = a.voting() != null ? a.voting() : m[2] == MemberStatus.FULL && m[3] == Registration.REGISTERED;
            } else {
                if (a.name() == null || a.name().isBlank()) {
                    errors.add(FieldError.of(at + ".name", "请填写列席人员姓名"));
                    continue;
                }
                name = a.name().strip();
                voting = false;
            }
            if (state == Meeting.State.HELD && a.status() == AttendanceStatus.EXPECTED) {
                errors.add(FieldError.of(at + ".status", "已召开的会议请记录出席、请假或缺席"));
            }
            if (state == Meeting.State.PLANNED && a.status() != AttendanceStatus.EXPECTED) {
                errors.add(FieldError.of(at + ".status", "计划中的会议尚无出席情况（EXPECTED）"));
            }
            if (state == Meeting.State.HELD && (a.status() == AttendanceStatus.LEAVE || a.status() == AttendanceStatus.ABSENT)
                    && (a.reason() == null || a.reason().isBlank())) {
                errors.add(FieldError.of(at + ".reason", "请填写请假或缺席的原因"));
            }
            out.add(new MeetingView.Attendee(a.memberId(), name, invited && a.memberId() == null, voting && !invited,
                    Boolean.TRUE.equals(a.committee()), a.status(), Params.strippedOrNull(a.reason())));
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable("invalid-attendees", errors.get(0).message(), errors);
        }
        return out;
    }

    /**
     * The members expected on {@code day}: those whose membership period in the organization (or the group)
     * covers it, with voting rights for registered full members; a 支委会 expects the 支委 only.
     */
    public List<MeetingView.Attendee> expected(Organization org, Organization group, Set<MeetingType> types, LocalDate day) {
        var query = em.createNativeQuery("select m.id, m.name, m.status, m.registration from membership p"
                + " join member m on m.id = p.member_id where p.organization_id = :org"
                + (group == null ? "" : " and p.group_id = :grp")
                + " and p.from_on <= :day and (p.to_on is null or p.to_on > :day)"
                + " order by m.name collate \"zh-x-icu\", m.id")
                .setParameter("org", org.id).setParameter("day", day);
        if (group != null) {
            query.setParameter("grp", group.id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Set<String> committee = committee(org.id, day);
        List<MeetingView.Attendee> out = new ArrayList<>();
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            String name = (String) r[1];
            boolean isCommittee = committee.contains(id.toString()) || committee.contains(name);
            if (types.contains(MeetingType.BRANCH_COMMITTEE_MEETING) && !isCommittee) {
                continue;
            }
            boolean voting = "FULL".equals(r[2]) && "REGISTERED".equals(r[3]);
            out.add(new MeetingView.Attendee(id, name, false, voting, isCommittee, AttendanceStatus.EXPECTED, null));
        }
        return out;
    }

    /** The 支委 of the term in force on {@code day}: member ids and names (seats may name people without an id). */
    Set<String> committee(UUID orgId, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> seats = em.createNativeQuery("""
                select s.member_id, s.person_name from leadership_seat s join leadership_term t on t.id = s.term_id
                where t.organization_id = :org and t.starts_on <= :day and (t.closed_on is null or t.closed_on > :day)""")
                .setParameter("org", orgId).setParameter("day", day).getResultList();
        Set<String> out = new HashSet<>();
        for (Object[] s : seats) {
            if (s[0] != null) {
                out.add(s[0].toString());
            }
            out.add((String) s[1]);
        }
        return out;
    }

    private void writeAttendees(UUID meetingId, List<MeetingView.Attendee> attendees) {
        int seq = 0;
        for (MeetingView.Attendee a : attendees) {
            em.createNativeQuery("""
                    insert into meeting_attendee (meeting_id, seq, member_id, name, invited, voting, committee, status, reason)
                    values (:m, :seq, :member, :name, :invited, :voting, :committee, :status, :reason)""")
                    .setParameter("m", meetingId).setParameter("seq", ++seq).setParameter("member", a.memberId())
                    .setParameter("name", a.name()).setParameter("invited", a.invited()).setParameter("voting", a.voting())
                    .setParameter("committee", a.committee()).setParameter("status", a.status().name())
                    .setParameter("reason", a.reason()).executeUpdate();
        }
    }

    // ---- reads ----

    @Transactional
    public MeetingView get(UUID id) {
        Meeting m = id == null ? null : em.find(Meeting.class, id);
        if (m == null || !caller.covers(em.find(Organization.class, m.organizationId).path)) {
            throw ApiException.notFound("会议不存在");
        }
        return views(List.of(m)).get(0);
    }

    /** Meetings below an organization (default: the caller's) starting in [from, to], by start time. */
    @Transactional
    public MeetingPage list(UUID organizationId, LocalDate from, LocalDate to, Meeting.State state, MeetingType type,
            Integer limit, String cursor) {
        Organization org = organizations.require(organizationId == null ? caller.organizationId() : organizationId);
        int size = Cursor.limit(limit);
        List<String> after = Cursor.decode(cursor, 2);
        StringBuilder sql = new StringBuilder("""
                select m.id from meeting m join organization o on o.id = m.organization_id where o.path like :path""");
        Map<String, Object> params = new HashMap<>();
        params.put("path", org.path + "%");
        if (from != null) {
            sql.append(" and m.starts_at >= :from");
            params.put("from", java.sql.Timestamp.from(from.atStartOfDay(Periods.ZONE).toInstant()));
        }
        if (to != null) {
            sql.append(" and m.starts_at < :to");
            params.put("to", java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(Periods.ZONE).toInstant()));
        }
        if (state != null) {
            sql.append(" and m.state = :state");
            params.put("state", state.name());
        }
        if (type != null) {
            sql.append(" and :type = any(m.types)");
            params.put("type", type.name());
        }
        if (!after.isEmpty()) {
            try {
                params.put("afterAt", java.sql.Timestamp.from(Instant.parse(after.get(0))));
                params.put("afterId", UUID.fromString(after.get(1)));
            } catch (RuntimeException e) {
                throw Cursor.invalid();
            }
            sql.append(" and (m.starts_at, m.id) > (:afterAt, :afterId)");
        }
        sql.append(" order by m.starts_at, m.id limit :limit");
        params.put("limit", size + 1);
        var q = em.createNativeQuery(sql.toString());
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<UUID> ids = q.getResultList();
        boolean more = ids.size() > size;
        if (more) {
            ids = ids.subList(0, size);
        }
        List<Meeting> meetings = ids.isEmpty() ? List.of() : em.createQuery(
                "from Meeting m where m.id in :ids order by m.startsAt, m.id", Meeting.class).setParameter("ids", ids)
                .getResultList();
        String next = null;
        if (more) {
            Meeting last = meetings.get(meetings.size() - 1);
            next = Cursor.encode(last.startsAt.toString(), last.id.toString());
        }
        return new MeetingPage(views(meetings), next);
    }

    /** Every held meeting of one organization (not its subtree) in a year, by start: its 组织生活记实簿. */
    @Transactional
    public List<MeetingView> book(Organization org, int year) {
        return views(held(org.id, year));
    }

    /** The held meetings of one organization that started in a year (Asia/Shanghai), by start. */
    List<Meeting> held(UUID organizationId, int year) {
        return em.createQuery("""
                from Meeting m where m.organizationId = :org and m.state = :held and m.startsAt >= :from and m.startsAt < :to
                order by m.startsAt, m.id""", Meeting.class)
                .setParameter("org", organizationId).setParameter("held", Meeting.State.HELD)
                .setParameter("from", LocalDate.of(year, 1, 1).atStartOfDay(Periods.ZONE).toInstant())
                .setParameter("to", LocalDate.of(year + 1, 1, 1).atStartOfDay(Periods.ZONE).toInstant()).getResultList();
    }

    List<MeetingView> views(List<Meeting> meetings) {
        if (meetings.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = meetings.stream().map(m -> m.id).toList();
        Map<UUID, List<MeetingView.Attendee>> people = attendees(ids);
        Map<UUID, List<MeetingView.Attachment>> files = new HashMap<>();
        em.createQuery("""
                select a.id, a.meetingId, a.fileName, a.contentType, a.sizeBytes, a.createdAt from MeetingAttachment a
                where a.meetingId in :ids order by a.createdAt""", Object[].class).setParameter("ids", ids).getResultList()
                .forEach(r -> files.computeIfAbsent((UUID) r[1], k -> new ArrayList<>()).add(new MeetingView.Attachment(
                        (UUID) r[0], (String) r[2], (String) r[3], (Long) r[4], (Instant) r[5])));
        Set<UUID> orgIds = new HashSet<>();
        meetings.forEach(m -> {
            orgIds.add(m.organizationId);
            if (m.groupId != null) {
                orgIds.add(m.groupId);
            }
        });
        Map<UUID, OrgRef> refs = organizations.refs(orgIds);
        List<MeetingView> out = new ArrayList<>(meetings.size());
        for (Meeting m : meetings) {
            List<MeetingView.Attendee> list = people.getOrDefault(m.id, List.of());
            Set<MeetingType> types = m.typeSet();
            MeetingRules.Quorum q = quorum(types, m.vote, list);
            out.add(new MeetingView(m.id, refs.get(m.organizationId), m.groupId == null ? null : refs.get(m.groupId), types,
                    m.state, m.startsAt, m.endsAt, m.place, m.topic, m.host, m.recorder, m.lecturer, m.secretaryLectured,
                    m.vote, m.minutes, m.resolutions, m.cancelReason, list, attendance(list),
                    new MeetingView.Quorum(q.needed(), q.present(), q.eligible(), q.met()),
                    m.state == Meeting.State.HELD ? MeetingRules.counts(types, m.secretaryLectured) : Set.of(),
                    files.getOrDefault(m.id, List.of()), m.version, m.createdAt, m.createdBy, m.updatedAt));
        }
        return out;
    }

    private Map<UUID, List<MeetingView.Attendee>> attendees(List<UUID> meetingIds) {
        Map<UUID, List<MeetingView.Attendee>> out = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select meeting_id, member_id, name, invited, voting, committee, status, reason from meeting_attendee
                where meeting_id in (:ids) order by meeting_id, seq""").setParameter("ids", meetingIds).getResultList();
        for (Object[] r : rows) {
            out.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new MeetingView.Attendee((UUID) r[1], (String) r[2],
                    (Boolean) r[3], (Boolean) r[4], (Boolean) r[5], AttendanceStatus.valueOf((String) r[6]), (String) r[7]));
        }
        return out;
    }

    static MeetingRules.Quorum quorum(Set<MeetingType> types, MeetingRules.Vote vote, List<MeetingView.Attendee> list) {
        return MeetingRules.quorum(types, vote, list.stream().filter(a -> !a.invited())
                .map(a -> new MeetingRules.Seat(a.status() == AttendanceStatus.PRESENT, a.voting(), a.committee())).toList());
    }

    static MeetingView.Attendance attendance(List<MeetingView.Attendee> list) {
        int expected = 0;
        int present = 0;
        int leave = 0;
        int absent = 0;
        for (MeetingView.Attendee a : list) {
            if (a.invited()) {
                continue;
            }
            expected++;
            switch (a.status()) {
                case PRESENT -> present++;
                case LEAVE -> leave++;
                case ABSENT -> absent++;
                case EXPECTED -> { }
            }
        }
        boolean recorded = present + leave + absent > 0;
        return new MeetingView.Attendance(expected, present, leave, absent,
                recorded && expected > 0 ? Math.round(present * 1000.0 / expected) / 1000.0 : null);
    }

    private Meeting lock(UUID id) {
        Meeting m = id == null ? null : em.find(Meeting.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null || !caller.covers(em.find(Organization.class, m.organizationId).path)) {
            throw ApiException.notFound("会议不存在");
        }
        return m;
    }

    private static Map<String, Object> summary(Meeting m, List<MeetingView.Attendee> attendees) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("state", m.state);
        out.put("types", m.types == null ? List.of() : List.of(m.types));
        out.put("startsAt", m.startsAt);
        out.put("topic", m.topic);
        out.put("vote", m.vote);
        out.put("present", attendees.stream().filter(a -> a.status() == AttendanceStatus.PRESENT).count());
        out.put("expected", attendees.stream().filter(a -> !a.invited()).count());
        return out;
    }


}
