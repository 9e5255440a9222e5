-- 附件: the official text (正文) and supporting documents (编制说明, 工作手册, 行动方案, 应急处置卡) of a plan.
-- Stored in PostgreSQL with the metadata in the same transaction, so there is never an orphan blob or an
-- attachment without its file. Sharing follows the plan (Plans keeps them in step).

create type attachment_role as enum (
    'text',            -- 预案正文
    'compilation_note',-- 编制说明
    'handbook',        -- 工作手册
    'action_plan',     -- 行动方案
    'disposal_card',   -- 应急处置卡
    'other'            -- 其他材料
);

create table plan_attachment (
    id             uuid            primary key default gen_random_uuid(),
    tenant_code    text            not null default app.tenant_code(),
    tenant_path    ltree           not null default app.tenant_path(),
    sharing        sharing         not null default 'private',
    plan_id        uuid            not null,
    role           attachment_role not null,
    file_name      text            not null check (length(btrim(file_name)) between 1 and 255),
    media_type     text            not null,
    size_bytes     bigint          not null check (size_bytes > 0),
    sha256         text            not null check (sha256 ~ '^[0-9a-f]{64}$'),
    extracted_text text            not null default '',
    content        bytea           not null,
    uploaded_by    text            not null,
    uploaded_at    timestamptz     not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    foreign key (plan_id, tenant_code) references plan (id, tenant_code)
);
call app.protect_tenant_table('plan_attachment');
create index plan_attachment_plan_idx on plan_attachment (plan_id, uploaded_at);
grant select, insert, update on plan_attachment to yingji_app;
grant select on plan_attachment to yingji_indexer;
