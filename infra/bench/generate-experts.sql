-- National-scale expert pool for the benchmark (infra/bench/bench-experts.sh, docs/experts.md): __EXPERTS__
-- experts (专家) across every tenant, more per province and city than per county, with 1–3 specialties
-- (event types), levels by tier, a spread of availability and pool states, and for one in ten an
-- affiliation with a unit of the registering office (when the office has units: the plan generator makes
-- 24 per tenant). Runs as the superuser `postgres` (RLS does not apply) after the tenant loader; replaces
-- the experts and invocations there were. Deterministic ids and unique phone numbers.
-- __EXPERTS__ is replaced by the caller. Every statement ends with ';' at a line end (SqlRunner's rule).

set synchronous_commit = off;
set work_mem = '128MB';

drop schema if exists bench_experts cascade;
create schema bench_experts;

-- tenants weighted by tier: a province registers 20 shares, a city 4, a county 1
create unlogged table bench_experts.ts as
select row_number() over (order by t.code) - 1 as i, t.code, t.path, t.name, t.tier,
       case when length(t.name) > 2 then regexp_replace(t.name, '(省|市|自治区|自治州|地区|盟|区|县|自治县|旗)$', '') else t.name end as short
  from tenant t, generate_series(1, case t.tier when 'province' then 20 when 'city' then 4 else 1 end);
create index on bench_experts.ts (i);

-- the units of each tenant, numbered, for affiliations
create unlogged table bench_experts.units as
select tenant_code, id, name, row_number() over (partition by tenant_code order by id) - 1 as n,
       count(*) over (partition by tenant_code) as cnt
  from org_unit;
create index on bench_experts.units (tenant_code, n);

truncate expert cascade;

insert into expert (id, tenant_code, tenant_path, sharing, name, organization, title, specialties, level, phone,
                    email, availability, in_pool, out_reason, out_on, affiliation_unit_id, note, version, created_at,
                    updated_at)
select md5('expert-' || g)::uuid, t.code, t.path,
       (case when h % 20 = 0 then 'down' when h % 20 = 1 then 'private' else 'vertical' end)::sharing,
       (array['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','高','林','罗'])[1 + h % 20]
         || (array['建国','海燕','志强','丽华','伟','敏','磊','静','军','洋','勇','艳','杰','娟','涛','明','超','秀英','华','平'])[1 + (h / 20) % 20],
       case when u.id is not null then u.name
            else t.short || (array['大学','理工学院','安全生产科学研究院','地质勘察院','气象局','人民医院','疾病预防控制中心',
                                   '化工设计院','消防救援支队','水利勘测设计院','电力公司','燃气集团','交通规划设计院','环境科学研究院'])[1 + (h / 400) % 14]
       end,
       (array['教授','研究员','正高级工程师','高级工程师','主任医师','副教授','高级经济师','工程师'])[1 + (h / 7) % 8],
       array(select distinct e from unnest((array[
             ev[1 + h % 29], ev[1 + (h / 29) % 29], ev[1 + (h / 841) % 29]])[1:1 + (h / 3) % 3]) as e),
       (case when t.tier = 'province' and h % 10 = 0 then 'national' else t.tier::text end)::expert_level,
       '13' || lpad(g::text, 9, '0'),
       case when h % 3 = 0 then 'expert' || g || '@example.cn' end,
       (case when h % 20 < 16 then 'available' when h % 20 < 19 then 'busy' else 'unavailable' end)::expert_availability,
       h % 25 <> 0,
       case when h % 25 = 0 then '年度考核不合格' end,
       case when h % 25 = 0 then date '2026-01-01' + (h % 300)::int end,
       u.id,
       '',
       0,
       now() - (h % 1000) * interval '1 day', now() - (h % 300) * interval '1 day'
  from generate_series(1, __EXPERTS__) as g
  cross join lateral (select (hashtext('expert' || g) & 2147483647)::bigint as h) hh
  cross join lateral (select * from bench_experts.ts where i = h % (select count(*) from bench_experts.ts)) t
  cross join lateral (select array['气象灾害','地质灾害','洪涝灾害','水旱灾害','低温雨雪冰冻','森林火灾','地震','生产安全事故','火灾',
                             '危险化学品','煤矿','非煤矿山','建筑施工','水上交通','道路交通','铁路','燃气','大面积停电','环境污染',
                             '公共卫生','食品安全','群体性事件','旅游安全','校园安全','网络与信息安全','文化文物场馆','海上搜救',
                             '金融安全','反恐'] as ev) evs
  left join lateral (select x.id, x.name from bench_experts.units x
                      where x.tenant_code = t.code and h % 10 = 0 and x.n = (h / 10) % x.cnt) u on true;

select 'experts: ' || count(*) from expert;
select 'affiliated: ' || count(*) from expert where affiliation_unit_id is not null;

drop schema bench_experts cascade;
analyze expert;
