-- Indexes for the plan list at national scale (issue 3, docs/benchmarks.md).
-- The read policy is an OR of four cases; PostgreSQL can only answer it with a BitmapOr when every case has
-- an index. tenant_path has its GiST index (app.protect_tenant_table); "sharing = 'public'" had none, so
-- every list fell back to a sequential scan of all plans (~1 s at 2 million rows). The partial index is
-- small (public plans are few) and also serves that case in the list's order.
create index plan_public_idx on plan (updated_at desc, id) where sharing = 'public';
-- The list's order (Plans.list: updated_at desc, id): a page is read in index order and stops after the
-- first visible rows, instead of sorting everything the viewer may see.
create index plan_updated_idx on plan (updated_at desc, id);
