-- Members (党员): the roster, each member's branch history and lifecycle events, and bulk imports.
-- Sized for 200,000 members: every list filter and sort below has an index.

create table member (
    id                  uuid primary key,
    name                varchar(50)  not null,
    gender              varchar(10)  not null check (gender in ('MALE', 'FEMALE')),
    ethnicity           varchar(20),
    birth_date          date         not null,
    id_number           varchar(18)  not null,
    phone               varchar(30),
    education           varchar(30),
    work_unit           varchar(200),
    job_title           varchar(100),
    address             varchar(300),
    joined_on           date         not null,
    full_on             date,
    probation_ends_on   date,
    probation_extended  boolean      not null default false,
    status              varchar(20)  not null
        check (status in ('PROBATIONARY', 'FULL', 'DISQUALIFIED', 'LEFT', 'DECEASED')),
    status_before       varchar(20),
    left_kind           varchar(20)  check (left_kind in ('LAPSED', 'STRUCK_OFF', 'EXPELLED')),
    status_changed_on   date,
    organization_id     uuid         not null references organization (id),
    group_id            uuid         references organization (id),
    registration        varchar(20)  not null check (registration in ('REGISTERED', 'REPORTING')),
    categories          varchar(20)[] not null default '{}',
    mobility            varchar(10)  check (mobility in ('OUTFLOW', 'INFLOW')),
    mobile_place        varchar(200),
    mobile_organization varchar(200),
    mobile_contact      varchar(100),
    mobile_since        date,
    note                varchar(500),
    version             bigint       not null default 0,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    check (full_on is null or full_on >= joined_on),
    check (status <> 'PROBATIONARY' or probation_ends_on is not null)
);
-- 身份证号 is unique across the deployment
create unique index member_id_number_uq on member (id_number);
-- list orders (keyset: sort key, then id); names sort by pinyin
create index member_name_idx on member (name collate "zh-x-icu", id);
create index member_joined_idx on member (joined_on, id);
create index member_birth_idx on member (birth_date, id);
create index member_organization_idx on member (organization_id, status);
create index member_group_idx on member (group_id) where group_id is not null;
-- text search: the last digits of the 身份证号 (phone numbers are matched anywhere: a scan of the subtree)
create index member_id_tail_idx on member (reverse(id_number) text_pattern_ops);
-- category and mobility filters are checked on the rows the scope and order already select: an index
-- on them would cost every bulk import more than it saves a list

-- 组织关系: which branch (and 党小组) a member belonged to, and when; one open row per member
create table membership (
    id              uuid primary key,
    member_id       uuid         not null references member (id),
    organization_id uuid         not null references organization (id),
    group_id        uuid         references organization (id),
    from_on         date         not null,
    to_on           date,
    reason          varchar(200) not null,
    recorded_at     timestamptz  not null,
    check (to_on is null or to_on >= from_on)
);
create unique index membership_open_uq on membership (member_id) where to_on is null;
create index membership_member_idx on membership (member_id, from_on);

-- lifecycle actions: 转正, 延长预备期, 取消预备资格, 出党, 死亡, 恢复党籍
create table member_event (
    id              uuid primary key,
    member_id       uuid         not null references member (id),
    kind            varchar(30)  not null,
    effective_on    date         not null,
    from_status     varchar(20),
    to_status       varchar(20),
    left_kind       varchar(20),
    months          integer,
    document_number varchar(100),
    reason          varchar(500),
    recorded_at     timestamptz  not null,
    recorded_by     varchar(100)
);
create index member_event_member_idx on member_event (member_id, effective_on);

-- one row per import run (dry runs too): its report, and every bad row
create table member_import (
    id              uuid primary key,
    scope_path      text         not null,
    format          varchar(10)  not null,
    dry_run         boolean      not null,
    outcome         varchar(20)  not null check (outcome in ('VALID', 'INVALID', 'APPLIED', 'REJECTED')),
    total_rows      integer      not null,
    created_count   integer      not null,
    updated_count   integer      not null,
    unchanged_count integer      not null,
    error_count     integer      not null,
    bytes           bigint       not null,
    created_by      varchar(100) not null,
    created_at      timestamptz  not null
);
create index member_import_created_idx on member_import (created_at);

create table member_import_error (
    import_id uuid         not null references member_import (id),
    seq       integer      not null,
    row_no    bigint       not null,
    col       varchar(50),
    message   varchar(500) not null,
    primary key (import_id, seq)
);

-- member numbers now come from the roster (RosterMemberCounts); the hand-entered counts go
alter table organization drop column entered_full_members, drop column entered_probationary_members;

-- an API token reveals 身份证号 and phones only when granted (and while its creator may)
alter table api_token add column can_reveal_sensitive boolean not null default false;
