-- 定期通报: the monthly compliance bulletin of a tenant (its own records and its lower regions'), kept as the
-- PDF and .xlsx that were issued. One per tenant and month; generating again replaces it. Shared 'up': the
-- tenant and every tier above it read it; lower and sibling regions never do.
create table bulletin (
    id           uuid        primary key default gen_random_uuid(),
    tenant_code  text        not null default app.tenant_code(),
    tenant_path  ltree       not null default app.tenant_path(),
    sharing      sharing     not null default 'up' check (sharing = 'up'),
    month        date        not null check (month = date_trunc('month', month)::date),
    generated_at timestamptz not null default now(),
    generated_by text        not null check (length(btrim(generated_by)) between 1 and 200),
    score        numeric(5, 1),
    pdf          bytea       not null,
    xlsx         bytea       not null,
    version      integer     not null default 0,
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    unique (id, tenant_code),
    unique (tenant_code, month)
);
call app.protect_tenant_table('bulletin');
grant select, insert, update on bulletin to yingji_app;
