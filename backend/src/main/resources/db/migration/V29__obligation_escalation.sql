-- 逾期升级 (docs/obligations.md): how far an overdue obligation has been escalated by the policy's ladder —
-- 催办, then 通报, then 约谈 — and when it reached that rung (each rung also written to the audit log).
create type escalation_rung as enum ('urge', 'notice', 'summons');

alter table obligation
    add column rung         escalation_rung,
    add column escalated_at timestamptz,
    add constraint obligation_escalated_when check ((rung is null) = (escalated_at is null));

-- the escalation job's look at a tenant's own overdue obligations
create index obligation_owner_open_due on obligation (tenant_code, due_at) where state = 'open';

