-- 演练附件和照片: documents (.docx/.pdf: scheme, script, summary report) and photos (.jpg/.png) of a drill
-- record. They are read by whoever reads the drill (participants of a joint drill included): the extra policy
-- asks the drill table, under the caller's own row-level security, whether the drill is visible.

create type drill_attachment_kind as enum ('document', 'photo');

create table drill_attachment (
    id          uuid                  primary key default gen_random_uuid(),
    tenant_code text                  not null default app.tenant_code(),
    tenant_path ltree                 not null default app.tenant_path(),
    sharing     sharing               not null default 'up' check (sharing = 'up'),
    drill_id    uuid                  not null,
    kind        drill_attachment_kind not null,
    file_name   text                  not null check (length(btrim(file_name)) between 1 and 255),
    media_type  text                  not null,
    size_bytes  bigint                not null check (size_bytes > 0),
    sha256      text                  not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content     bytea                 not null,
    uploaded_by text                  not null,
    uploaded_at timestamptz           not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    foreign key (drill_id, tenant_code) references drill (id, tenant_code)
);
call app.protect_tenant_table('drill_attachment');
create policy drill_read on drill_attachment for select
    using (exists (select 1 from drill d where d.id = drill_attachment.drill_id));
create index drill_attachment_drill_idx on drill_attachment (drill_id, uploaded_at);
grant select, insert on drill_attachment to yingji_app;
