-- 下级逾期 of a province read and filtered its ~51 k overdue rows under row-level security to sort them (SQL 105 ms at
-- national scale, docs/benchmarks.md). The open obligations' index by assignee now also holds what the policy reads
-- (the owner's path, sharing) and the id, so the API takes each region's 50 longest overdue from an index-only scan
-- and fetches only the 50 it shows (SQL 105 -> ~28 ms for a province), and 关键数字 counts the overdue below it
-- without touching the table (index-only, ~30 ms).
drop index obligation_assignee_open;
create index obligation_assignee_open on obligation (assignee_tenant_code, due_at)
    include (id, tenant_path, sharing) where state = 'open';
