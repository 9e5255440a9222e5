-- 领导批示 (docs/reporting.md, "批示"): a named leader of a tier instructs named tiers below it on an event (or one
-- of its reports); each addressee feeds back what it did (落实情况) within the policy's
-- reporting.leaderInstructionFeedbackMinutes, again as often as the event needs. An instruction is the issuing
-- tier's, overseen from above and read by the tiers it names (never by their siblings); a feedback is its
-- addressee's, read by the tiers above it (the issuer among them).

create table instruction (
    id               uuid        primary key default gen_random_uuid(),
    tenant_code      text        not null default app.tenant_code(),
    tenant_path      ltree       not null default app.tenant_path(),
    sharing          sharing     not null default 'up' check (sharing = 'up'),
    event_id         uuid        not null references event (id),
    report_id        uuid        references event_report (id),
    leader_name      text        not null check (length(btrim(leader_name)) between 1 and 50),
    leader_title     text        not null check (length(btrim(leader_title)) between 1 and 50),
    content          text        not null check (length(btrim(content)) between 1 and 4000),
    addressee_codes  text[]      not null check (cardinality(addressee_codes) between 1 and 50),
    -- 传达: an upper tier's instruction this one passes down
    passed_down_from uuid        references instruction (id),
    issued_at        timestamptz not null default now(),
    created_by       text        not null,
    version          integer     not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path)
);
call app.protect_tenant_table('instruction');
create policy addressee_read on instruction for select using ((select app.tenant_code()) = any (addressee_codes));
call app.narrow_reads_by_role('instruction');
create index instruction_event_idx on instruction (event_id);
create index instruction_addressee_idx on instruction using gin (addressee_codes);
grant select, insert on instruction to yingji_app;

create table instruction_feedback (
    id             uuid        primary key default gen_random_uuid(),
    tenant_code    text        not null default app.tenant_code(),
    tenant_path    ltree       not null default app.tenant_path(),
    sharing        sharing     not null default 'up' check (sharing = 'up'),
    instruction_id uuid        not null references instruction (id),
    content        text        not null check (length(btrim(content)) between 1 and 4000),
    fed_back_by    text        not null,
    fed_back_at    timestamptz not null default now(),
    late           boolean     not null default false,
    foreign key (tenant_code, tenant_path) references tenant (code, path)
);
call app.protect_tenant_table('instruction_feedback');
create index instruction_feedback_instruction_idx on instruction_feedback (instruction_id, fed_back_at);
grant select, insert on instruction_feedback to yingji_app;

alter type obligation_kind add value 'instruction_feedback';
alter type notification_kind add value 'instruction_issued';
alter type notification_kind add value 'instruction_answered';
