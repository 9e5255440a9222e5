-- National-scale drill data for the benchmark (infra/bench/bench.sh --drills N): __DRILLS__ drills (应急演练)
-- spread evenly over every tenant, 2021 to today, organized by the tenant's units (generate.sql made 24 per
-- tenant), testing its plans in force, 5 % of the city and province drills joint with one region below, 2 % of
-- them published down (vertical), 0.2 % of all public (a column of one value misleads the planner); 85 %
-- held, 10 % planned, 5 % cancelled; 60 % of the held ones evaluated, a quarter of those with a corrective
-- action. Runs as `postgres` after generate.sql; deterministic (a hash of the row number), so a rerun with
-- the same N builds the same rows. Every statement ends with ';' at a line end (SqlRunner's rule).

set session_replication_role = replica;
set synchronous_commit = off;
set maintenance_work_mem = '512MB';
set work_mem = '128MB';

drop schema if exists benchd cascade;
create schema benchd;

create unlogged table benchd.t as
select code, path, name, tier, (row_number() over (order by code) - 1)::int as i from tenant;
create unique index on benchd.t (i);

create unlogged table benchd.unit as
select tenant_code, id, (row_number() over (partition by tenant_code order by id))::int as k,
       (count(*) over (partition by tenant_code))::int as n
  from org_unit;
create unique index on benchd.unit (tenant_code, k);

create unlogged table benchd.plan as
select tenant_code, id, (row_number() over (partition by tenant_code order by id))::int as k,
       (count(*) over (partition by tenant_code))::int as n
  from plan where status in ('issued', 'submitted', 'filed', 'returned');
create unique index on benchd.plan (tenant_code, k);

create unlogged table benchd.child as
select parent_code, code, (row_number() over (partition by parent_code order by code))::int as k,
       (count(*) over (partition by parent_code))::int as n
  from tenant where parent_code is not null;
create unique index on benchd.child (parent_code, k);

create unlogged table benchd.ev (i int primary key, type text);
insert into benchd.ev
select i - 1, type from unnest(array['气象灾害','地质灾害','洪涝灾害','水旱灾害','低温雨雪冰冻','森林火灾','地震','生产安全事故',
  '火灾','危险化学品','煤矿','非煤矿山','建筑施工','水上交通','道路交通','铁路','燃气','大面积停电','环境污染','公共卫生',
  '食品安全','群体性事件','旅游安全','校园安全','网络与信息安全','文化文物场馆','海上搜救','金融安全','反恐'])
  with ordinality as e(type, i);

-- one row per drill: the tenant, a hash, the status and the dates
create unlogged table benchd.d as
select g as d, t.code, t.path, t.name, t.tier, h,
       case when h % 20 < 17 then 'held' when h % 20 < 19 then 'planned' else 'cancelled' end::drill_status as status,
       (date '2021-01-01' + (h % 2150)::int) as day
  from generate_series(0, __DRILLS__ - 1) g
  cross join lateral (select ((g::bigint * 2654435761) % 1000000007)::bigint as h) x
  join benchd.t t on t.i = g % (select count(*) from benchd.t);

insert into drill (id, tenant_code, tenant_path, sharing, title, form, status, plan_year, planned_on, held_on,
                   scenario, event_types, organizer_unit_id, participating_unit_ids, participant_codes,
                   participant_count, plan_ids, summary, rating, strengths, problems, evaluated_by, evaluated_on,
                   created_by, created_at, updated_at)
select md5('drill-' || d.d)::uuid, d.code, d.path,
       -- most drills are shared up; upper tiers publish some down (示范演练), a few are public
       case when d.tier <> 'county' and d.h % 50 = 7 then 'vertical' when d.h % 500 = 11 then 'public' else 'up' end::sharing,
       extract(year from coalesce(held, planned)) || '年' || d.name || e.type || (array['桌面推演','实战演练','综合演练','专项演练'])[1 + d.h % 4],
       (array['tabletop','field','comprehensive','functional'])[1 + d.h % 4]::drill_form,
       d.status,
       case when d.status <> 'held' or d.h % 2 = 0 then extract(year from coalesce(planned, held))::int end,
       planned, held,
       '模拟' || d.name || '发生' || e.type || '事件，检验预警发布、先期处置、信息报送、人员疏散和部门协同能力。',
       array[e.type],
       u.id,
       case when d.h % 3 = 0 and u2.id is not null and u2.id <> u.id then array[u2.id] else '{}' end,
       case when d.tier <> 'county' and d.h % 20 = 3 and c.code is not null then array[c.code] else '{}' end,
       20 + d.h % 480,
       case when d.h % 3 <> 0 and p.id is not null then array[p.id] else '{}' end,
       case when d.status = 'held' then '演练按方案完成，各参演单位响应迅速，暴露出信息报送不及时、物资调拨流程不清等问题。' else '' end,
       case when rated then (array['excellent','good','good','fair','poor'])[1 + d.h % 5]::drill_rating end,
       case when rated then '指挥有序，响应迅速' else '' end,
       case when rated then '部分单位职责不清，现场通信保障不足' else '' end,
       case when rated then '演练评估组' end,
       case when rated then least(held + 3, current_date) end,
       'bench', coalesce(held, planned)::timestamptz, coalesce(held, planned)::timestamptz
  from benchd.d d
  cross join lateral (select case when d.status = 'held' then d.day end as held,
                             case when d.status = 'planned' then current_date + (d.h % 300)::int
                                  when d.status = 'cancelled' then d.day end as planned,
                             d.status = 'held' and d.h % 5 < 3 as rated) x
  join benchd.ev e on e.i = d.h % 29
  join benchd.unit u on u.tenant_code = d.code
       and u.k = 1 + (d.h / 7) % (select n from benchd.unit where tenant_code = d.code and k = 1)
  left join benchd.unit u2 on u2.tenant_code = d.code
       and u2.k = 1 + (d.h / 11) % (select n from benchd.unit where tenant_code = d.code and k = 1)
  left join benchd.plan p on p.tenant_code = d.code
       and p.k = 1 + (d.h / 13) % coalesce((select n from benchd.plan where tenant_code = d.code and k = 1), 1)
  left join benchd.child c on c.parent_code = d.code
       and c.k = 1 + (d.h / 17) % coalesce((select n from benchd.child where parent_code = d.code and k = 1), 1);

-- corrective actions of a quarter of the evaluated drills; two in three done
insert into corrective_action (id, tenant_code, tenant_path, sharing, drill_id, description, owner_unit_id,
                                     assignee_code, due_on, status, completed_on, created_by, updated_by,
                                     created_at, updated_at)
select md5('action-' || dr.id)::uuid, dr.tenant_code, dr.tenant_path, 'up', dr.id,
       '针对演练发现的问题，修订现场处置方案并组织专项培训', dr.organizer_unit_id, dr.tenant_code,
       dr.held_on + 30 + (abs(hashtext(dr.id::text)) % 60),
       case when abs(hashtext(dr.id::text)) % 3 = 0 then 'open' else 'done' end::corrective_action_status,
       case when abs(hashtext(dr.id::text)) % 3 <> 0 then least(dr.held_on + 30, current_date) end,
       'bench', 'bench', dr.created_at, dr.created_at
  from drill dr
 where dr.rating is not null and abs(hashtext(dr.id::text)) % 4 = 0;

reset session_replication_role;

select 'orphan organizers: ' || count(*) from drill d where not exists (select 1 from org_unit o where o.id = d.organizer_unit_id and o.tenant_code = d.tenant_code);
select 'drills: ' || count(*) || ', held ' || count(*) filter (where status = 'held') || ', joint ' || count(*) filter (where participant_codes <> '{}') from drill;
select 'corrective actions: ' || count(*) from corrective_action;

drop schema benchd cascade;
analyze drill;
analyze corrective_action;
