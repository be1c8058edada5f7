-- Access: accounts, sessions, API tokens, sign-in attempts, and the append-only audit trail.

create table account (
    id                   uuid primary key,
    username             varchar(64)  not null,
    display_name         varchar(100) not null,
    password_hash        varchar(100) not null,
    organization_id      uuid         not null references organization (id),
    role                 varchar(20)  not null check (role in ('STREET_ADMIN', 'ORG_ADMIN', 'ORG_VIEWER', 'AUDITOR')),
    can_reveal_sensitive boolean      not null default false,
    disabled             boolean      not null default false,
    version              bigint       not null default 0,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now()
);
create unique index account_username_uq on account (lower(username));
create index account_organization_idx on account (organization_id);

-- the session id itself is only in the cookie; the table keeps its SHA-256
create table user_session (
    id_hash       varchar(64) primary key,
    account_id    uuid        not null references account (id),
    csrf_token    varchar(64) not null,
    created_at    timestamptz not null,
    last_seen_at  timestamptz not null,
    expires_at    timestamptz not null,
    ended_at      timestamptz
);
create index user_session_account_idx on user_session (account_id);

create table api_token (
    id               uuid primary key,
    name             varchar(100) not null,
    prefix           varchar(20)  not null,
    secret_hash      varchar(64)  not null,
    organization_id  uuid         not null references organization (id),
    read_only        boolean      not null,
    expires_at       timestamptz  not null,
    revoked_at       timestamptz,
    created_by       uuid         not null references account (id),
    created_at       timestamptz  not null,
    last_used_at     timestamptz
);
create unique index api_token_secret_uq on api_token (secret_hash);
create index api_token_organization_idx on api_token (organization_id);

create table sign_in_attempt (
    id         bigserial   primary key,
    username   varchar(64) not null,
    source     varchar(64) not null,
    succeeded  boolean     not null,
    at         timestamptz not null default now()
);
create index sign_in_attempt_username_idx on sign_in_attempt (lower(username), at);
create index sign_in_attempt_source_idx on sign_in_attempt (source, at);

create table audit_event (
    id           bigserial    primary key,
    at           timestamptz  not null default now(),
    actor_type   varchar(10)  not null check (actor_type in ('ACCOUNT', 'TOKEN', 'ANONYMOUS', 'SYSTEM')),
    actor_id     uuid,
    actor_name   varchar(100),
    action       varchar(60)  not null,
    object_type  varchar(40),
    object_id    uuid,
    -- the organization path the object belongs to: audit reads are scoped like everything else
    scope_path   text,
    changes      text,
    request_id   varchar(64)
);
create index audit_event_object_idx on audit_event (object_id, id);
create index audit_event_actor_idx on audit_event (actor_id, id);
create index audit_event_scope_idx on audit_event (scope_path text_pattern_ops, id);

-- append-only: no role the application uses can change or remove an audit row
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
