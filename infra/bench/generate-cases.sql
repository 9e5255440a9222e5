-- National-scale case library for the benchmark (infra/bench/bench-cases.sh, docs/cases.md): __CASES__ cases
-- (典型案例) compiled across every tenant, weighted province 20 : city 4 : county 1 (upper tiers compile most case
-- studies); the place (发生地) is the compiler itself for a county, and for a city or province often a county below
-- it. Event types weighted toward what the offices write up (floods, landslides, fires, chemicals, roads, mines);
-- severity 60 % 一般, 25 % 较大, 12 % 重大, 3 % 特别重大; dates from 2006 to yesterday. Status 80 % published
-- (public), 8 % reviewed (shared up), 12 % drafts (private), so the sharing filter matters. Chinese text assembled
-- from per-event vocabulary (堤防/决口, 液氨储罐/泄漏, 列车/脱轨, 山洪, 滑坡, ...) and the offices' phrases of the
-- customer's documents; 40 % carry a timeline (case_step, 3–8 steps).
-- Runs as the superuser `postgres` (RLS does not apply; the column defaults that read the session's tenant are
-- never evaluated, every tenant column is given) after the tenant loader. Replaces the generated cases
-- (created_by 'bench') and keeps the demo cases of infra/demo/seed.sql. No outbox rows: the caller rebuilds the
-- index (--yingji.search.reindex=case). Deterministic (hashes of the row number), so a rerun with the same N builds
-- the same rows. __CASES__ is replaced by the caller. Every statement ends with ';' at a line end (SqlRunner's rule).

-- the previous generated cases go first, while foreign keys still cascade (not under replica below)
delete from case_step where case_id in (select id from case_record where created_by = 'bench');
delete from case_record where created_by = 'bench';

set session_replication_role = replica;
set synchronous_commit = off;
set work_mem = '128MB';

drop schema if exists bench_cases cascade;
create schema bench_cases;

-- every division with its province and city names and a short name for titles
create unlogged table bench_cases.place as
select t.code, t.path, t.name, t.tier, pr.name as province, ci.name as city,
       case when length(t.name) > 2 then regexp_replace(t.name, '(省|市|自治区|自治州|地区|盟|区|县|自治县|旗)$', '') else t.name end as short
  from tenant t
  join tenant pr on pr.path @> t.path and pr.tier = 'province'
  left join tenant ci on ci.path @> t.path and ci.tier = 'city';
create unique index on bench_cases.place (code);

-- compilers weighted by tier: a province 20 shares, a city 4, a county 1
create unlogged table bench_cases.ts as
select (row_number() over (order by t.code) - 1)::int as i, t.code, t.path, t.name, t.tier
  from tenant t, generate_series(1, case t.tier when 'province' then 20 when 'city' then 4 else 1 end);
create unique index on bench_cases.ts (i);

-- the counties below each city and province, numbered (a place for an upper tier's case)
create unlogged table bench_cases.below as
select a.code as upper, c.code, (row_number() over (partition by a.code order by c.code) - 1)::int as k,
       (count(*) over (partition by a.code))::int as n
  from tenant a join tenant c on c.path <@ a.path and c.tier = 'county'
 where a.tier <> 'county';
create unique index on bench_cases.below (upper, k);

-- per event type: weight, the objects that fail, what happens to them, the response, a typical problem, the word
-- for the incident, and a cause (set below for some types) (事故, 险情, 灾害, 事件; none where every incident names itself, as 火灾)
create unlogged table bench_cases.vocab (event_type text primary key, weight int, objects text[], incidents text[],
                                         actions text[], problem text, kind text, cause text default '');
insert into bench_cases.vocab values
 ('洪涝灾害', 14, array['河段堤防','水库大坝','城区低洼片区','圩堤','支流堤防','河道','排涝泵站'],
  array['决口','管涌','漫堤','溃坝险情','内涝','渗漏'],
  array['启动防汛Ⅲ级应急响应','组织抢险队伍反滤围井压渗','转移堤后低洼区群众','调运编织袋、砂石料等防汛物资','封堵决口','开展排涝和卫生防疫'],
  '巡堤查险力量不足，夜间险情发现不及时', '险情'),
 ('地质灾害', 10, array['山体','村后边坡','沟谷','矿区废渣堆','公路边坡','居民点后山'],
  array['滑坡','崩塌','泥石流','山洪泥石流','地面塌陷'],
  array['启动地质灾害应急预案','组织专家会商研判','撤离受威胁群众','设置警戒区和监测点','开展次生灾害排查','清理塌方恢复交通'],
  '地质灾害隐患点群测群防员培训不够，预警信号识别不准', '灾害'),
 ('森林火灾', 7, array['林区','国有林场','自然保护区','荒山','林农交错区'],
  array['森林火灾','山火','林火复燃','草原火灾'],
  array['启动森林火灾应急预案','调派专业扑火队伍','开设隔离带','组织直升机洒水灭火','看守火场防止复燃','疏散周边村民'],
  '林区通信信号弱，前线与指挥部联络困难', ''),
 ('危险化学品', 9, array['化工企业液氨储罐','危化品运输罐车','氯气钢瓶','甲醇储罐','硫酸槽车','液化石油气储罐'],
  array['泄漏','爆炸','着火','泄漏着火'],
  array['启动危险化学品事故应急预案','划定警戒区，疏散下风向群众','消防堵漏稀释','启动无人机空中监测','专家现场会商','生态环境部门监测确认无次生污染'],
  '企业应急处置卡与实际不符，初期处置延误', '事故'),
 ('道路交通', 8, array['高速公路','国道','隧道','山区县道','城区路口','跨河大桥'],
  array['多车相撞','客车侧翻','危化品车辆追尾','连环追尾','车辆坠河'],
  array['启动道路交通事故应急预案','交警实施交通管制','调派救护车转运伤员','清障恢复通行','发布绕行信息','做好伤亡人员家属安抚'],
  '团雾路段预警设施不足，分流不及时', '事故'),
 ('铁路', 3, array['铁路干线','铁路隧道口','铁路桥梁','道口'],
  array['列车脱轨','列车相撞','道口碰撞','线路中断'],
  array['启动铁路行车事故应急预案','协调铁路部门组织抢修','转运滞留旅客','调派医疗力量救治伤员','成立现场工作组，市领导任组长'],
  '铁路沿线地质灾害隐患监测信息未与铁路部门共享', '事故'),
 ('火灾', 8, array['商业综合体','居民楼','仓储物流园','农贸市场','养老院','厂房'],
  array['火灾','电气火灾','爆燃事故','亡人火灾'],
  array['启动火灾事故应急预案','调派消防救援力量灭火','疏散被困人员','医疗救护转运','开展火灾调查','对同类场所开展消防安全排查'],
  '消防通道被占用，救援车辆无法靠近', ''),
 ('煤矿', 5, array['煤矿井下采煤工作面','煤矿巷道','煤矿掘进工作面','矿井'],
  array['瓦斯爆炸','透水','冒顶','煤与瓦斯突出'],
  array['启动煤矿事故应急预案','调派矿山救护队','井下人员升井撤离','排水救援','组织专家制定救援方案','全面停产整顿排查'],
  '井下人员定位系统失效，被困人员位置不清', '事故'),
 ('非煤矿山', 3, array['露天采石场','金属矿井','尾矿库'],
  array['坍塌','透水','溃坝','炮烟中毒'],
  array['启动非煤矿山事故应急预案','调派矿山救护队','撤离下游群众','监测尾矿库坝体','组织专家会商'],
  '尾矿库在线监测数据长期未核查', '事故'),
 ('建筑施工', 5, array['在建住宅楼','基坑','塔吊','脚手架','地铁施工工地'],
  array['坍塌','倒塌','高处坠落','基坑垮塌'],
  array['启动建筑施工事故应急预案','组织搜救被困人员','调派大型吊装设备','对周边建筑监测','停工整改排查'],
  '施工单位未按方案施工，现场监理缺位', '事故'),
 ('燃气', 5, array['居民小区燃气管道','餐饮店液化气瓶','城市燃气调压站','燃气主管网'],
  array['泄漏','爆炸','泄漏爆燃'],
  array['启动燃气事故应急预案','关闭上游阀门','疏散周边群众','抢修管道恢复供气','对燃气用户开展安全排查'],
  '老旧管网底数不清，巡检不到位', '事故'),
 ('气象灾害', 6, array['城区','沿海地区','农业园区','山区乡镇'],
  array['强降雨','台风','冰雹','雷暴大风','短时强降水'],
  array['发布暴雨红色预警','启动气象灾害Ⅱ级应急响应','停课停工停业','转移危险区域群众','抢修电力通信设施'],
  '预警信息发布到村到户的最后一公里不畅', '灾害'),
 ('低温雨雪冰冻', 3, array['高速公路','山区乡镇','输电线路','城区主干道'],
  array['冰冻','暴雪','道路结冰','覆冰断线'],
  array['启动低温雨雪冰冻应急预案','撒布融雪剂除冰','救助滞留旅客','保障电力和供暖','发放御寒物资'],
  '融雪物资储备不足，偏远路段除冰不及时', '灾害'),
 ('地震', 2, array['县城','山区乡镇','农村民房'],
  array['地震','强震','余震'],
  array['启动地震应急预案Ⅱ级响应','派出地震现场工作队','搜救被困群众','搭建帐篷安置受灾群众','排查房屋和水库安全'],
  '农村民房抗震设防能力弱，倒塌较多', '灾害'),
 ('水上交通', 2, array['内河航道','湖区渡口','沿海水域'],
  array['船舶翻沉','渡船倾覆','船舶碰撞'],
  array['启动水上搜救应急预案','调派搜救船艇','打捞落水人员','设置警戒水域','开展渡口安全检查'],
  '渡口船舶超载，安全员不在岗', '事故'),
 ('大面积停电', 2, array['城区电网','变电站','输电线路'],
  array['大面积停电','主变故障','线路跳闸'],
  array['启动大面积停电事件应急预案','调派应急发电车保障重要用户','抢修恢复供电','发布停电信息'],
  '重要用户自备应急电源配置不足', '事件'),
 ('环境污染', 2, array['饮用水水源地','河流断面','工业园区'],
  array['水污染','突发环境污染','油品泄漏入河'],
  array['启动突发环境事件应急预案','截断污染源','加密监测水质','启用备用水源','围油栏拦截'],
  '企业环境应急池容量不足', '事件'),
 ('公共卫生', 2, array['学校','养老机构','农村集市'],
  array['聚集性疫情','食物中毒','传染病暴发'],
  array['启动突发公共卫生事件应急预案','流行病学调查','隔离救治病人','开展消杀','发布健康提示'],
  '基层医疗机构报告不及时', '事件'),
 ('水旱灾害', 3, array['灌区','农村饮水工程','水库'],
  array['干旱','旱情','山洪'],
  array['启动抗旱Ⅳ级应急响应','送水车保障群众饮水','调度水库补水','打井找水'],
  '农村供水工程抗旱能力不足', '灾害');

update bench_cases.vocab set cause = case event_type
    when '洪涝灾害' then '受持续强降雨和上游来水影响，' when '地质灾害' then '受连续降雨影响，'
    when '森林火灾' then '因村民上坟烧纸引发，' when '危险化学品' then '因阀门老化失效，' when '道路交通' then '因雨天路滑、车速过快，'
    when '火灾' then '因电气线路老化短路，' when '煤矿' then '因通风管理不善，' when '建筑施工' then '因违规拆除支撑，'
    when '燃气' then '因第三方施工挖断管道，' when '气象灾害' then '受强对流天气影响，' when '低温雨雪冰冻' then '受寒潮影响，'
    when '水上交通' then '因超载和大风，' when '水旱灾害' then '受持续少雨影响，' else '' end;

-- the event types numbered by weight
create unlogged table bench_cases.ev as
select (row_number() over (order by v.event_type, g) - 1)::int as i, v.*
  from bench_cases.vocab v, generate_series(1, v.weight) g;
create unique index on bench_cases.ev (i);


-- one row per case: its compiler, place, event, hashes and words chosen
create unlogged table bench_cases.c as
select g, md5('case-' || g)::uuid as id, t.code, t.path, t.name as office, t.tier, p.code as place_code,
       p.province, p.city, p.name as place_name, p.short, e.event_type, e.kind, h1, h2, h3,
       e.objects[1 + h2 % cardinality(e.objects)] as obj, e.incidents[1 + h3 % cardinality(e.incidents)] as inc,
       e.incidents[1 + h3 % cardinality(e.incidents)]
         || case when e.incidents[1 + h3 % cardinality(e.incidents)] like '%' || e.kind then '' else e.kind end as incident,
       e.actions as acts, e.problem, e.cause,
       -- two more actions, distinct from the first and from each other
       e.actions[2 + h1 % (cardinality(e.actions) - 1)] as act2,
       e.actions[2 + (h1 % (cardinality(e.actions) - 1) + 1 + h2 % (cardinality(e.actions) - 2)) % (cardinality(e.actions) - 1)] as act3,
       (case when h1 % 100 < 60 then 'general' when h1 % 100 < 85 then 'large' when h1 % 100 < 97 then 'major'
             else 'extraordinary' end)::case_severity as severity,
       (case when h2 % 100 < 80 then 'published' when h2 % 100 < 88 then 'reviewed' else 'draft' end)::case_status as status,
       (date '2006-01-01' + (h3 % (current_date - date '2006-01-02'))::int) as day
  from generate_series(1, __CASES__) g
  cross join lateral (select (hashtext('case-a' || g) & 2147483647)::bigint as h1,
                             (hashtext('case-b' || g) & 2147483647)::bigint as h2,
                             (hashtext('case-c' || g) & 2147483647)::bigint as h3) hh
  join bench_cases.ts t on t.i = h1 % (select count(*) from bench_cases.ts)
  join bench_cases.ev e on e.i = h3 % (select count(*) from bench_cases.ev)
  left join bench_cases.below b on b.upper = t.code and t.tier <> 'county' and h2 % 10 < (case t.tier when 'city' then 5 else 7 end)
        and b.k = (h1 / 7) % b.n
  join bench_cases.place p on p.code = coalesce(b.code, t.code);

insert into case_record (id, tenant_code, tenant_path, sharing, title, event_type, severity, place_code, place_province,
                         place_city, place_name, place_text, occurred_on, deaths, injuries, missing, affected,
                         direct_loss, losses_note, summary, what_worked, problems, lessons, source, status,
                         reviewed_by, reviewed_at, published_by, published_at, created_by, version, created_at,
                         updated_at)
select c.id, c.code, c.path,
       (case c.status when 'published' then 'public' when 'reviewed' then 'up' else 'private' end)::sharing,
       '“' || extract(month from c.day) || '·' || extract(day from c.day) || '”' || c.short || c.obj || c.incident
         || (array['应急处置','处置情况','抢险救援','应急处置复盘','应对工作总结'])[1 + c.h1 % 5],
       c.event_type, c.severity, c.place_code, c.province, c.city, c.place_name,
       c.place_name || (array['境内','东部','西部','城区','北部山区','南部'])[1 + c.h2 % 6] || c.obj,
       c.day, l.deaths, l.deaths * (1 + c.h3 % 4), case when c.h1 % 9 = 0 then c.h2 % 5 end,
       case when c.event_type in ('洪涝灾害','气象灾害','地质灾害','地震','低温雨雪冰冻','水旱灾害') then 100 + c.h3 % 200000 end,
       round((c.h2 % 500000)::numeric / 10 * (1 + l.deaths), 2),
       l.deaths || '人死亡，' || (l.deaths * (1 + c.h3 % 4)) || '人受伤，直接经济损失约' || (c.h2 % 50000) / 10 || '万元。',
       -- 案情概述: when, where, what, losses, who responded and how
       extract(year from c.day) || '年' || extract(month from c.day) || '月' || extract(day from c.day) || '日'
         || (array['凌晨','上午','中午','下午','傍晚','夜间'])[1 + c.h1 % 6] || '，'
         || case when c.h2 % 2 = 0 then c.cause else '' end
         || c.place_name || c.obj || '发生' || c.incident
         || case when l.deaths = 0 then '，未造成人员死亡。' else '，造成' || l.deaths || '人死亡、' || (l.deaths * (1 + c.h3 % 4)) || '人受伤。' end
         || c.office || '接报后立即' || c.acts[1] || '，' || c.act2 || '，' || c.act3 || '。'
         || (array['处置过程中，现场指挥部每两小时会商一次，滚动研判险情发展趋势，及时调整力量部署。',
                   '应急、公安、消防、卫健、交通等部门按照预案分工各司其职，乡镇（街道）做好群众转移安置和解释稳定工作。',
                   '现场设置警戒区，实行交通管制，专家组对次生灾害风险逐项评估。',
                   ''])[1 + (c.h3 / 31) % 4]
         || (array['领导第一时间赶赴现场，成立现场指挥部，统一指挥抢险救援工作。',
                   '相关部门和属地力量迅速集结，应急处置在数小时内完成。',
                   '在上级统一调度下，迅速取得救人、安置、处置三个关键性胜利。',
                   '各成员单位快速反应，分工协作，险情得到有效控制，未发生次生衍生灾害。'])[1 + (c.h1 / 11) % 4],
       -- 经验做法
       (array['应急值守人员由1人增加到3人，全天候24小时值守，统一收集汇总信息、传达领导指示。',
              '提前发布预警信息，通过手机短信、电视、广播、网络和电子显示屏滚动播出，群众转移及时。',
              '专家组第一时间到场会商研判，为现场处置提供技术支撑。',
              '成立接待接访、医疗救助、后勤保障、新闻报道、现场清理、维护稳定等工作组，每组由一名领导任组长。',
              '应急指挥平台“一口归集”事件信息，通过现场回传画面调度各方力量。',
              '基层网格员逐户通知，确保转移不漏一户、不落一人。'])[1 + c.h2 % 6]
         || c.acts[1 + (c.h3 / 13) % cardinality(c.acts)] || '，处置得当。'
         || (array['应急物资储备充足，调运及时。', '部门之间协调有力，反应迅速。', '信息报送及时准确，上下联动顺畅。'])[1 + (c.h2 / 17) % 3],
       -- 存在问题
       c.problem || '；'
         || (array['信息报送渠道单一，书面编发的信息快报难以在第一时间送达领导手中。',
                   '基层应急队伍装备不足，专业救援能力薄弱。',
                   '部门之间信息共享不畅，存在重复调度。',
                   '应急预案针对性、可操作性不强，与实际脱节。',
                   '群众自救互救意识不强，转移动员难度大。',
                   '夜间通信中断，现场与指挥部联络困难。'])[1 + (c.h1 / 19) % 6],
       -- 启示与教训
       (array['预警要早、响应要提前，为转移群众赢得时间。',
              '加强隐患排查治理，从源头上防范化解重大安全风险。',
              '完善多部门联动机制，做到统一指挥、反应灵敏、协调有序、运转高效。',
              '加强基层应急能力建设，配齐配强专业救援力量。'])[1 + (c.h3 / 23) % 4]
         || (array['定期开展应急演练，检验预案、锻炼队伍、磨合机制。',
                   '信息报送要多渠道，变书面报送为电话、手机短信报送。',
                   '做好善后处置和舆论引导，防止次生衍生事件。',
                   '开展事故调查评估，逐项落实整改措施。'])[1 + (c.h2 / 29) % 4],
       c.office || '应急管理局（基准测试数据）',
       c.status,
       case when c.status <> 'draft' then 'bench-reviewer' end,
       case when c.status <> 'draft' then least(c.day + interval '30 days', now()) end,
       case when c.status = 'published' then 'bench-reviewer' end,
       case when c.status = 'published' then least(c.day + interval '40 days', now()) end,
       'bench', 0, least(c.day + interval '20 days', now()), least(c.day + interval '40 days', now())
  from bench_cases.c c
  cross join lateral (select (case c.severity when 'general' then c.h1 % 3 when 'large' then 3 + c.h1 % 7
                                              when 'major' then 10 + c.h1 % 20 else 30 + c.h1 % 40 end)::int as deaths) l;

-- 处置过程 for two cases in five: 3–8 steps from the report to the aftermath, hours apart
insert into case_step (id, tenant_code, tenant_path, sharing, case_id, position, at, description)
select md5('case-step-' || c.g || '-' || s)::uuid, c.code, c.path, 'private', c.id, s,
       c.day + interval '6 hours' + (c.h1 % 12) * interval '1 hour' + s * (1 + c.h2 % 5) * interval '1 hour',
       case when s = 0 then c.office || '接报' || c.place_name || c.obj || c.inc || '，值班人员向领导报告'
            when s = 1 then c.acts[1]
            when s = n - 1 then (array['险情得到控制，转入善后处置', '救援结束，恢复正常秩序', '应急响应终止，开展调查评估'])[1 + c.h3 % 3]
            else c.acts[1 + (c.h1 + s) % cardinality(c.acts)] end
  from bench_cases.c c
  cross join lateral (select (3 + c.h3 % 6)::int as n) k
  cross join lateral generate_series(0, k.n - 1) s
 where c.h2 % 5 < 2;

select 'cases: ' || count(*) || ' (published ' || count(*) filter (where status = 'published') || ', reviewed '
       || count(*) filter (where status = 'reviewed') || ', draft ' || count(*) filter (where status = 'draft') || ')'
  from case_record where created_by = 'bench';
select 'timeline steps: ' || count(*) || ' of ' || count(distinct case_id) || ' cases' from case_step;
select 'orphan places: ' || count(*) from case_record r where not exists (select 1 from tenant t where t.code = r.place_code);

drop schema bench_cases cascade;
analyze case_record;
analyze case_step;
