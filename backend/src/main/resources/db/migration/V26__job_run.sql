-- 定时任务: which instance of the app ran a periodic job's pass, and when (cn.yingji.platform.JobRuns).
-- An instance runs a pass only while it holds the job's advisory lock (one pass at a time across instances;
-- released by PostgreSQL if the instance dies) and after claiming this row (one pass per interval).
-- Not tenant data: no tenant_path, no row level security.
create table job_run (
    name        text primary key,
    instance    text        not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    passes      bigint      not null default 0,
    last_error  text
);

grant select, insert, update on job_run to yingji_app;
