-- National-scale plan data for the benchmark (infra/bench/bench.sh): org units for every tenant and
-- __PLANS__ plans (应急预案) in series of versions, with Chinese titles and bodies built from the terms of
-- docs and /work/shared/domain.md. Runs as the superuser `postgres` (RLS does not apply) after the tenant
-- loader. Deterministic ids (md5 of series/version) make version links cheap; foreign keys are not
-- re-checked row by row during the bulk insert (session_replication_role = replica) because the rows are
-- built to satisfy them, and the checks at the end prove it.
-- __PLANS__ is replaced by bench.sh. Every statement ends with ';' at a line end (SqlRunner's rule).

set session_replication_role = replica;
set synchronous_commit = off;
set maintenance_work_mem = '512MB';
set work_mem = '128MB';

drop schema if exists bench cascade;
create schema bench;

-- tenants with their weight: upper tiers compile more plans each, counties have more units below them
create unlogged table bench.t as
select code, path, name, tier, row_number() over (order by code) as n,
       -- short name for 文号 and enterprise names: 潍坊市 → 潍坊, 潍城区 → 潍城
       case when length(name) > 2 then regexp_replace(name, '(省|市|自治区|自治州|地区|盟|区|县|自治县|旗)$', '') else name end as short,
       case tier when 'province' then 3 when 'city' then 2 else 1 end as weight
  from tenant;

-- 24 organization-unit slots per tenant: 1 government, 2 emergency bureau, 3-10 departments,
-- 11-16 townships/streets (乡镇/街道), 17-24 enterprises and institutions
create unlogged table bench.slot (slot int primary key, kind org_unit_kind, suffix text, event text);
insert into bench.slot values
 (1, 'government', '人民政府', null), (2, 'department', '应急管理局', null),
 (3, 'department', '水利局', '洪涝灾害'), (4, 'department', '自然资源和规划局', '地质灾害'),
 (5, 'department', '交通运输局', '道路交通'), (6, 'department', '卫生健康委员会', '公共卫生'),
 (7, 'department', '住房和城乡建设局', '建筑施工'), (8, 'department', '教育局', '校园安全'),
 (9, 'department', '生态环境局', '环境污染'), (10, 'department', '林业局', '森林火灾'),
 (11, 'township', '城关街道', null), (12, 'township', '东城街道', null), (13, 'township', '西关街道', null),
 (14, 'township', '南苑镇', null), (15, 'township', '北河镇', null), (16, 'township', '青山乡', null),
 (17, 'enterprise', '化工有限公司', '危险化学品'), (18, 'enterprise', '煤业有限责任公司', '煤矿'),
 (19, 'enterprise', '建设集团有限公司', '建筑施工'), (20, 'enterprise', '燃气有限公司', '燃气'),
 (21, 'enterprise', '矿业有限公司', '非煤矿山'), (22, 'enterprise', '公共交通有限公司', '道路交通'),
 (23, 'institution', '第一中学', '校园安全'), (24, 'institution', '人民医院', '公共卫生');

insert into org_unit (id, tenant_code, tenant_path, sharing, kind, name)
select md5('ou-' || t.code || '-' || s.slot)::uuid, t.code, t.path, 'up', s.kind,
       case when s.kind in ('government', 'department') then t.name || s.suffix
            when s.kind = 'township' then s.suffix
            when s.kind = 'enterprise' then t.short || (array['宏达','鑫源','华润','金石','恒通','瑞丰','永安','泰山'])[1 + (t.n + s.slot) % 8] || s.suffix
            else t.name || s.suffix end
  from bench.t t cross join bench.slot s
on conflict (tenant_code, name) do nothing;

-- the unit of every slot (the demo seed may have created 人民政府/应急管理局 with other ids)
create unlogged table bench.unit as
select t.code, s.slot, s.kind, s.event, o.id, o.name
  from bench.t t cross join bench.slot s
  join org_unit o on o.tenant_code = t.code and o.name =
       case when s.kind in ('government', 'department') then t.name || s.suffix
            when s.kind = 'township' then s.suffix
            when s.kind = 'enterprise' then t.short || (array['宏达','鑫源','华润','金石','恒通','瑞丰','永安','泰山'])[1 + (t.n + s.slot) % 8] || s.suffix
            else t.name || s.suffix end;
create index on bench.unit (code, slot);

-- weighted tenant slots: series s belongs to tenant bench.ts[s mod count]
create unlogged table bench.ts as
select row_number() over () - 1 as i, t.* from bench.t t, generate_series(1, t.weight) order by t.code;
create index on bench.ts (i);

-- event types (EventTypes.ALL) with the words a title uses for them
create unlogged table bench.ev (i int primary key, type text, title text, hazard text);
insert into bench.ev values
 (0, '气象灾害', '气象灾害', '暴雨、大风、冰雹等气象灾害'), (1, '地质灾害', '地质灾害', '山体崩塌、滑坡、泥石流等地质灾害'),
 (2, '洪涝灾害', '防汛', '江河洪水、城市内涝等洪涝灾害'), (3, '水旱灾害', '防汛抗旱', '洪水、干旱等水旱灾害'),
 (4, '低温雨雪冰冻', '低温雨雪冰冻灾害', '低温雨雪冰冻灾害'), (5, '森林火灾', '森林火灾', '森林草原火灾'),
 (6, '地震', '地震', '破坏性地震'), (7, '生产安全事故', '生产安全事故', '生产安全事故'),
 (8, '火灾', '火灾事故', '城乡火灾事故'), (9, '危险化学品', '危险化学品事故', '危险化学品泄漏、火灾、爆炸事故'),
 (10, '煤矿', '煤矿事故', '煤矿瓦斯、透水、顶板事故'), (11, '非煤矿山', '非煤矿山事故', '非煤矿山坍塌、透水事故'),
 (12, '建筑施工', '建筑施工事故', '建筑施工坍塌、高处坠落事故'), (13, '水上交通', '水上交通事故', '水上交通事故'),
 (14, '道路交通', '道路交通事故', '重特大道路交通事故'), (15, '铁路', '铁路交通事故', '铁路行车事故'),
 (16, '燃气', '燃气事故', '城镇燃气泄漏、爆炸事故'), (17, '大面积停电', '大面积停电事件', '大面积停电事件'),
 (18, '环境污染', '突发环境事件', '突发环境污染事件'), (19, '公共卫生', '突发公共卫生事件', '传染病疫情等突发公共卫生事件'),
 (20, '食品安全', '食品安全事故', '食品安全事故'), (21, '群体性事件', '群体性事件', '群体性事件'),
 (22, '旅游安全', '旅游突发事件', '旅游突发事件'), (23, '校园安全', '校园安全事件', '校园安全事件'),
 (24, '网络与信息安全', '网络安全事件', '网络与信息安全事件'), (25, '文化文物场馆', '文物博物馆安全事件', '文化文物场馆安全事件'),
 (26, '海上搜救', '海上搜救', '海上险情'), (27, '金融安全', '金融突发事件', '金融突发事件'), (28, '反恐', '恐怖袭击事件', '恐怖袭击事件');

-- one row per plan (version): 20 series → 32 plans (12×1, 5×2, 2×3, 1×4 versions)
create unlogged table bench.p as
select s, v, k,
       md5('plan-' || s || '-' || v)::uuid as id,
       md5('series-' || s)::uuid as series_id,
       case when v > 1 then md5('plan-' || s || '-' || (v - 1))::uuid end as previous_version_id
  from generate_series(1, ceil(__PLANS__ * 20 / 32.0)::int + 20) as s,
       lateral (select case when s % 20 < 12 then 1 when s % 20 < 17 then 2 when s % 20 < 19 then 3 else 4 end) as kk(k),
       lateral generate_series(1, k) as v
 limit __PLANS__;

-- per series: tenant, category, unit slot, event type (stable across versions); hash-scattered
create unlogged table bench.series as
select s, t.code, t.path, t.name, t.short, t.tier, t.n,
       h, case
         when t.tier = 'province' then (array['general','special','special','special','department','department','major_event','joint'])[1 + h % 8]
         when t.tier = 'city' then (array['general','special','special','special','department','department','grassroots','enterprise','enterprise','major_event','joint'])[1 + h % 11]
         else (array['general','special','special','department','grassroots','grassroots','grassroots','enterprise','enterprise','enterprise','enterprise','major_event'])[1 + h % 12]
       end::plan_category as category
  from (select distinct s from bench.p) p,
       lateral (select (hashtext('series' || p.s) & 2147483647)::bigint as h) hh,
       lateral (select * from bench.ts where i = h % (select count(*) from bench.ts)) t;
alter table bench.series add column slot int, add column ev int, add column ev2 int;
update bench.series set slot = case category
        when 'general' then 1
        when 'special' then (array[2,3,4,5,6,7,8,9,10,2])[1 + (h / 13) % 10]
        when 'department' then 3 + (h / 13) % 8
        when 'grassroots' then 11 + (h / 13) % 6
        when 'enterprise' then 17 + (h / 13) % 8
        else 2 end;
update bench.series r set ev = coalesce((select e.i from bench.slot sl join bench.ev e on e.type = sl.event
                                          where sl.slot = r.slot and r.category <> 'special'),
                                         (h / 7) % 29),
                          ev2 = (h / 1009) % 29;
create index on bench.series (s);

-- sentence fragments of a plan's body (总则, 组织体系, 预警, 响应, 保障); %1$s = area, %2$s = hazard, %3$s = unit
create unlogged table bench.frag (sec int, i int, txt text);
insert into bench.frag
select sec, ordinality::int, txt from (values
 (1, array[
  '为健全%1$s%2$s应对工作机制，科学有序高效处置，最大程度减少人员伤亡和财产损失，维护人民群众生命财产安全和社会稳定，制定本预案。',
  '为深入贯彻习近平总书记关于应急管理的重要论述，坚持人民至上、生命至上，提高%1$s防范和处置%2$s的能力，制定本预案。',
  '依据《中华人民共和国突发事件应对法》《中华人民共和国安全生产法》《突发事件应急预案管理办法》等法律法规和有关规定，结合%1$s实际，制定本预案。',
  '依据《生产安全事故应急条例》《生产安全事故应急预案管理办法》以及上级有关应急预案，结合%3$s实际，制定本预案。',
  '本预案适用于%1$s行政区域内发生的%2$s的预防和应急处置工作，以及需要由%3$s负责处置的相关事件。',
  '应急工作坚持统一领导、综合协调，分级负责、属地为主，预防为主、平战结合，依法规范、科技支撑的原则。',
  '按照社会危害程度、影响范围等因素，%2$s分为特别重大（Ⅰ级）、重大（Ⅱ级）、较大（Ⅲ级）和一般（Ⅳ级）四个等级。']),
 (2, array[
  '%1$s成立应急指挥部，总指挥由分管负责同志担任，副总指挥由%3$s主要负责同志担任，统一领导、指挥和协调%2$s应急处置工作。',
  '指挥部办公室设在%3$s，负责指挥部日常工作，承担信息汇总、综合协调和督促检查等职责。',
  '指挥部成员单位包括应急管理、公安、消防救援、卫生健康、交通运输、水利、自然资源、生态环境、气象等部门，按照职责分工做好相关工作。',
  '现场指挥部根据需要设立综合协调组、抢险救援组、医疗救治组、治安保障组、后勤保障组、新闻宣传组和专家组。',
  '各乡镇（街道）、村（社区）明确应急工作责任人和网格员，做好先期处置和信息报告工作。',
  '专家组由相关领域专家组成，从应急管理专家库中遴选，为应急处置提供技术咨询和决策建议。']),
 (3, array[
  '各有关部门加强对%2$s风险隐患的排查和监测，建立风险隐患台账，落实整改责任和整改时限。',
  '预警级别由高到低分为一级、二级、三级、四级，分别用红色、橙色、黄色和蓝色标示。',
  '发布预警后，有关单位立即启动值班值守，加强巡查检查，转移疏散可能受到危害的人员，调集应急救援队伍和物资装备。',
  '事发单位应在事发后20分钟内电话报告、40分钟内书面报告，不得迟报、漏报、谎报、瞒报，并及时续报处置进展。',
  '%3$s实行24小时值班制度，值班人员接报后立即核实情况，按规定程序向上级报告。',
  '气象、水文、地震、自然资源等部门加强监测预报，及时向指挥部办公室通报预警信息。']),
 (4, array[
  '根据%2$s的严重程度和发展态势，应急响应由高到低分为一级、二级、三级、四级。',
  '事发后，事发地乡镇（街道）和有关单位立即组织先期处置，控制危险源，标明危险区域，封锁危险场所，营救受伤人员。',
  '启动一级响应时，由总指挥组织指挥处置工作，必要时请求上级派出工作组和专业救援力量支援。',
  '抢险救援组组织消防救援、专业救援队伍开展搜救和抢险，医疗救治组开展伤员救治和卫生防疫工作。',
  '治安保障组负责现场警戒、交通管制和秩序维护，确保救援通道畅通。',
  '新闻宣传组统一发布权威信息，及时回应社会关切，正确引导舆论。',
  '事件得到有效控制、危害基本消除后，由启动响应的机构宣布应急响应结束。']),
 (5, array[
  '事发地政府组织做好善后处置工作，及时开展救助、补偿、抚慰、抚恤和灾后恢复重建。',
  '应急处置结束后，指挥部办公室组织对事件原因、损失和处置过程进行调查评估，总结经验教训，提出改进措施。',
  '各有关部门按照职责做好应急救援队伍、物资装备、通信、交通运输、医疗卫生和经费保障。',
  '建立应急物资储备制度，采取实物储备、协议储备和产能储备相结合的方式，定期检查和更新。',
  '本预案每三年至少组织一次应急演练，通过桌面推演、实战演练等方式检验预案的可操作性。',
  '本预案原则上每三年评估一次，根据评估结果及时修订，并按规定报上级有关部门备案。',
  '本预案由%3$s负责解释，自印发之日起施行。'])) as f(sec, arr),
 unnest(arr) with ordinality as u(txt, ordinality);
create index on bench.frag (sec, i);
create unlogged table bench.fragn as select sec, count(*)::int as n from bench.frag group by sec;

insert into plan (id, tenant_code, tenant_path, sharing, series_id, version_no, previous_version_id, title, category,
                  event_types, owner_unit_id, lead_unit_id, doc_number, issued_on, summary, status, version,
                  created_at, updated_at)
select p.id, r.code, r.path, x.sharing::sharing, p.series_id, p.v, p.previous_version_id, x.title, r.category,
       case when r.ev2 <> r.ev and r.category in ('general', 'major_event') then array[e.type, e2.type] else array[e.type] end,
       u.id, case when r.category in ('general', 'special') then u2.id end,
       case when x.status <> 'draft' then r.short || (array['政办发','政办字','应急发','应急字','政发'])[1 + r.h % 5]
            || '〔' || extract(year from x.issued) || '〕' || (1 + (r.h + p.v) % 180) || '号' end,
       case when x.status <> 'draft' then x.issued end,
       x.body, x.status::plan_status, (r.h % 5) + p.v - 1,
       x.issued - interval '30 days', x.updated
  from bench.p p
  join bench.series r on r.s = p.s
  join bench.ev e on e.i = r.ev
  join bench.ev e2 on e2.i = r.ev2
  join bench.unit u on u.code = r.code and u.slot = r.slot
  join bench.unit u2 on u2.code = r.code and u2.slot = 2
  cross join lateral (select
       -- the latest version carries the spread of statuses; earlier versions were superseded by the revision (已被修订)
       st.status,
       case when st.status = 'draft' then 'private'
            when r.tier <> 'county' and r.category in ('general', 'special') and r.h % 10 < 3 then 'down'
            when r.tier = 'province' and r.h % 10 = 3 then 'vertical'
            when r.category = 'enterprise' and r.h % 50 = 0 then 'public'
            else 'up' end as sharing,
       ts.issued, ts.issued + ((r.h + p.v) % 200) * interval '1 day' + ((r.h * 7 + p.v) % 86400) * interval '1 second' as updated,
       ti.title,
       (select string_agg(format(f.txt, r.name, e.hazard, u.name), '' order by fn.sec, g)
          from bench.fragn fn
          cross join lateral generate_series(1, 1 + (r.h / (fn.sec * 3) + p.v) % (fn.n - 1)) g
          join bench.frag f on f.sec = fn.sec and f.i = 1 + (r.h / (fn.sec * 17) + g * 5 + p.v) % fn.n)
       || case when p.v > 1 then '本次修订根据机构改革和风险变化情况，对组织体系、响应分级和保障措施进行了调整，原预案同时废止。' else '' end
       as body
     from (select case when p.v < p.k then 'superseded'
                      else (array['draft','draft','draft','issued','issued','issued','issued','submitted','submitted',
                                  'filed','filed','filed','filed','filed','filed','filed','filed','returned','abolished','filed'])[1 + (r.h / 3) % 20]
                  end as status) st,
          lateral (select (date '2020-01-01' + (r.h % 1400)::int + (p.v - 1) * 400)::timestamptz as issued) ts,
          lateral (select case r.category
               when 'general' then r.name || '突发事件总体应急预案'
               when 'special' then r.name || e.title || '应急预案'
               when 'department' then u.name || e.title || '应急预案'
               when 'grassroots' then r.name || u.name || e.title || '应急预案'
               when 'enterprise' then u.name || e.title || '应急预案'
               when 'major_event' then (2021 + (r.h % 5)) || '年' || r.name
                                      || (array['国际马拉松赛','春节庙会','中高考','国际风筝会','农民丰收节','经贸洽谈会'])[1 + r.h % 6] || '安全保障应急预案'
               else r.name || '与毗邻地区' || e.title || '联合应急预案' end
             || case when p.v > 1 then '（' || (2020 + p.v * 2) || '年修订）' else '' end as title) ti
  ) x;

reset session_replication_role;

-- the rows satisfy the foreign keys the bulk insert did not re-check (0 = fine)
select 'orphan units: ' || count(*) from plan p where not exists (select 1 from org_unit o where o.id = p.owner_unit_id and o.tenant_code = p.tenant_code);
select 'orphan versions: ' || count(*) from plan p where p.previous_version_id is not null and not exists (select 1 from plan q where q.id = p.previous_version_id and q.tenant_code = p.tenant_code);

drop schema bench cascade;
analyze org_unit;
analyze plan;
