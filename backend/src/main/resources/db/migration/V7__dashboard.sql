-- The street dashboard (总览): per-organization facts computed from the books by the same rules as the
-- reports (dashboard/DashboardFacts), so that the overview of any subtree is a sum over a few thousand rows.
--
-- Kept correct on every write: a statement trigger on each table the facts read marks the organizations it
-- touched (and their ancestors, whose shape depends on their subtree) stale; a read refreshes the stale
-- organizations of its subtree first. Facts also go stale when the Shanghai day changes (dates move on).

-- an organization is stale while it has a row here (or no dashboard_org row, or one computed on an earlier day)
create table dashboard_stale (
    seq             bigserial primary key,
    organization_id uuid not null
);
create index dashboard_stale_org_idx on dashboard_stale (organization_id);

-- the facts of one organization about its own members (a subtree's figures are sums over its organizations)
create table dashboard_org (
    organization_id      uuid primary key references organization (id),
    computed_at          timestamptz not null,
    computed_on          date        not null,
    -- the path its months were added to dashboard_subtree_month under
    rolled_path          text        not null,
    members_full         int not null,
    members_probationary int not null,
    registered           int not null,
    reporting            int not null,
    outflow              int not null,
    inflow               int not null,
    retired              int not null,
    unemployed           int not null,
    in_hardship          int not null,
    veteran              int not null,
    bedridden            int not null,
    -- probationary members whose probation has ended (转正 overdue) or ends within the notice window
    probation_due        int not null,
    probation_overdue    int not null,
    dues_warning         int not null,
    dues_flagged         int not null,
    inactive             int not null
);

-- per organization and month: dues due and paid (as in the branch register), meetings held, and the
-- 三会一课 requirement periods that end in the month (monthly ones, quarterly ones in March…, yearly in December)
create table dashboard_org_month (
    organization_id      uuid    not null references organization (id),
    month                date    not null check (extract(day from month) = 1),
    due_fen              bigint  not null,
    paid_fen             bigint  not null,
    meetings_held        int     not null,
    required             int     not null,
    met                  int     not null,
    missing              int     not null,
    open                 int     not null,
    missing_requirements varchar(40)[] not null default '{}',
    primary key (organization_id, month)
);

-- the same months summed over each organization's subtree (itself included), so that a subtree's months are a
-- dozen rows whatever its size. Kept by the refresh, which adds the change of each organization it recomputes to
-- every ancestor on the path it was counted under (dashboard_org.rolled_path) in one sorted upsert.
create table dashboard_subtree_month (
    organization_id uuid    not null,
    month           date    not null,
    due_fen         bigint  not null,
    paid_fen        bigint  not null,
    meetings_held   int     not null,
    required        int     not null,
    met             int     not null,
    missing         int     not null,
    open            int     not null,
    primary key (organization_id, month)
);

-- what needs fixing, per organization; the list is a sort of these rows over a subtree
create table dashboard_gap (
    organization_id uuid         not null references organization (id),
    seq             int          not null,
    kind            varchar(30)  not null,
    severity        varchar(10)  not null check (severity in ('URGENT', 'WARNING', 'NOTICE')),
    severity_rank   int          not null,
    code            varchar(40),
    since           date,
    detail          varchar(500) not null,
    item_count      int,
    transfer_id     uuid,
    member_id       uuid,
    member_name     varchar(50),
    primary key (organization_id, seq)
);

-- marks the given organizations and all their ancestors stale
create function dashboard_mark(ids uuid[]) returns void language sql as $$
    insert into dashboard_stale (organization_id)
    select distinct a.ancestor::uuid
    from organization o
    cross join lateral unnest(string_to_array(trim(both '/' from o.path), '/')) as a (ancestor)
    where o.id = any (ids)
$$;

-- tables whose rows name an organization (a member's is its branch)
create function dashboard_org_ref_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform dashboard_mark(array(select distinct organization_id from old_rows));
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        perform dashboard_mark(array(select distinct organization_id from new_rows));
    end if;
    return null;
end $$;
create trigger member_dashboard_ins after insert on member referencing new table as new_rows
    for each statement execute function dashboard_org_ref_changed();
create trigger member_dashboard_upd after update on member referencing old table as old_rows new table as new_rows
    for each statement execute function dashboard_org_ref_changed();
create trigger member_dashboard_del after delete on member referencing old table as old_rows
    for each statement execute function dashboard_org_ref_changed();

-- tables whose rows name a member: the member's branch goes stale
create function dashboard_member_ref_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform dashboard_mark(array(select distinct m.organization_id from old_rows r join member m on m.id = r.member_id));
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        perform dashboard_mark(array(select distinct m.organization_id from new_rows r join member m on m.id = r.member_id));
    end if;
    return null;
end $$;
create trigger dues_standard_dashboard_ins after insert on dues_standard referencing new table as new_rows
    for each statement execute function dashboard_member_ref_changed();
create trigger dues_standard_dashboard_upd after update on dues_standard referencing old table as old_rows new table as new_rows
    for each statement execute function dashboard_member_ref_changed();
create trigger dues_standard_dashboard_del after delete on dues_standard referencing old table as old_rows
    for each statement execute function dashboard_member_ref_changed();
-- the ledger is append-only: inserts are the only writes
create trigger dues_payment_dashboard_ins after insert on dues_payment referencing new table as new_rows
    for each statement execute function dashboard_member_ref_changed();
create trigger meeting_attendee_dashboard_ins after insert on meeting_attendee referencing new table as new_rows
    for each statement execute function dashboard_member_ref_changed();
create trigger meeting_attendee_dashboard_upd after update on meeting_attendee referencing old table as old_rows new table as new_rows
    for each statement execute function dashboard_member_ref_changed();
create trigger meeting_attendee_dashboard_del after delete on meeting_attendee referencing old table as old_rows
    for each statement execute function dashboard_member_ref_changed();
create trigger membership_dashboard_ins after insert on membership referencing new table as new_rows
    for each statement execute function dashboard_member_ref_changed();
create trigger membership_dashboard_upd after update on membership referencing old table as old_rows new table as new_rows
    for each statement execute function dashboard_member_ref_changed();

-- meetings and leadership terms name their organization
create trigger meeting_dashboard_ins after insert on meeting referencing new table as new_rows
    for each statement execute function dashboard_org_ref_changed();
create trigger meeting_dashboard_upd after update on meeting referencing old table as old_rows new table as new_rows
    for each statement execute function dashboard_org_ref_changed();
create trigger meeting_dashboard_del after delete on meeting referencing old table as old_rows
    for each statement execute function dashboard_org_ref_changed();
create trigger leadership_term_dashboard_ins after insert on leadership_term referencing new table as new_rows
    for each statement execute function dashboard_org_ref_changed();
create trigger leadership_term_dashboard_upd after update on leadership_term referencing old table as old_rows new table as new_rows
    for each statement execute function dashboard_org_ref_changed();
create trigger leadership_term_dashboard_del after delete on leadership_term referencing old table as old_rows
    for each statement execute function dashboard_org_ref_changed();

create function dashboard_seat_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform dashboard_mark(array(select distinct t.organization_id from old_rows r join leadership_term t on t.id = r.term_id));
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        perform dashboard_mark(array(select distinct t.organization_id from new_rows r join leadership_term t on t.id = r.term_id));
    end if;
    return null;
end $$;
create trigger leadership_seat_dashboard_ins after insert on leadership_seat referencing new table as new_rows
    for each statement execute function dashboard_seat_changed();
create trigger leadership_seat_dashboard_upd after update on leadership_seat referencing old table as old_rows new table as new_rows
    for each statement execute function dashboard_seat_changed();
create trigger leadership_seat_dashboard_del after delete on leadership_seat referencing old table as old_rows
    for each statement execute function dashboard_seat_changed();

-- an organization: itself, its old and new parent (a 党小组 changes what its branch owes; a move changes subtrees)
create function dashboard_organization_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform dashboard_mark(array(select id from old_rows union select parent_id from old_rows where parent_id is not null));
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        perform dashboard_mark(array(select id from new_rows union select parent_id from new_rows where parent_id is not null));
    end if;
    return null;
end $$;
create trigger organization_dashboard_ins after insert on organization referencing new table as new_rows
    for each statement execute function dashboard_organization_changed();
create trigger organization_dashboard_upd after update on organization referencing old table as old_rows new table as new_rows
    for each statement execute function dashboard_organization_changed();

-- a transfer: the organizations that have to act on it (source, approver, destination) and the member's branch
create function dashboard_transfer_changed() returns trigger language plpgsql as $$
begin
    perform dashboard_mark(array(
        select x from new_rows r cross join lateral (values (r.from_organization_id), (r.approver_organization_id),
            (r.to_organization_id), ((select m.organization_id from member m where m.id = r.member_id))) v (x)
        where x is not null));
    return null;
end $$;
create trigger transfer_dashboard_ins after insert on transfer referencing new table as new_rows
    for each statement execute function dashboard_transfer_changed();
create trigger transfer_dashboard_upd after update on transfer referencing new table as new_rows
    for each statement execute function dashboard_transfer_changed();
create function dashboard_letter_changed() returns trigger language plpgsql as $$
begin
    perform dashboard_mark(array(
        select x from new_rows l join transfer r on r.id = l.transfer_id
        cross join lateral (values (r.from_organization_id), (r.approver_organization_id), (r.to_organization_id)) v (x)
        where x is not null));
    return null;
end $$;
create trigger transfer_letter_dashboard_ins after insert on transfer_letter referencing new table as new_rows
    for each statement execute function dashboard_letter_changed();
create trigger transfer_letter_dashboard_upd after update on transfer_letter referencing new table as new_rows
    for each statement execute function dashboard_letter_changed();

-- a change of the 三会一课 rules concerns every organization
create function dashboard_everything_changed() returns trigger language plpgsql as $$
begin
    insert into dashboard_stale (organization_id) select id from organization;
    return null;
end $$;
create trigger meeting_rule_dashboard after insert or update or delete on meeting_rule
    for each statement execute function dashboard_everything_changed();
