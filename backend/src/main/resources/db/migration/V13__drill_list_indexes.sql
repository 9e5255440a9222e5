-- Indexes for the drill list at national scale (issue 4, docs/benchmarks.md), as V9 did for plans.
-- 演练日期 drill_on: the held date, or else the planned date — the list's order and its year filter. A stored
-- column rather than an index on coalesce(held_on, planned_on): under row-level security PostgreSQL applies a
-- query's own conditions only after the policy's unless they are leakproof, and a COALESCE expression is not
-- taken as such, so an expression index could order the list but never narrow it to a year.
alter table drill add column drill_on date generated always as (coalesce(held_on, planned_on)) stored;
-- The read policy is an OR of the sharing cases and the participants' case; PostgreSQL answers it with a
-- BitmapOr only when every case has an index. tenant_path has its GiST index, participant_codes its GIN
-- index; "sharing = 'public'" had none, so every list was a sequential scan of all drills.
create index drill_public_idx on drill (drill_on desc, id) where sharing = 'public';
-- The list's order (Drills.list: drill_on desc, id), for viewers who see many drills, and the year's range.
create index drill_date_idx on drill (drill_on desc, id);
