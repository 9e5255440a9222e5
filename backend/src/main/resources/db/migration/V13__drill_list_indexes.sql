-- Indexes for the drill list at national scale (issue 4, docs/benchmarks.md), as V9 did for plans: the read
-- policy is an OR of the sharing cases and the participants' case, and PostgreSQL answers it with a BitmapOr
-- only when every case has an index. tenant_path has its GiST index, participant_codes its GIN index;
-- "sharing = 'public'" had none, so every list was a sequential scan of all drills (1.3 s at 5 million).
create index drill_public_idx on drill ((coalesce(held_on, planned_on)) desc, id) where sharing = 'public';
-- The list's order (Drills.list: coalesce(held_on, planned_on) desc, id), for viewers who see many drills.
create index drill_date_idx on drill ((coalesce(held_on, planned_on)) desc, id);
