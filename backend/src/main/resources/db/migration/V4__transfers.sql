-- Transfers (组织关系转接): the request, its approval, the introduction letter (介绍信) and acceptance.

-- a member whose relationship went to an organization outside the system (OUTGOING, once the letter is issued)
alter table member drop constraint member_status_check;
alter table member add constraint member_status_check
    check (status in ('PROBATIONARY', 'FULL', 'DISQUALIFIED', 'LEFT', 'DECEASED', 'TRANSFERRED_OUT'));

create table transfer (
    id                       uuid primary key,
    scope                    varchar(10)  not null check (scope in ('INTERNAL', 'OUTGOING', 'INCOMING')),
    state                    varchar(20)  not null
        check (state in ('REQUESTED', 'ISSUED', 'COMPLETED', 'RETURNED', 'WITHDRAWN')),
    -- INTERNAL and OUTGOING from the start; INCOMING once accepted
    member_id                uuid         references member (id),
    member_name              varchar(50)  not null,
    member_status            varchar(20)  not null check (member_status in ('PROBATIONARY', 'FULL')),
    member_joined_on         date         not null,
    -- INCOMING only: the member as the letter describes them, registered on acceptance
    member_id_number         varchar(18),
    member_gender            varchar(10),
    member_ethnicity         varchar(20),
    member_birth_date        date,
    member_phone             varchar(30),
    member_education         varchar(30),
    member_work_unit         varchar(200),
    member_job_title         varchar(100),
    member_address           varchar(300),
    member_full_on           date,
    member_probation_ends_on date,
    -- the source: a branch here (INTERNAL, OUTGOING) or an organization elsewhere, named (INCOMING)
    from_organization_id     uuid         references organization (id),
    from_name                varchar(200),
    from_region              varchar(200),
    -- the committee that approves (INTERNAL, OUTGOING): the source branch's nearest approving ancestor
    approver_organization_id uuid         references organization (id),
    -- the destination: an organization here (INTERNAL, INCOMING) or elsewhere, named (OUTGOING)
    to_organization_id       uuid         references organization (id),
    to_name                  varchar(200),
    to_region                varchar(200),
    in_city                  boolean      not null,
    -- where the receiver placed the member
    assigned_branch_id       uuid         references organization (id),
    assigned_group_id        uuid         references organization (id),
    reason                   varchar(200) not null,
    dues_paid_to             varchar(7)   not null check (dues_paid_to ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    requested_on             date         not null,
    completed_on             date,
    version                  bigint       not null default 0,
    created_at               timestamptz  not null,
    created_by               varchar(100) not null,
    updated_at               timestamptz  not null,
    check ((scope = 'INCOMING') = (from_organization_id is null)),
    check ((scope = 'OUTGOING') = (to_organization_id is null)),
    check (scope = 'INCOMING' or member_id is not null),
    check (scope <> 'INCOMING' or member_id_number is not null)
);
-- a member has at most one open transfer (an incoming one is keyed by the 身份证号 on its letter)
create unique index transfer_member_open_uq on transfer (member_id) where state in ('REQUESTED', 'ISSUED');
create unique index transfer_incoming_open_uq on transfer (member_id_number)
    where scope = 'INCOMING' and state in ('REQUESTED', 'ISSUED');
create index transfer_member_idx on transfer (member_id);
create index transfer_from_idx on transfer (from_organization_id);
create index transfer_to_idx on transfer (to_organization_id);
create index transfer_created_idx on transfer (created_at desc, id desc);
create index transfer_open_idx on transfer (state) where state in ('REQUESTED', 'ISSUED');

-- 介绍信: issued here on approval (and on reissue), or recorded from an incoming letter; the newest is current
create sequence transfer_letter_seq;
create table transfer_letter (
    id              uuid primary key,
    transfer_id     uuid         not null references transfer (id),
    number          varchar(50)  not null,
    issued_here     boolean      not null,
    issued_on       date         not null,
    valid_days      integer      not null check (valid_days between 1 and 366),
    last_valid_on   date         not null,
    receipt_due_on  date,
    dues_paid_to    varchar(7)   not null,
    superseded_on   date,
    supersede_reason varchar(200),
    recorded_at     timestamptz  not null,
    recorded_by     varchar(100) not null
);
create unique index transfer_letter_number_uq on transfer_letter (number) where issued_here;
create unique index transfer_letter_current_uq on transfer_letter (transfer_id) where superseded_on is null;
create index transfer_letter_transfer_idx on transfer_letter (transfer_id);

-- the timeline: every step with who took it and why
create table transfer_step (
    id           uuid primary key,
    transfer_id  uuid         not null references transfer (id),
    move         varchar(20)  not null,
    from_state   varchar(20),
    to_state     varchar(20)  not null,
    note         varchar(500),
    at           timestamptz  not null,
    by_name      varchar(100) not null
);
create index transfer_step_transfer_idx on transfer_step (transfer_id, at);
