-- Organizations (组织设置): the tree, its history, leadership terms (班子), plus shared plumbing tables.

create table organization (
    id                           uuid primary key,
    code                         varchar(64)  not null,
    name                         varchar(200) not null,
    short_name                   varchar(100),
    type                         varchar(40)  not null check (type in (
        'STREET_WORKING_COMMITTEE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'JOINT_BRANCH', 'PARTY_GROUP')),
    category                     varchar(40)  not null check (category in (
        'STREET', 'COMMUNITY', 'INSTITUTION', 'NON_PUBLIC', 'SOCIAL_ORGANIZATION', 'MOBILE_MEMBERS', 'GRID', 'OTHER')),
    parent_id                    uuid references organization (id),
    -- materialized path of ids, '/<root>/.../<self>/': subtree = path like '<prefix>%'
    path                         text         not null,
    depth                        int          not null,
    established_on               date,
    address                      varchar(300),
    contact_phone                varchar(40),
    resident_count               int check (resident_count >= 0),
    covered_unit_count           int check (covered_unit_count >= 0),
    -- entered by hand until the member roster exists; the shape rules read them through OrgMemberCounts
    entered_full_members         int          not null default 0 check (entered_full_members >= 0),
    entered_probationary_members int          not null default 0 check (entered_probationary_members >= 0),
    archived_at                  timestamptz,
    archived_on                  date,
    archive_reason               text,
    version                      bigint       not null default 0,
    created_at                   timestamptz  not null default now(),
    updated_at                   timestamptz  not null default now(),
    constraint organization_root_has_no_parent check ((parent_id is null) = (depth = 0))
);
create unique index organization_code_uq on organization (code);
create index organization_parent_idx on organization (parent_id);
create index organization_path_idx on organization (path text_pattern_ops);
create index organization_type_code_idx on organization (type, code);

create table organization_event (
    id               uuid primary key,
    organization_id  uuid        not null references organization (id),
    kind             varchar(30) not null,
    effective_on     date        not null,
    document_number  varchar(100),
    reason           text,
    from_parent_id   uuid,
    to_parent_id     uuid,
    from_type        varchar(40),
    to_type          varchar(40),
    recorded_at      timestamptz not null default now()
);
create index organization_event_org_idx on organization_event (organization_id, effective_on desc, recorded_at desc);

create table leadership_term (
    id               uuid primary key,
    organization_id  uuid        not null references organization (id),
    starts_on        date        not null,
    ends_on          date        not null,
    closed_on        date,
    document_number  varchar(100),
    note             text,
    version          bigint      not null default 0,
    created_at       timestamptz not null default now(),
    constraint leadership_term_dates check (ends_on > starts_on)
);
-- at most one current (not superseded) term per organization
create unique index leadership_term_current_uq on leadership_term (organization_id) where closed_on is null;
create index leadership_term_org_idx on leadership_term (organization_id, starts_on desc);

create table leadership_seat (
    term_id      uuid         not null references leadership_term (id) on delete cascade,
    seat_order   int          not null,
    position     varchar(40)  not null,
    person_name  varchar(100) not null,
    member_id    uuid,
    primary key (term_id, seat_order)
);

create table idempotency_record (
    operation        varchar(100) not null,
    idempotency_key  varchar(200) not null,
    request_hash     char(64)     not null,
    status           int,
    location         text,
    etag             text,
    body             text,
    created_at       timestamptz  not null default now(),
    primary key (operation, idempotency_key)
);

create table app_state (
    key         varchar(100) primary key,
    value       text         not null,
    updated_at  timestamptz  not null default now()
);
