-- 三会一课 and organizational life: the frequency rules as data, meeting records, attendance, attachments.

-- What an organization of a type owes, from a month on (the latest version not after a period applies):
-- `times` meetings counting for `requirement` in every `period`.
create table meeting_rule (
    effective_from date        not null check (extract(day from effective_from) = 1),
    org_type       varchar(30) not null,
    requirement    varchar(40) not null check (requirement in ('GENERAL_MEETING', 'COMMITTEE_MEETING', 'GROUP_MEETING',
                       'PARTY_LECTURE', 'SECRETARY_LECTURE', 'THEMED_PARTY_DAY', 'ORGANIZATIONAL_LIFE_MEETING',
                       'DEMOCRATIC_APPRAISAL')),
    period         varchar(10) not null check (period in ('MONTH', 'QUARTER', 'YEAR')),
    times          integer     not null check (times between 1 and 31),
    primary key (effective_from, org_type, requirement)
);
-- domain.md (seed 004 第十四–十九条): the defaults for 党支部 and 联合党支部
insert into meeting_rule (effective_from, org_type, requirement, period, times)
select '2000-01-01', t.org_type, r.requirement, r.period, 1
from (values ('BRANCH'), ('JOINT_BRANCH')) t (org_type),
     (values ('GENERAL_MEETING', 'QUARTER'), ('COMMITTEE_MEETING', 'MONTH'), ('GROUP_MEETING', 'MONTH'),
             ('PARTY_LECTURE', 'QUARTER'), ('SECRETARY_LECTURE', 'YEAR'), ('THEMED_PARTY_DAY', 'MONTH'),
             ('ORGANIZATIONAL_LIFE_MEETING', 'YEAR'), ('DEMOCRATIC_APPRAISAL', 'YEAR')) r (requirement, period);

-- 组织生活记实簿: one meeting, planned or held; it may count as several types (a 主题党日 with a 党课)
create table meeting (
    id                 uuid primary key,
    organization_id    uuid          not null references organization (id),
    group_id           uuid          references organization (id),
    types              varchar(40)[] not null check (cardinality(types) between 1 and 8),
    state              varchar(10)   not null check (state in ('PLANNED', 'HELD', 'CANCELLED')),
    starts_at          timestamptz   not null,
    ends_at            timestamptz,
    place              varchar(200),
    topic              varchar(200)  not null,
    host               varchar(50),
    recorder           varchar(50),
    lecturer           varchar(50),
    secretary_lectured boolean       not null default false,
    vote               varchar(12)   not null default 'NONE' check (vote in ('NONE', 'RESOLUTION', 'ELECTION')),
    minutes            text,
    resolutions        text,
    cancel_reason      varchar(200),
    version            bigint        not null default 0,
    created_at         timestamptz   not null,
    created_by         varchar(100)  not null,
    updated_at         timestamptz   not null,
    check (ends_at is null or ends_at >= starts_at)
);
create index meeting_org_idx on meeting (organization_id, starts_at);
create index meeting_starts_idx on meeting (starts_at);

-- who was expected and how they attended; members by id, invited non-members (e.g. 在职党员报到) by name
create table meeting_attendee (
    meeting_id uuid         not null references meeting (id) on delete cascade,
    seq        integer      not null,
    member_id  uuid         references member (id),
    name       varchar(50)  not null,
    invited    boolean      not null default false,
    voting     boolean      not null default false,
    committee  boolean      not null default false,
    status     varchar(10)  not null check (status in ('EXPECTED', 'PRESENT', 'LEAVE', 'ABSENT')),
    reason     varchar(200),
    primary key (meeting_id, seq),
    check (invited or member_id is not null)
);
create index meeting_attendee_member_idx on meeting_attendee (member_id);

-- photos, sign-in sheets and PDFs; served only to callers who can see the meeting
create table meeting_attachment (
    id           uuid primary key,
    meeting_id   uuid         not null references meeting (id),
    file_name    varchar(200) not null,
    content_type varchar(50)  not null check (content_type in ('image/jpeg', 'image/png', 'application/pdf')),
    size_bytes   bigint       not null check (size_bytes > 0),
    sha256       varchar(64)  not null,
    content      bytea        not null,
    created_at   timestamptz  not null,
    created_by   varchar(100) not null
);
create index meeting_attachment_meeting_idx on meeting_attachment (meeting_id);
