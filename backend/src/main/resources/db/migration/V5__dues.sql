-- Dues (党费): the rate table as data, each member's yearly base and standard, and the append-only ledger.

-- 中组发〔2008〕3号 and any later table: a version is in force from its month on (the latest one not after
-- a month applies). Brackets: bases up to up_to_fen (inclusive; null = above the last bound) pay
-- basis_points / 10000 of the whole base.
create table dues_rate_table (
    effective_from  date    primary key check (extract(day from effective_from) = 1),
    fixed_fen       bigint  not null check (fixed_fen >= 0),
    farmer_min_fen  bigint  not null check (farmer_min_fen >= 0),
    farmer_max_fen  bigint  not null check (farmer_max_fen >= farmer_min_fen),
    note            varchar(200)
);
create table dues_rate_bracket (
    effective_from  date    not null references dues_rate_table (effective_from),
    category        varchar(10) not null check (category in ('IN_WORK', 'RETIRED')),
    seq             integer not null,
    up_to_fen       bigint  check (up_to_fen > 0),
    basis_points    integer not null check (basis_points between 0 and 10000),
    primary key (effective_from, category, seq)
);
insert into dues_rate_table values ('2008-04-01', 20, 20, 100, '中组发〔2008〕3号');
insert into dues_rate_bracket values
    ('2008-04-01', 'IN_WORK', 1, 300000, 50),
    ('2008-04-01', 'IN_WORK', 2, 500000, 100),
    ('2008-04-01', 'IN_WORK', 3, 1000000, 150),
    ('2008-04-01', 'IN_WORK', 4, null, 200),
    ('2008-04-01', 'RETIRED', 1, 500000, 50),
    ('2008-04-01', 'RETIRED', 2, null, 100);

-- 核定: a member's monthly amount from a month on (January for the yearly review; a later month when a wage
-- change applies mid-year). Computed from the base by the table, or set by hand with a reason.
create table dues_standard (
    id                 uuid primary key,
    member_id          uuid         not null references member (id),
    from_month         date         not null check (extract(day from from_month) = 1),
    category           varchar(10)  not null
        check (category in ('IN_WORK', 'RETIRED', 'STUDENT', 'UNEMPLOYED', 'RELIEF', 'FARMER')),
    base_fen           bigint       check (base_fen >= 0),
    basis_points       integer,
    computed_fen       bigint       not null check (computed_fen >= 0),
    monthly_fen        bigint       not null check (monthly_fen >= 0),
    adjustment         varchar(10)  not null check (adjustment in ('NONE', 'REDUCED', 'EXEMPT', 'OVERRIDE')),
    reason             varchar(500),
    approval_reference varchar(100),
    version            bigint       not null default 0,
    recorded_at        timestamptz  not null,
    recorded_by        varchar(100) not null,
    unique (member_id, from_month),
    check (adjustment = 'NONE' or reason is not null),
    check (adjustment not in ('REDUCED', 'EXEMPT') or approval_reference is not null),
    check (adjustment <> 'EXEMPT' or monthly_fen = 0)
);

-- 党费收缴: the ledger. Rows are never changed or deleted; a mistake is reversed by a new row.
create table dues_payment (
    id              uuid primary key,
    member_id       uuid         not null references member (id),
    organization_id uuid         not null references organization (id),
    kind            varchar(10)  not null check (kind in ('REGULAR', 'VOLUNTARY', 'REVERSAL')),
    from_month      date,
    to_month        date,
    amount_fen      bigint       not null,
    paid_on         date         not null,
    method          varchar(15)  check (method in ('CASH', 'BANK_TRANSFER', 'WECHAT', 'ALIPAY', 'OTHER')),
    reference       varchar(100),
    collected_by    varchar(50),
    paid_by         varchar(50),
    receipt_number  varchar(50),
    reason          varchar(500),
    reverses_id     uuid         unique references dues_payment (id),
    recorded_at     timestamptz  not null,
    recorded_by     varchar(100) not null,
    check ((kind = 'REVERSAL') = (reverses_id is not null)),
    check (kind <> 'REGULAR' or (from_month is not null and to_month >= from_month and amount_fen >= 0)),
    check (kind <> 'VOLUNTARY' or amount_fen > 0),
    check (kind <> 'REVERSAL' or reason is not null)
);
create index dues_payment_member_idx on dues_payment (member_id, from_month);
create index dues_payment_org_idx on dues_payment (organization_id, paid_on);

-- the months a payment covers, with its amount spread over them (a reversal's rows are negative)
create table dues_payment_month (
    payment_id  uuid    not null references dues_payment (id),
    member_id   uuid    not null references member (id),
    month       date    not null check (extract(day from month) = 1),
    amount_fen  bigint  not null,
    covers      integer not null check (covers in (1, -1)),
    primary key (payment_id, month)
);
create index dues_payment_month_member_idx on dues_payment_month (member_id, month);

create function dues_ledger_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the dues ledger is append-only: reverse a payment instead of changing it';
end $$;
create trigger dues_payment_no_update_or_delete before update or delete on dues_payment
    for each row execute function dues_ledger_is_append_only();
create trigger dues_payment_month_no_update_or_delete before update or delete on dues_payment_month
    for each row execute function dues_ledger_is_append_only();

-- 上缴: what an organization hands to its upper committee; 党费使用: what it spends. Both append-only:
-- a mistake is reversed by a negative entry that names the original.
create table dues_remittance (
    id                 uuid primary key,
    organization_id    uuid         not null references organization (id),
    to_organization_id uuid         not null references organization (id),
    from_month         date         not null check (extract(day from from_month) = 1),
    to_month           date         not null check (to_month >= from_month),
    amount_fen         bigint       not null,
    remitted_on        date         not null,
    reference          varchar(100),
    note               varchar(500),
    reverses_id        uuid         unique references dues_remittance (id),
    recorded_at        timestamptz  not null,
    recorded_by        varchar(100) not null,
    check ((reverses_id is null) = (amount_fen > 0)),
    check (reverses_id is null or note is not null)
);
create index dues_remittance_org_idx on dues_remittance (organization_id, remitted_on);
create index dues_remittance_to_idx on dues_remittance (to_organization_id, remitted_on);

create table dues_expense (
    id                 uuid primary key,
    organization_id    uuid         not null references organization (id),
    spent_on           date         not null,
    amount_fen         bigint       not null,
    purpose            varchar(200) not null,
    approval_reference varchar(100),
    reverses_id        uuid         unique references dues_expense (id),
    recorded_at        timestamptz  not null,
    recorded_by        varchar(100) not null,
    check ((reverses_id is null) = (amount_fen > 0))
);
create index dues_expense_org_idx on dues_expense (organization_id, spent_on);

create trigger dues_remittance_no_update_or_delete before update or delete on dues_remittance
    for each row execute function dues_ledger_is_append_only();
create trigger dues_expense_no_update_or_delete before update or delete on dues_expense
    for each row execute function dues_ledger_is_append_only();
