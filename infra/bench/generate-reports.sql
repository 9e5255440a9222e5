-- The report list at national scale (信息报送, issue 14, docs/benchmarks.md): __EVENTS__ events spread over every
-- county of the catalog and the last two years, five reports each (初报 by phone, 续报一至三 and the written 终报,
-- half an hour apart, one 初报 in ten 迟报), every 初报 read by the city above. bench.sh --report-list runs it when
-- the generated reports lag behind; rows written by an earlier run (created_by 'bench') go first.
set statement_timeout = 0;
delete from report_reading where reader_username = 'bench';
delete from event_report where created_by = 'bench';
delete from event where created_by = 'bench';

drop table if exists pg_temp.bench_county;
create temp table bench_county as
select row_number() over (order by c.code) as n, c.code, c.path, p.code as parent_code, p.path as parent_path
  from tenant c join tenant p on p.code = c.parent_code
 where c.tier = 'county';

insert into event (id, tenant_code, tenant_path, sharing, title, event_type, severity, occurred_at, learned_at, address,
                   longitude, latitude, summary, status, created_by, created_at, updated_at)
select md5('bench-event:' || g)::uuid, c.code, c.path, 'up', '基准测试事件' || g,
       (array['火灾', '危险化学品', '道路交通', '洪涝', '燃气'])[1 + g % 5],
       (case when g % 50 = 0 then 'major' else 'general' end)::event_severity,
       x.at, x.at + interval '10 minutes', '基准测试地点' || g, 110 + (g % 1000) / 100.0, 25 + (g % 1000) / 100.0,
       '基准测试生成的事件。', 'open', 'bench', x.at, x.at
  from generate_series(1, __EVENTS__) g
 cross join lateral (select now() - interval '1 day' - (g % 730) * interval '1 day' - (g % 1440) * interval '1 minute' as at) x
  join bench_county c on c.n = 1 + g % (select count(*) from bench_county);

insert into event_report (id, tenant_code, tenant_path, sharing, event_id, seq, stage, follow_up_no, channel, direct,
                          content, principal, deputy, compiled_by, reported_at, late, created_by, created_at, updated_at)
select md5('bench-report:' || e.id || ':' || s)::uuid, e.tenant_code, e.tenant_path, 'up', e.id, s,
       (case s when 1 then 'initial' when 5 then 'final' else 'follow_up' end)::report_stage,
       case when s between 2 and 4 then s - 1 end,
       (case s when 1 then 'phone' else 'written' end)::report_channel, false,
       '基准测试报告第' || s || '份：现场处置情况、人员伤亡和下一步工作。', '主要负责人', '分管负责人', '值班员',
       e.occurred_at + s * interval '30 minutes', s = 1 and abs(hashtext(e.id::text)) % 10 = 0, 'bench',
       e.occurred_at + s * interval '30 minutes', e.occurred_at + s * interval '30 minutes'
  from event e cross join generate_series(1, 5) s
 where e.created_by = 'bench';

insert into report_reading (id, tenant_code, tenant_path, sharing, report_id, report_tenant_code, reader_username,
                            reader_name, read_at)
select md5('bench-reading:' || r.id)::uuid, c.parent_code, c.parent_path, 'private', r.id, r.tenant_code, 'bench',
       '基准读者', r.reported_at + interval '5 minutes'
  from event_report r join bench_county c on c.code = r.tenant_code
 where r.created_by = 'bench' and r.seq = 1;

vacuum analyze event;
vacuum analyze event_report;
vacuum analyze report_reading;
select 'events: ' || count(*) from event where created_by = 'bench';
select 'reports: ' || count(*) from event_report where created_by = 'bench';
