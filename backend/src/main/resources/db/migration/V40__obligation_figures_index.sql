-- 时限办理 counts a region's obligations that fell due since a day (January 1st) or are still open, by outcome and
-- kind. Only the open obligations were indexed by assignee, so every region's figures scanned all obligations
-- (0.83 s for a county at national scale, docs/benchmarks.md). This index holds what the count and the row-level
-- security policy read (state, kind, the owner's path, sharing), so a region's figures are an index-only scan per
-- assignee in the region: at national scale (3.58 M obligations) county 1,580 -> 4 ms, city 556 -> 12 ms, province
-- 565 -> 113 ms in the database, as the API's role under row-level security.
create index obligation_assignee_due on obligation (assignee_tenant_code, due_at)
    include (state, kind, tenant_path, sharing);
