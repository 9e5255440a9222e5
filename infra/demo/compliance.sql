-- Demo records (docs/demo.md): a year of work of the demo tenants, so that every page and the 合规看板 tell a true
-- story to a province, a city and a county user — plans in every status with their filings, returns and receipts,
-- drills with evaluations and corrective actions, experts, a revision campaign, and twelve months of compliance
-- history. Run by ./yingji after seed.sql (the units) and people.sql (the demo users' names).
--
-- Generated, not typed: each demo tenant has a diligence (how much of its plan system it has filed) and every
-- choice is a fixed pseudo-random roll (md5 of a key), so a load is deterministic. Dates are relative to the day
-- of the first load (current_date); later layers (filings, decisions, drills, actions) are computed from the stored
-- rows of the layer before, and every row has a fixed id (md5 of its natural key) inserted `on conflict do nothing`:
-- loading again changes nothing. Filing deadlines use the working-day calendar of tenants/calendars (copied below;
-- DemoDataIntegrationTest checks every stored deadline against WorkingDayCalendar). Outbox rows are written for the
-- rows a load inserts, so the indexer puts them into the search indices.

-- ---------------------------------------------------------------------------------------------- helpers (session)

-- 0..99 from a key: the fixed pseudo-random choice
CREATE OR REPLACE FUNCTION pg_temp.demo_roll(key text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT (('x' || substr(md5(key), 1, 7))::bit(28)::integer % 100)
$$;

-- a fixed id from a natural key
CREATE OR REPLACE FUNCTION pg_temp.demo_id(key text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
  SELECT md5('yingji-demo:' || key)::uuid
$$;

-- a moment of a day, China time, never later than now (lists sort by time: a demo row must not sort above new work)
CREATE OR REPLACE FUNCTION pg_temp.demo_at(d date, t time) RETURNS timestamptz LANGUAGE sql STABLE AS $$
  SELECT least((d + t) AT TIME ZONE 'Asia/Shanghai', now())
$$;

-- the CN calendar of tenants/calendars/CN-2026.yaml (2025, 2026): 调休上班 days and holiday ranges; other years
-- Monday to Friday, as WorkingDayCalendar falls back
CREATE OR REPLACE FUNCTION pg_temp.demo_is_working_day(d date) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
           WHEN d = ANY (ARRAY['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11', '2026-01-04',
                               '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']::date[]) THEN true
           WHEN extract(isodow FROM d) > 5 THEN false
           ELSE NOT EXISTS (SELECT 1 FROM unnest(ARRAY[
                  daterange('2025-01-01', '2025-01-01', '[]'), daterange('2025-01-28', '2025-02-04', '[]'),
                  daterange('2025-04-04', '2025-04-06', '[]'), daterange('2025-05-01', '2025-05-05', '[]'),
                  daterange('2025-05-31', '2025-06-02', '[]'), daterange('2025-10-01', '2025-10-08', '[]'),
                  daterange('2026-01-01', '2026-01-03', '[]'), daterange('2026-02-15', '2026-02-23', '[]'),
                  daterange('2026-04-04', '2026-04-06', '[]'), daterange('2026-05-01', '2026-05-05', '[]'),
                  daterange('2026-06-19', '2026-06-21', '[]'), daterange('2026-09-25', '2026-09-27', '[]'),
                  daterange('2026-10-01', '2026-10-07', '[]')]) AS h(r) WHERE d <@ h.r)
         END
$$;

-- the n-th working day after d (d itself not counted), as WorkingDayCalendar.addWorkingDays
CREATE OR REPLACE FUNCTION pg_temp.demo_add_working_days(d date, n integer) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT x.day FROM (SELECT d + i AS day, count(*) FILTER (WHERE pg_temp.demo_is_working_day(d + i))
                                            OVER (ORDER BY i) AS counted
                       FROM generate_series(1, 6 * n + 30) AS i) x
   WHERE x.counted = n AND pg_temp.demo_is_working_day(x.day)
$$;

-- the last working day on or before d (offices issue and submit on working days)
CREATE OR REPLACE FUNCTION pg_temp.demo_working_day(d date) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT max(x)::date FROM generate_series(d - 14, d, interval '1 day') AS x WHERE pg_temp.demo_is_working_day(x::date)
$$;

-- ---------------------------------------------------------------------------------------------- the demo tenants

-- who compiles (officer, with a login name: the demo user's where the tenant has one, people.sql) and who decides
-- filings addressed to the tenant (reviewer: the demo user's name where there is one); diligence: the share of its plan system a tenant has filed (50..95)
DROP TABLE IF EXISTS pg_temp.demo_tenant;
CREATE TEMP TABLE demo_tenant AS
SELECT t.code, t.path, t.tier::text AS tier, t.name, s.officer, s.login, s.reviewer, s.diligence, s.doc_prefix,
       CASE WHEN t.tier = 'province' THEN '应急管理厅' ELSE '应急管理局' END AS em,
       p.code AS parent_code, p.path AS parent_path, p.name AS parent_name,
       CASE WHEN p.tier = 'province' THEN '应急管理厅' ELSE '应急管理局' END AS parent_em
  FROM (VALUES
    ('370000', '郑晓东', 'sd-zhengxd', '张伟', 88, '鲁政办字'), ('370700', '马超', 'wf-machao', '李娜', 90, '潍政办字'),
    ('370702', '王强', 'wc-county', '何志刚', 92, '潍城政办字'), ('370703', '刘洋', 'ht-county', '高翔', 58, '寒政办字'),
    ('370704', '林海燕', 'fz-linhy', '韩冬', 76, '坊政办字'), ('370705', '郭鹏', 'kw-guop', '宋雨', 95, '奎政办字'),
    ('370724', '谢军', 'lq-xiej', '唐敏', 52, '临政办字'), ('370725', '冯磊', 'cl-fengl', '曹丽', 70, '乐政办字'),
    ('370781', '许文博', 'qz-xuwb', '邓宏', 88, '青政办字'), ('370782', '袁立新', 'zc-yuanlx', '彭晓', 82, '诸政办字'),
    ('370783', '田野', 'sg-tiany', '蒋华', 94, '寿政办字'), ('370784', '潘涛', 'aq-pant', '罗琳', 64, '安政办字'),
    ('370785', '崔凯', 'gm-cuik', '钟雪', 80, '高政办字'), ('370786', '贾明', 'cy-jiam', '董芳', 50, '昌政办字'),
    ('370100', '石磊', 'jn-shil', '陈静', 72, '济政办字'), ('370103', '杨帆', 'szq-county', '魏红', 78, '市中政办字'),
    ('520000', '龙江', 'gz-longj', '黄磊', 84, '黔府办函'), ('520200', '熊伟', 'lps-xiongw', '吴芳', 74, '六盘水府办函'),
    ('520201', '周杰', 'zs-county', '蔡云', 62, '钟府办函')
  ) AS s(code, officer, login, reviewer, diligence, doc_prefix)
  JOIN tenant t ON t.code = s.code
  LEFT JOIN tenant p ON nlevel(t.path) > 1 AND p.path = subpath(t.path, 0, nlevel(t.path) - 1);

-- the tenants whose records this load inserts: their snapshot of the current month, if the app already computed
-- one, is dropped at the end so that the app computes it again from the records (a second load inserts nothing)
DROP TABLE IF EXISTS pg_temp.demo_changed;
CREATE TEMP TABLE demo_changed (tenant_code text);

-- a tenant's unit whose name is like the pattern (the government, its bureau, a department)
CREATE OR REPLACE FUNCTION pg_temp.demo_unit(tenant text, pattern text) RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT id FROM org_unit WHERE tenant_code = tenant AND kind IN ('government', 'department') AND name LIKE pattern
   ORDER BY name LIMIT 1
$$;

-- ---------------------------------------------------------------------------------------------- revision campaign

-- 潍坊市's campaign to revise the counties' 地震 plans, launched seven months ago; each county's task has its own
-- deadline (some passed). A task is done when a plan version linked to it is filed (the campaign board's rule).
INSERT INTO revision_campaign (id, tenant_code, tenant_path, sharing, title, notice_doc_number, description, deadline,
                               launched_at, created_by, created_at, updated_at)
SELECT pg_temp.demo_id('campaign:370700'), t.code, t.path, 'vertical', '潍坊市地震应急预案编修专项行动',
       '潍应急字〔' || extract(year FROM current_date - 210) || '〕5号',
       '按照新修订的《山东省地震应急预案》，各县（市、区）对本级地震应急预案开展评估和修订，修订后按程序印发并报市政府备案。',
       current_date + 20, pg_temp.demo_at(current_date - 210, '10:00'), t.officer,
       pg_temp.demo_at(current_date - 215, '09:00'), pg_temp.demo_at(current_date - 210, '10:00')
  FROM demo_tenant t WHERE t.code = '370700'
ON CONFLICT (id) DO NOTHING;

INSERT INTO campaign_task (id, tenant_code, tenant_path, sharing, campaign_id, plan_title, category,
                           assignee_tenant_code, assignee_unit_id, deadline, created_at)
SELECT pg_temp.demo_id('campaign-task:' || c.code), p.code, p.path, 'vertical', pg_temp.demo_id('campaign:370700'),
       c.name || '地震应急预案（修订）', 'special', c.code, pg_temp.demo_unit(c.code, '%应急管理%'),
       (current_date - 30) + pg_temp.demo_roll('task-deadline:' || c.code) / 2, pg_temp.demo_at(current_date - 210, '10:00')
  FROM demo_tenant c JOIN demo_tenant p ON p.code = c.parent_code
 WHERE c.parent_code = '370700'
ON CONFLICT (id) DO NOTHING;

-- ---------------------------------------------------------------------------------------------- plans

-- the plan system of a tenant: idx, category, event types, title after the tenant's name, owning unit (pattern)
DROP TABLE IF EXISTS pg_temp.demo_plan_kind;
CREATE TEMP TABLE demo_plan_kind (idx integer, category text, event_types text[], topic text, owner text, summary text);
INSERT INTO demo_plan_kind VALUES
  (1, 'general', '{}', '突发事件总体应急预案', '%人民政府',
   '本行政区域突发事件应对工作的总体制度安排：风险防控、应急准备、监测预警、应急处置与救援、恢复重建和保障措施。'),
  (2, 'special', '{洪涝灾害}', '防汛抗旱应急预案', '%水利%',
   '规范江河洪水、山洪、城市内涝和干旱灾害的防御和处置，明确防汛抗旱指挥部职责、预警分级和Ⅰ—Ⅳ级应急响应。'),
  (3, 'special', '{森林火灾}', '森林火灾应急预案', '%应急管理%',
   '森林火灾的预防、早期处置、扑救指挥和火场清理看守，明确扑火力量调度和群众转移安置。'),
  (4, 'special', '{地震}', '地震应急预案', '%应急管理%',
   '破坏性地震的应急响应分级、抗震救灾指挥部组成、人员搜救、医疗救治、群众安置和次生灾害防范。'),
  (5, 'special', '{地质灾害}', '突发地质灾害应急预案', '%自然资源%',
   '崩塌、滑坡、泥石流、地面塌陷等地质灾害的群测群防、监测预警、险情巡查和应急处置。'),
  (6, 'special', '{危险化学品}', '危险化学品事故应急预案', '%应急管理%',
   '危险化学品生产、储存、运输环节泄漏、火灾、爆炸事故的分级响应、警戒疏散、堵漏洗消和环境监测。'),
  (7, 'special', '{大面积停电}', '大面积停电事件应急预案', '%发展和改革%',
   '大面积停电事件的电网恢复、重要用户保障、社会稳定和信息发布。'),
  (8, 'special', '{公共卫生}', '突发公共卫生事件应急预案', '%卫生健康%',
   '传染病疫情、群体性不明原因疾病、食物和职业中毒等突发公共卫生事件的监测报告、分级响应和医疗救治。'),
  (9, 'special', '{生产安全事故}', '生产安全事故应急预案', '%应急管理%',
   '生产安全事故的信息报告、先期处置、分级响应、现场指挥部运行和善后处置。'),
  (10, 'department', '{道路交通}', '公路交通突发事件应急预案', '%交通运输%',
   '交通运输部门应对公路交通中断、重大交通事故和恶劣天气通行受阻的职责分工、运力调度和保通保畅。'),
  (11, 'special', '{洪涝灾害}', '城市排水防涝应急预案', '%住房和城乡建设%',
   '城市易涝点、下穿通道和地下空间的积水监测、排水调度和人员车辆疏导（征求意见稿）。'),
  (12, 'special', '{气象灾害}', '重大气象灾害应急预案', '%应急管理%',
   '暴雨、大风、冰雹、高温等重大气象灾害的预警发布和部门联动（已并入防汛抗旱及相关专项预案，予以废止）。'),
  (13, 'special', '{煤矿}', '煤矿安全事故应急预案', '%应急管理%',
   '煤矿瓦斯、透水、火灾、顶板事故的矿山救护调度、井下人员撤离和排水通风。');

-- status and dates of each plan of each tenant, from its diligence and the fixed rolls
DROP TABLE IF EXISTS pg_temp.demo_plan_spec;
CREATE TEMP TABLE demo_plan_spec AS
WITH choice AS (
  SELECT t.*, k.idx, k.category, k.event_types, k.topic, k.owner, k.summary,
         pg_temp.demo_roll('plan:' || t.code || ':' || k.idx) AS r,
         pg_temp.demo_roll('plan-date:' || t.code || ':' || k.idx) AS off
    FROM demo_tenant t CROSS JOIN demo_plan_kind k
   WHERE k.idx <> 13 OR t.code LIKE '52%'
), decided AS (
  SELECT c.*,
         CASE
           WHEN c.idx = 11 THEN 'draft'
           WHEN c.idx = 12 THEN CASE WHEN c.r < 50 THEN 'abolished' END
           WHEN c.idx = 1 THEN 'filed'
           WHEN c.r < c.diligence - 20 THEN 'filed'
           WHEN c.r < c.diligence - 8 THEN 'submitted'
           WHEN c.r < c.diligence THEN 'returned'
           WHEN c.r < c.diligence + 12 THEN 'issued'
         END AS wanted
    FROM choice c
)
SELECT d.*,
       -- a province files its general and special plans with the State Council and its departments: outside the
       -- platform, so they stay submitted
       CASE WHEN d.tier = 'province' AND d.category <> 'department' AND d.wanted IN ('filed', 'returned')
            THEN 'submitted' ELSE d.wanted END AS status,
       -- a few 地震/地质灾害 plans are older than the three-year evaluation cycle
       (d.idx IN (4, 5) AND d.wanted = 'filed' AND d.r % 10 < 4) AS old
  FROM decided d
 WHERE d.wanted IS NOT NULL;

-- the first version of the general plans that were revised this year (superseded)
WITH inserted AS (
INSERT INTO plan (id, tenant_code, tenant_path, sharing, series_id, version_no, title, category, event_types,
                  owner_unit_id, doc_number, issued_on, summary, status, evaluation_due_on, evaluation_reminder_on,
                  created_at, updated_at)
SELECT pg_temp.demo_id('plan:' || s.code || ':1:v1'), s.code, s.path, 'up', pg_temp.demo_id('series:' || s.code || ':1'),
       1, s.name || s.topic, 'general', '{}', pg_temp.demo_unit(s.code, s.owner),
       s.doc_prefix || '〔' || extract(year FROM current_date - 1300 - s.off * 4) || '〕' || (20 + s.off % 30) || '号',
       pg_temp.demo_working_day(current_date - 1300 - s.off * 4), s.summary, 'superseded',
       current_date - 1300 - s.off * 4 + interval '3 years', current_date - 1300 - s.off * 4 + interval '3 years' - interval '90 days',
       pg_temp.demo_at(current_date - 1330 - s.off * 4, '09:00'), pg_temp.demo_at(current_date - 70 - s.off, '16:00')
  FROM demo_plan_spec s
 WHERE s.idx = 1 AND s.r < 60
ON CONFLICT (id) DO NOTHING
RETURNING id, tenant_code
), queued AS (INSERT INTO outbox (entity, entity_id) SELECT 'plan', id FROM inserted)
INSERT INTO demo_changed SELECT tenant_code FROM inserted;

WITH spec AS (
  SELECT s.*,
         pg_temp.demo_working_day(CASE s.status
           WHEN 'filed' THEN CASE WHEN s.old THEN current_date - 1110 - s.off * 3 ELSE current_date - 80 - s.off * 28 / 10 END
           WHEN 'submitted' THEN current_date - 12 - s.off * 30 / 100
           WHEN 'returned' THEN current_date - 45 - s.off
           WHEN 'issued' THEN current_date - 3 - s.off * 60 / 100
           WHEN 'abolished' THEN current_date - 1500 - s.off * 5
         END) AS issued_on,
         -- half of the old plans were evaluated (继续适用) before their due date
         (s.old AND s.r % 2 = 0) AS evaluated
    FROM demo_plan_spec s
), inserted AS (
  INSERT INTO plan (id, tenant_code, tenant_path, sharing, series_id, version_no, previous_version_id, title, category,
                    event_types, owner_unit_id, doc_number, issued_on, summary, status, last_evaluated_on,
                    evaluation_due_on, evaluation_reminder_on, campaign_task_id, created_at, updated_at)
  SELECT pg_temp.demo_id('plan:' || s.code || ':' || s.idx),
         s.code, s.path, CASE s.status WHEN 'draft' THEN 'private' ELSE 'up' END::sharing,
         pg_temp.demo_id('series:' || s.code || ':' || s.idx),
         CASE WHEN v1.id IS NULL THEN 1 ELSE 2 END, v1.id,
         s.name || s.topic, s.category::plan_category, s.event_types, pg_temp.demo_unit(s.code, s.owner),
         CASE WHEN s.issued_on IS NOT NULL
              THEN s.doc_prefix || '〔' || extract(year FROM s.issued_on) || '〕' || (s.idx * 3 + s.r % 3) || '号' END,
         s.issued_on, s.summary, s.status::plan_status,
         CASE WHEN s.evaluated THEN (s.issued_on + interval '3 years' - interval '40 days')::date END,
         CASE WHEN s.issued_on IS NULL THEN NULL
              WHEN s.evaluated THEN (s.issued_on + interval '6 years' - interval '40 days')::date
              ELSE (s.issued_on + interval '3 years')::date END,
         CASE WHEN s.issued_on IS NULL THEN NULL
              WHEN s.evaluated THEN (s.issued_on + interval '6 years' - interval '130 days')::date
              ELSE (s.issued_on + interval '3 years' - interval '90 days')::date END,
         -- a county's 地震 plan issued after 潍坊市 launched its campaign answers the campaign's task
         CASE WHEN s.idx = 4 AND s.parent_code = '370700' AND s.issued_on >= current_date - 210
              THEN pg_temp.demo_id('campaign-task:' || s.code) END,
         pg_temp.demo_at(coalesce(s.issued_on, current_date - 12 - s.off / 5) - 25, '09:30'),
         pg_temp.demo_at(coalesce(s.issued_on, current_date - 12 - s.off / 5), '17:00')
    FROM spec s
    LEFT JOIN plan v1 ON v1.id = pg_temp.demo_id('plan:' || s.code || ':' || s.idx || ':v1')
  ON CONFLICT (id) DO NOTHING
  RETURNING id, tenant_code
), queued AS (INSERT INTO outbox (entity, entity_id) SELECT 'plan', id FROM inserted)
INSERT INTO demo_changed SELECT tenant_code FROM inserted;

-- the evaluations of the plans evaluated before their due date
INSERT INTO plan_evaluation (id, tenant_code, tenant_path, plan_id, evaluated_on, conclusion, findings, evaluator,
                             recorded_by, created_at)
SELECT pg_temp.demo_id('evaluation:' || p.id), p.tenant_code, p.tenant_path, p.id, p.last_evaluated_on, 'keep',
       '预案组织体系、响应分级与现行机构设置和上级预案一致，近三年演练和实际处置中未发现需要修订的问题，继续适用。',
       t.name || t.em || '预案评估组', t.officer, pg_temp.demo_at(p.last_evaluated_on, '16:00')
  FROM plan p JOIN demo_tenant t ON t.code = p.tenant_code
 WHERE p.last_evaluated_on IS NOT NULL
   AND p.id IN (SELECT pg_temp.demo_id('plan:' || s.code || ':' || s.idx) FROM demo_plan_spec s)
ON CONFLICT (id) DO NOTHING;

-- ---------------------------------------------------------------------------------------------- filings

-- the route of each submitted plan (national.yaml's routes): a general plan to the government above (through its
-- emergency-management bureau), a special plan to the lead department above, a department plan to the own
-- government; a province's general and special plans go to the State Council and its departments (outside the
-- platform). Attempts: a plan filed or pending after a return was submitted twice.
DROP TABLE IF EXISTS pg_temp.demo_filing_spec;
CREATE TEMP TABLE demo_filing_spec AS
WITH base AS (
  SELECT p.id AS plan_id, p.tenant_code, p.tenant_path, p.version_no, p.status::text AS plan_status, p.category::text AS category,
         p.issued_on, t.*,
         pg_temp.demo_roll('filing:' || p.id) AS f,
         CASE WHEN p.status = 'superseded' OR (t.tier = 'province' AND p.category <> 'department') THEN false
              WHEN p.status = 'submitted' THEN pg_temp.demo_roll('attempts:' || p.id) % 2 = 0
                                               AND p.issued_on <= current_date - 27
              WHEN p.status = 'filed' THEN pg_temp.demo_roll('attempts:' || p.id) % 4 = 0
              ELSE false END AS resubmitted
    FROM plan p JOIN demo_tenant t ON t.code = p.tenant_code
   WHERE p.status IN ('filed', 'submitted', 'returned', 'superseded')
     AND (p.id IN (SELECT pg_temp.demo_id('plan:' || s.code || ':' || s.idx) FROM demo_plan_spec s)
          OR p.id IN (SELECT pg_temp.demo_id('plan:' || s.code || ':1:v1') FROM demo_plan_spec s))
), routed AS (
  SELECT b.*,
         CASE WHEN b.category = 'department' THEN b.code ELSE b.parent_code END AS authority_code,
         CASE WHEN b.category = 'special' THEN 'leadDepartment' ELSE 'government' END AS authority_role,
         CASE WHEN b.category = 'department' THEN b.name || '人民政府'
              WHEN b.category = 'general' THEN coalesce(b.parent_name || '人民政府', '国务院')
              ELSE coalesce(b.parent_name || '相应牵头部门', '国务院相应牵头部门') END AS authority_label,
         CASE WHEN b.category = 'department' THEN b.name || b.em
              WHEN b.category = 'general' THEN coalesce(b.parent_name || b.parent_em, '应急管理部') END AS via,
         CASE WHEN b.category = 'general' THEN coalesce(b.parent_name || '有关部门', '国务院有关部门')
              WHEN b.category = 'special' THEN coalesce(b.parent_name || b.parent_em, '应急管理部') END AS copy_to,
         -- the first submission: days after issue (late beyond the 20 working days for about one in five)
         -- (a pending plan submitted once was submitted in the last week)
         CASE WHEN b.plan_status = 'submitted' AND NOT b.resubmitted
              THEN least(greatest(b.issued_on + 2 + b.f % 8, current_date - b.f % 7), current_date)
              ELSE b.issued_on + CASE WHEN b.plan_status = 'submitted' THEN 2 + b.f % 8
                                      WHEN b.plan_status = 'returned' THEN 5 + b.f % 20
                                      ELSE 5 + b.f % 30 END END AS first_on
    FROM base b
), attempts AS (
  SELECT r.*, 1 AS attempt, greatest(pg_temp.demo_working_day(r.first_on), r.issued_on) AS submitted_on,
         CASE WHEN r.authority_code IS NULL THEN 'pending'
              WHEN r.resubmitted OR r.plan_status = 'returned' THEN 'returned'
              WHEN r.plan_status = 'submitted' THEN 'pending'
              ELSE 'filed' END AS filing_status
    FROM routed r
  UNION ALL
  SELECT r.*, 2, pg_temp.demo_working_day(CASE WHEN r.plan_status = 'submitted' THEN current_date - r.f % 4
                     ELSE pg_temp.demo_add_working_days(r.first_on, 1 + r.f % 4) + 3 + r.f % 7 END),
         CASE WHEN r.plan_status = 'submitted' THEN 'pending' ELSE 'filed' END
    FROM routed r WHERE r.resubmitted
)
SELECT a.*,
       pg_temp.demo_id('filing:' || a.plan_id || ':' || a.attempt) AS filing_id,
       pg_temp.demo_add_working_days(a.issued_on, 20) AS filing_due_on,
       pg_temp.demo_add_working_days(a.submitted_on, 5) AS acknowledgement_due_on,
       CASE a.filing_status
         WHEN 'returned' THEN pg_temp.demo_add_working_days(a.submitted_on, 1 + a.f % 4)
         -- about one in nine receipts came after the five working days
         WHEN 'filed' THEN pg_temp.demo_add_working_days(a.submitted_on, CASE WHEN a.f % 9 = 0 THEN 7 ELSE 1 + a.f % 5 END)
       END AS decided_on
  FROM attempts a;

INSERT INTO filing (id, tenant_code, tenant_path, plan_id, plan_version_no, authority_tenant_code, authority_role,
                    authority_label, deliver_via_label, copy_to, route_description, submitted_on, submitted_at,
                    filing_due_on, late, acknowledgement_due_on, status, silence_counts_as_filed)
SELECT s.filing_id, s.tenant_code, s.tenant_path, s.plan_id, s.version_no, s.authority_code, s.authority_role,
       s.authority_label, s.via, CASE WHEN s.copy_to IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(s.copy_to) END,
       '报' || s.authority_label || '备案' || coalesce('，经' || s.via || '报送', '') || coalesce('，抄送' || s.copy_to, ''),
       s.submitted_on, pg_temp.demo_at(s.submitted_on, time '09:00' + s.f * interval '3 minutes'),
       s.filing_due_on, s.submitted_on > s.filing_due_on, s.acknowledgement_due_on, s.filing_status::filing_status, false
  FROM demo_filing_spec s
ON CONFLICT (id) DO NOTHING;

-- the authorities' decisions: 备案登记 with a number of the authority and year (after any numbers it already
-- gave), and returns with a reason; decided by the authority's reviewer
INSERT INTO filing_decision (id, tenant_code, tenant_path, filing_id, decision, reason, filing_number,
                             verification_code, decided_by, decided_at)
SELECT pg_temp.demo_id('decision:' || s.filing_id), a.code, a.path, s.filing_id,
       CASE s.filing_status WHEN 'filed' THEN 'accepted' ELSE 'returned' END::filing_decision_kind,
       CASE WHEN s.filing_status = 'returned' THEN (ARRAY[
         '缺少专家评审意见，请补充评审意见及采纳情况说明后重新报送。',
         '应急响应分级标准与上级预案不衔接，请对照修改后重新报送。',
         '未附应急资源调查清单，请补齐备案材料后重新报送。',
         '指挥机构成员单位职责与机构改革后的部门设置不一致，请修改。'])[1 + s.f % 4] END,
       CASE WHEN s.filing_status = 'filed' THEN
         a.code || '-' || extract(year FROM s.decided_on) || '-' || lpad((
           (SELECT count(*) FROM filing_decision x
             WHERE x.tenant_code = a.code AND x.filing_number LIKE a.code || '-' || extract(year FROM s.decided_on) || '-%')
           + row_number() OVER (PARTITION BY a.code, extract(year FROM s.decided_on), s.filing_status
                                ORDER BY s.decided_on, s.filing_id))::text, 5, '0') END,
       CASE WHEN s.filing_status = 'filed'
            THEN translate(upper(substr(md5('verification:' || s.filing_id), 1, 10)), '01', 'KM') END,
       a.reviewer, pg_temp.demo_at(s.decided_on, time '15:00' + s.f * interval '2 minutes')
  FROM demo_filing_spec s JOIN demo_tenant a ON a.code = s.authority_code
 WHERE s.filing_status IN ('filed', 'returned')
   AND NOT EXISTS (SELECT 1 FROM filing_decision d WHERE d.filing_id = s.filing_id)
ON CONFLICT (id) DO NOTHING;

-- 待办 (docs/obligations.md): a submission to an authority on the platform obliges it to answer by the
-- acknowledgement deadline (to the end of that day in China); an answered one was closed by its decision, on time or
-- late as app.close_obligation decides (done at or before the due time: on time)
INSERT INTO obligation (id, tenant_code, tenant_path, sharing, kind, record_id, subject, assignee_tenant_code,
                        arises_at, due_at, state, done_at, done_by)
SELECT pg_temp.demo_id('obligation:' || o.id), o.tenant_code, o.tenant_path, 'up', 'filing_review', o.id, o.subject,
       o.authority_tenant_code, o.submitted_at, o.due_at,
       CASE WHEN o.decided_at IS NULL THEN 'open' WHEN o.decided_at <= o.due_at THEN 'done_on_time'
            ELSE 'done_late' END::obligation_state,
       o.decided_at, o.decided_by
  FROM (SELECT f.id, f.tenant_code, f.tenant_path, coalesce(f.plan_title, p.title) AS subject, f.authority_tenant_code,
               f.submitted_at, d.decided_at, d.decided_by,
               ((f.acknowledgement_due_on + 1)::timestamp AT TIME ZONE 'Asia/Shanghai') - interval '1 microsecond' AS due_at
          FROM filing f JOIN plan p ON p.id = f.plan_id LEFT JOIN filing_decision d ON d.filing_id = f.id
         WHERE f.authority_tenant_code IS NOT NULL
           AND f.id IN (SELECT s.filing_id FROM demo_filing_spec s)) o
ON CONFLICT DO NOTHING;

-- 预案备案: every issued demo plan was owed to its authority within 20 working days of its issue; the first
-- submission fulfilled it (on time or late, as the filing records), a plan abolished or replaced before any
-- submission no longer owes it, and the plans issued lately and not yet submitted owe it still (some overdue)
INSERT INTO obligation (id, tenant_code, tenant_path, sharing, kind, record_id, subject, assignee_tenant_code,
                        assignee_unit_id, arises_at, due_at, state, done_at, done_by, reason)
SELECT pg_temp.demo_id('obligation:plan-filing:' || o.id), o.tenant_code, o.tenant_path, 'up', 'plan_filing', o.id,
       o.title, o.tenant_code, o.owner_unit_id, o.issued_on::timestamp AT TIME ZONE 'Asia/Shanghai',
       ((o.due_on + 1)::timestamp AT TIME ZONE 'Asia/Shanghai') - interval '1 microsecond',
       CASE WHEN o.submitted_at IS NOT NULL THEN CASE WHEN o.submitted_on > o.due_on THEN 'done_late' ELSE 'done_on_time' END
            WHEN o.status IN ('abolished', 'superseded') THEN 'waived' ELSE 'open' END::obligation_state,
       CASE WHEN o.submitted_at IS NOT NULL THEN o.submitted_at
            WHEN o.status IN ('abolished', 'superseded') THEN o.updated_at END,
       CASE WHEN o.submitted_at IS NOT NULL OR o.status IN ('abolished', 'superseded') THEN o.login END,
       CASE WHEN o.submitted_at IS NULL AND o.status = 'abolished' THEN '预案已废止'
            WHEN o.submitted_at IS NULL AND o.status = 'superseded' THEN '已由修订版本取代' END
  FROM (SELECT p.id, p.tenant_code, p.tenant_path, p.title, p.owner_unit_id, p.issued_on, p.status, p.updated_at,
               t.login, pg_temp.demo_add_working_days(p.issued_on, 20) AS due_on, f.submitted_at, f.submitted_on
          FROM plan p JOIN demo_tenant t ON t.code = p.tenant_code
          LEFT JOIN LATERAL (SELECT x.submitted_at, x.submitted_on FROM filing x WHERE x.plan_id = p.id
                              ORDER BY x.submitted_at LIMIT 1) f ON true
         WHERE p.issued_on IS NOT NULL
           AND p.id IN (SELECT pg_temp.demo_id('plan:' || s.code || ':' || s.idx) FROM demo_plan_spec s
                        UNION ALL SELECT pg_temp.demo_id('plan:' || s.code || ':1:v1') FROM demo_plan_spec s)) o
ON CONFLICT DO NOTHING;

-- 退回重报: a demo plan whose latest submission was returned is owed again within 20 working days of the return,
-- with the authority's reason; one resubmitted since was done then
INSERT INTO obligation (id, tenant_code, tenant_path, sharing, kind, record_id, subject, assignee_tenant_code,
                        arises_at, due_at, state, done_at, note)
SELECT pg_temp.demo_id('obligation:plan-resubmission:' || r.filing_id), r.tenant_code, r.tenant_path, 'up',
       'plan_resubmission', r.plan_id, r.title, r.tenant_code, r.decided_at, r.due_at,
       CASE WHEN r.next_at IS NULL THEN 'open' WHEN r.next_at <= r.due_at THEN 'done_on_time' ELSE 'done_late' END::obligation_state,
       r.next_at, '退回原因：' || r.reason
  FROM (SELECT f.id AS filing_id, f.tenant_code, f.tenant_path, f.plan_id, coalesce(f.plan_title, p.title) AS title,
               d.decided_at, d.reason,
               ((pg_temp.demo_add_working_days((d.decided_at AT TIME ZONE 'Asia/Shanghai')::date, 20) + 1)::timestamp
                   AT TIME ZONE 'Asia/Shanghai') - interval '1 microsecond' AS due_at,
               (SELECT min(x.submitted_at) FROM filing x WHERE x.plan_id = f.plan_id AND x.submitted_at > d.decided_at) AS next_at
          FROM filing f JOIN plan p ON p.id = f.plan_id JOIN filing_decision d ON d.filing_id = f.id
         WHERE d.decision = 'returned' AND f.id IN (SELECT s.filing_id FROM demo_filing_spec s)) r
ON CONFLICT DO NOTHING;

-- 消息外发 (docs/notifications.md): 潍坊市 sends what its reviewers are told to its review office's SMS number, and
-- 山东省 everything it is told to its duty room's mailbox (the demo's gateway only records them)
INSERT INTO notification_route (tenant_code, tenant_path, channel, address, name, audience_role, created_by)
VALUES ('370700', 'p37.c3707', 'sms', '13900000707', '备案审查科短信', 'reviewer', 'wf-admin'),
       ('370000', 'p37', 'email', 'zhiban@yjt.shandong.example', '厅值班室邮箱', NULL, 'sd-admin')
ON CONFLICT DO NOTHING;

-- 消息中心 (docs/notifications.md): what the offices were told of the demo's filings in the last 60 days, as the app
-- writes it — a submission to the authority's reviewers, a return (with its reason) or a registration to the
-- submitting office; once per filing and kind however often the demo is loaded
INSERT INTO notification (tenant_code, tenant_path, audience_role, kind, title, body, entity, entity_id,
                          sender_tenant_code, created_at)
SELECT a.code, a.path, 'reviewer', 'filing_submitted', st.name || '报送备案：' || coalesce(f.plan_title, p.title),
       '请于 ' || f.acknowledgement_due_on || ' 前完成审查（登记或退回）。', 'filing', f.id, f.tenant_code, f.submitted_at
  FROM filing f JOIN plan p ON p.id = f.plan_id JOIN tenant a ON a.code = f.authority_tenant_code
  JOIN tenant st ON st.code = f.tenant_code
 WHERE f.id IN (SELECT s.filing_id FROM demo_filing_spec s) AND f.submitted_at > now() - interval '60 days'
   AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.kind = 'filing_submitted' AND n.entity_id = f.id);

INSERT INTO notification (tenant_code, tenant_path, kind, title, body, entity, entity_id, sender_tenant_code, created_at)
SELECT f.tenant_code, f.tenant_path, ('filing_' || d.decision)::notification_kind,
       CASE d.decision WHEN 'returned' THEN '备案被退回：' ELSE '备案已登记：' END || coalesce(f.plan_title, p.title),
       CASE d.decision WHEN 'returned' THEN f.authority_label || '退回原因：' || d.reason
            ELSE f.authority_label || '已登记，备案编号 ' || d.filing_number || '。' END,
       'plan', f.plan_id, f.authority_tenant_code, d.decided_at
  FROM filing f JOIN plan p ON p.id = f.plan_id JOIN filing_decision d ON d.filing_id = f.id
 WHERE f.id IN (SELECT s.filing_id FROM demo_filing_spec s) AND d.decided_at > now() - interval '60 days'
   AND f.authority_tenant_code IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.kind IN ('filing_returned', 'filing_accepted')
                                                  AND n.entity_id = f.plan_id AND n.created_at = d.decided_at);

-- the compilers as people of their tenant (人员名录), so that the plans' timelines name them
INSERT INTO person (tenant_code, tenant_path, username, name, title)
SELECT t.code, t.path, t.login, t.officer, t.em || '预案管理科科员'
  FROM demo_tenant t
ON CONFLICT (username) DO NOTHING;

-- the plans' own history (their timelines): created, issued, submitted for filing — by the tenant's compiler
INSERT INTO audit_log (tenant_code, tenant_path, actor, action, entity, entity_id, at)
SELECT e.tenant_code, e.tenant_path, t.login, e.action, 'plan', e.plan_id::text, e.at
  FROM (SELECT p.tenant_code, p.tenant_path, p.id AS plan_id, 'plan.create' AS action, p.created_at AS at
          FROM plan p WHERE p.id IN (SELECT pg_temp.demo_id('plan:' || s.code || ':' || s.idx) FROM demo_plan_spec s
                                     UNION ALL SELECT pg_temp.demo_id('plan:' || s.code || ':1:v1') FROM demo_plan_spec s)
        UNION ALL
        SELECT p.tenant_code, p.tenant_path, p.id, 'plan.issue', pg_temp.demo_at(p.issued_on, '11:00')
          FROM plan p WHERE p.issued_on IS NOT NULL
           AND p.id IN (SELECT pg_temp.demo_id('plan:' || s.code || ':' || s.idx) FROM demo_plan_spec s
                        UNION ALL SELECT pg_temp.demo_id('plan:' || s.code || ':1:v1') FROM demo_plan_spec s)
        UNION ALL
        SELECT f.tenant_code, f.tenant_path, f.plan_id, 'filing.submit', f.submitted_at
          FROM filing f WHERE f.id IN (SELECT filing_id FROM demo_filing_spec)) e
  JOIN demo_tenant t ON t.code = e.tenant_code
 WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'plan' AND a.entity_id = e.plan_id::text
                      AND a.action = e.action AND a.at = e.at);

-- ---------------------------------------------------------------------------------------------- drills

DROP TABLE IF EXISTS pg_temp.demo_drill_kind;
CREATE TEMP TABLE demo_drill_kind (idx integer, plan_idx integer, form text, topic text, days_ago integer, scenario text,
                                   strengths text, problems text);
INSERT INTO demo_drill_kind VALUES
  (1, 2, 'comprehensive', '防汛抢险综合应急演练', 170,
   '模拟连续强降雨致河道水位超警戒、堤防出现管涌险情，检验预警发布、巡堤查险、群众转移和抢险队伍调度。',
   '预警信息15分钟内传达到乡镇（街道）和村（社区）；抢险队伍和物资按预案时限到位；群众转移组织有序。',
   '部分转移路线标识不清；防汛物资台账与实物不符；夜间照明和通信保障不足。'),
  (2, 3, 'field', '森林火灾扑救实战演练', 60,
   '模拟林区突发山火并向村庄蔓延，检验火情报告、扑火力量调度、隔离带开设和村民疏散。',
   '专业扑火队伍30分钟内到达火场；无人机火场侦察与指挥部画面回传顺畅。',
   '半专业扑火队个人防护装备不全；与相邻乡镇的通信频道未统一。'),
  (3, 4, 'tabletop', '地震应急桌面推演', 230,
   '以本地发生5.5级地震为背景，推演指挥部启动、灾情收集、人员搜救和避难场所启用。',
   '指挥部成员单位职责清楚，灾情信息汇总流程顺畅。',
   '应急避难场所启用流程不熟悉；部分成员单位联络人变更未及时更新。'),
  (4, 6, 'functional', '危险化学品泄漏事故专项演练', -35,
   '模拟化工企业储罐区泄漏，检验企业先期处置、警戒疏散、堵漏洗消和环境监测联动。', '', ''),
  (5, 1, 'tabletop', '突发事件总体应急预案桌面推演', 6,
   '以多灾种叠加为背景，推演总体预案的分级响应、信息报送和部门联动。',
   '信息报送时限符合要求；各专项指挥机构衔接顺畅。',
   '基层网格员信息报告渠道不统一。');

-- held drills were evaluated a week later (the most recent not yet); drill 4 is planned; drill 5 was cancelled by
-- the least diligent tenants
DROP TABLE IF EXISTS pg_temp.demo_drill_spec;
CREATE TEMP TABLE demo_drill_spec AS
SELECT t.code, t.path, t.name, t.officer, t.diligence, t.em, k.*, pg_temp.demo_roll('drill:' || t.code || ':' || k.idx) AS r,
       pg_temp.demo_id('drill:' || t.code || ':' || k.idx) AS drill_id,
       p.id AS plan_id, p.owner_unit_id,
       CASE WHEN k.days_ago < 0 THEN 'planned' WHEN k.idx = 5 AND t.diligence < 60 THEN 'cancelled' ELSE 'held' END AS status,
       current_date - k.days_ago - pg_temp.demo_roll('drill:' || t.code || ':' || k.idx) / 4 AS drill_on
  FROM demo_tenant t CROSS JOIN demo_drill_kind k
  LEFT JOIN plan p ON p.id = pg_temp.demo_id('plan:' || t.code || ':' || k.plan_idx)
                  AND p.status IN ('issued', 'submitted', 'filed', 'returned')
 WHERE k.idx <> 3 OR t.diligence >= 60;

WITH inserted AS (
  INSERT INTO drill (id, tenant_code, tenant_path, sharing, title, form, status, plan_year, planned_on, held_on, scenario,
                     event_types, organizer_unit_id, participating_unit_ids, participant_count, plan_ids, summary, rating,
                     strengths, problems, evaluated_by, evaluated_on, created_by, created_at, updated_at)
  SELECT s.drill_id, s.code, s.path, 'up', s.name || s.topic, s.form::drill_form, s.status::drill_status,
         extract(year FROM s.drill_on)::integer, s.drill_on, CASE WHEN s.status = 'held' THEN s.drill_on END, s.scenario,
         k.event_types, coalesce(s.owner_unit_id, pg_temp.demo_unit(s.code, '%应急管理%')),
         ARRAY(SELECT u.id FROM org_unit u WHERE u.tenant_code = s.code AND u.kind IN ('government', 'township')
                ORDER BY u.name LIMIT 3),
         CASE WHEN s.status = 'held' THEN 40 + s.r * 4 END,
         CASE WHEN s.plan_id IS NULL THEN '{}'::uuid[] ELSE ARRAY[s.plan_id] END,
         CASE WHEN s.status = 'held' THEN '演练按方案完成，参演单位' || (3 + s.r % 6) || '个。' ELSE '' END,
         CASE WHEN s.status = 'held' AND s.drill_on <= current_date - 10 THEN
           CASE WHEN s.r < s.diligence - 40 THEN 'excellent' WHEN s.r < s.diligence - 5 THEN 'good'
                WHEN s.r < s.diligence + 10 THEN 'fair' ELSE 'poor' END::drill_rating END,
         CASE WHEN s.status = 'held' AND s.drill_on <= current_date - 10 THEN s.strengths ELSE '' END,
         CASE WHEN s.status = 'held' AND s.drill_on <= current_date - 10 THEN s.problems ELSE '' END,
         CASE WHEN s.status = 'held' AND s.drill_on <= current_date - 10 THEN s.name || s.em || '演练评估组' END,
         CASE WHEN s.status = 'held' AND s.drill_on <= current_date - 10 THEN s.drill_on + 7 END,
         s.officer, pg_temp.demo_at(s.drill_on - 40, '10:00'), pg_temp.demo_at(least(s.drill_on + 7, current_date), '17:00')
    FROM demo_drill_spec s JOIN demo_plan_kind k ON k.idx = s.plan_idx
  ON CONFLICT (id) DO NOTHING
  RETURNING id, tenant_code
), queued AS (INSERT INTO outbox (entity, entity_id) SELECT 'drill', id FROM inserted)
INSERT INTO demo_changed SELECT tenant_code FROM inserted;

-- corrective actions of the evaluated drills, one per problem found: done, under way, or open (overdue where the
-- tenant is less diligent)
WITH problem AS (
  SELECT d.id AS drill_id, d.tenant_code, d.tenant_path, d.organizer_unit_id, d.evaluated_on, t.officer, t.diligence,
         trim(p.text) AS description, p.n,
         pg_temp.demo_roll('action:' || d.id || ':' || p.n) AS r
    FROM drill d JOIN demo_tenant t ON t.code = d.tenant_code
   CROSS JOIN LATERAL unnest(string_to_array(rtrim(d.problems, '。'), '；')) WITH ORDINALITY AS p(text, n)
   WHERE d.id IN (SELECT drill_id FROM demo_drill_spec) AND d.evaluated_on IS NOT NULL AND d.problems <> ''
), dated AS (
  SELECT p.*, p.evaluated_on + 20 + p.r AS due_on,
         CASE WHEN p.r < p.diligence - 15 THEN 'done' WHEN p.r < p.diligence + 5 THEN 'in_progress' ELSE 'open' END AS wanted
    FROM problem p
), finished AS (
  -- a done action was finished five days before its due day, one in three four days after it (逾期办结)
  SELECT d.*, least(d.due_on + CASE WHEN d.r % 3 = 0 THEN 4 ELSE -5 END, current_date - 1) AS done_on
    FROM dated d
)
INSERT INTO corrective_action (id, tenant_code, tenant_path, drill_id, description, owner_unit_id, assignee_code,
                                     due_on, status, progress_note, completed_on, created_by, updated_by, created_at,
                                     updated_at)
SELECT pg_temp.demo_id('action:' || d.drill_id || ':' || d.n), d.tenant_code, d.tenant_path, d.drill_id,
       '整改：' || d.description, d.organizer_unit_id, d.tenant_code, d.due_on,
       -- done only when it could have been done by today
       CASE WHEN d.wanted = 'done' AND d.done_on > d.evaluated_on THEN 'done'
            WHEN d.wanted = 'done' THEN 'in_progress' ELSE d.wanted END::corrective_action_status,
       CASE WHEN d.wanted = 'in_progress' THEN '已制定整改方案，正在落实。' ELSE '' END,
       CASE WHEN d.wanted = 'done' AND d.done_on > d.evaluated_on THEN d.done_on END,
       d.officer, d.officer, pg_temp.demo_at(d.evaluated_on, '16:30'), pg_temp.demo_at(d.done_on, '16:30')
  FROM finished d
ON CONFLICT (id) DO NOTHING;

-- ---------------------------------------------------------------------------------------------- experts

DROP TABLE IF EXISTS pg_temp.demo_expert_kind;
CREATE TEMP TABLE demo_expert_kind (idx integer, specialties text[], organization text, title text);
INSERT INTO demo_expert_kind VALUES
  (1, '{洪涝灾害,水旱灾害}', '水利事务服务中心', '正高级工程师'),
  (2, '{地震,地质灾害}', '地震监测中心', '高级工程师'),
  (3, '{危险化学品,生产安全事故}', '安全生产技术服务中心', '注册安全工程师'),
  (4, '{公共卫生}', '疾病预防控制中心', '主任医师'),
  (5, '{森林火灾}', '林业保护发展服务中心', '林业高级工程师'),
  (6, '{大面积停电}', '供电公司', '高级工程师');

-- six experts of a province or city, three of a county; one is busy, one left the pool; shared vertically
WITH names AS (
  SELECT n, name FROM unnest(ARRAY[
    '王建国', '李春梅', '张志强', '刘红霞', '陈国栋', '杨丽娟', '赵德明', '黄晓燕', '周永刚', '吴秀兰',
    '徐海涛', '朱玉珍', '胡振华', '郭淑芬', '何建军', '高桂英', '林志远', '罗晓红', '梁文斌', '宋佳慧',
    '郑国强', '谢丽萍', '韩立军', '唐雪梅', '冯德胜', '于海燕', '董建平', '萧文静', '程明亮', '曹秀英',
    '袁振东', '邓丽华', '许国华', '傅晓梅', '沈建明', '曾淑华', '彭志刚', '吕文华', '苏建伟', '卢美玲',
    '蒋德华', '蔡晓静', '贾永平', '丁秀珍', '魏国庆', '薛丽君', '叶志华', '阎春燕', '余建新', '潘晓丽',
    '杜海军', '戴玉兰', '夏文涛', '钟丽芳', '汪建华', '田秀梅', '任志勇', '姜红梅', '范国良', '方晓华',
    '石建峰', '姚丽娜', '谭志明', '廖春华', '邹建军', '熊丽琴', '金国辉', '陆晓燕', '郝建林', '孔淑珍']) WITH ORDINALITY AS x(name, n)
), wanted AS (
  SELECT t.code, t.path, t.name AS tenant_name, t.tier, k.*, row_number() OVER (ORDER BY t.code, k.idx) AS seq
    FROM demo_tenant t JOIN demo_expert_kind k ON k.idx <= CASE WHEN t.tier = 'county' THEN 3 ELSE 6 END
), inserted AS (
  INSERT INTO expert (id, tenant_code, tenant_path, sharing, name, organization, title, specialties, level, phone,
                      availability, in_pool, out_reason, out_on, note)
  SELECT pg_temp.demo_id('expert:' || w.code || ':' || w.idx), w.code, w.path, 'vertical', n.name,
         CASE WHEN w.idx = 6 THEN '国网' || w.tenant_name || '供电公司' ELSE w.tenant_name || w.organization END,
         w.title, w.specialties, w.tier::expert_level,
         '1' || (ARRAY['35', '36', '37', '38', '39', '58', '59'])[1 + w.seq % 7]
             || lpad(((('x' || substr(md5('phone:' || w.code || w.idx), 1, 8))::bit(32)::bigint % 100000000))::text, 8, '0'),
         CASE WHEN pg_temp.demo_roll('busy:' || w.code || w.idx) < 10 THEN 'busy' ELSE 'available' END::expert_availability,
         w.seq % 17 <> 0, CASE WHEN w.seq % 17 = 0 THEN '工作调动，不再担任专家' END,
         CASE WHEN w.seq % 17 = 0 THEN current_date - 40 END, ''
    FROM wanted w JOIN names n ON n.n = 1 + (w.seq - 1) % 70
  ON CONFLICT DO NOTHING
  RETURNING id, tenant_code
), queued AS (INSERT INTO outbox (entity, entity_id) SELECT 'expert', id FROM inserted)
INSERT INTO demo_changed SELECT tenant_code FROM inserted;

-- ---------------------------------------------------------------------------------------------- 12 months of history

-- the compliance figures of every tenant of the two demo provinces (as the monthly job computes every tenant; the
-- regions without records have their required plans and nothing else) at the end of each of the last eleven
-- months, as its records stood
-- then (issue, submission, decision, drill and due dates); the current month is the app's own computation
-- (ComplianceSnapshotJob, or the dashboard on first view). Required plans per the tenant's policy; units count
-- among the drill items as the ledger counts them; experts as they are now.
WITH months AS (
  SELECT (date_trunc('month', current_date) - make_interval(months => k))::date AS month,
         (date_trunc('month', current_date) - make_interval(months => k - 1) - interval '1 day')::date AS as_of
    FROM generate_series(1, 11) AS k
), inforce AS (
  -- the plans in force at the month's end: issued by then, not a draft or abolished, not yet replaced by a version
  -- issued by then; with their first submission
  SELECT m.month, m.as_of, p.id, p.tenant_code, p.category::text AS category, p.event_types, p.issued_on,
         p.last_evaluated_on, p.evaluation_due_on,
         (SELECT f.submitted_on FROM filing f WHERE f.plan_id = p.id ORDER BY f.submitted_at LIMIT 1) AS first_submitted,
         (SELECT f.late FROM filing f WHERE f.plan_id = p.id ORDER BY f.submitted_at LIMIT 1) AS first_late,
         (SELECT min(d.decided_at::date) FROM filing f JOIN filing_decision d ON d.filing_id = f.id
           WHERE f.plan_id = p.id AND d.decision = 'accepted') AS filed_on,
         (SELECT max(d.held_on) FROM drill d WHERE d.status = 'held' AND p.id = ANY (d.plan_ids)
             AND d.held_on <= m.as_of) AS last_drill
    FROM months m JOIN plan p ON p.tenant_path <@ 'p37'::ltree OR p.tenant_path <@ 'p52'::ltree
   WHERE p.status NOT IN ('draft', 'abolished') AND p.issued_on <= m.as_of
     AND NOT EXISTS (SELECT 1 FROM plan n WHERE n.previous_version_id = p.id AND n.issued_on <= m.as_of)
), task_state AS (
  SELECT k.assignee_tenant_code AS assignee, c.launched_at::date AS launched_on, k.deadline,
         (SELECT min(d.decided_at::date) FROM plan p JOIN filing f ON f.plan_id = p.id
            JOIN filing_decision d ON d.filing_id = f.id
           WHERE p.campaign_task_id = k.id AND d.decision = 'accepted') AS done_on
    FROM campaign_task k JOIN revision_campaign c ON c.id = k.campaign_id
   WHERE c.launched_at IS NOT NULL
), available AS (
  SELECT e.tenant_code, count(*) AS n,
         (SELECT coalesce(array_agg(DISTINCT s ORDER BY s), '{}') FROM expert x CROSS JOIN unnest(x.specialties) s
           WHERE x.tenant_code = e.tenant_code AND x.in_pool AND x.availability = 'available'
             AND x.sharing IN ('up', 'vertical', 'public')) AS types
    FROM expert e
   WHERE e.in_pool AND e.availability = 'available' AND e.sharing IN ('up', 'vertical', 'public')
   GROUP BY e.tenant_code
)
INSERT INTO compliance_snapshot (tenant_code, tenant_path, month, as_of, plans_required, plans_filed, plans_in_force,
                                 filings, filings_on_time, evaluations_overdue, drill_items, drills_overdue, drills_held,
                                 actions_total, actions_overdue, experts, expert_types, tasks_total, tasks_done,
                                 tasks_overdue, computed_at, computed_by)
SELECT t.code, t.path, m.month, m.as_of,
       jsonb_array_length(coalesce(t.policy -> 'compliance' -> 'requiredPlans' -> t.tier::text, '[]')),
       (SELECT count(*) FROM jsonb_array_elements(coalesce(t.policy -> 'compliance' -> 'requiredPlans' -> t.tier::text,
                                                           '[]')) AS rp(e)
         WHERE EXISTS (SELECT 1 FROM inforce i
                        WHERE i.month = m.month AND i.tenant_code = t.code AND i.filed_on <= m.as_of
                          AND i.category = rp.e ->> 'category'
                          AND (rp.e ->> 'eventType' IS NULL OR rp.e ->> 'eventType' = ANY (i.event_types)))),
       (SELECT count(*) FROM inforce i WHERE i.month = m.month AND i.tenant_code = t.code),
       (SELECT count(*) FROM inforce i WHERE i.month = m.month AND i.tenant_code = t.code AND i.first_submitted <= m.as_of),
       (SELECT count(*) FROM inforce i WHERE i.month = m.month AND i.tenant_code = t.code AND i.first_submitted <= m.as_of
           AND NOT i.first_late),
       (SELECT count(*) FROM inforce i WHERE i.month = m.month AND i.tenant_code = t.code
           AND CASE WHEN i.last_evaluated_on <= m.as_of THEN i.evaluation_due_on
                    ELSE (i.issued_on + interval '3 years')::date END < m.as_of),
       (SELECT count(*) FROM inforce i WHERE i.month = m.month AND i.tenant_code = t.code)
         + (SELECT count(*) FROM org_unit u WHERE u.tenant_code = t.code AND u.kind <> 'village'),
       (SELECT count(*) FROM inforce i WHERE i.month = m.month AND i.tenant_code = t.code
           AND (coalesce(i.last_drill, i.issued_on)
                + make_interval(months => CASE WHEN i.category IN ('special', 'joint', 'department') THEN 36 ELSE 24 END)
               )::date < m.as_of),
       (SELECT count(*) FROM drill d WHERE d.tenant_code = t.code AND d.status = 'held'
           AND d.held_on BETWEEN date_trunc('year', m.as_of)::date AND m.as_of),
       (SELECT count(*) FROM corrective_action a WHERE a.assignee_code = t.code AND a.created_at::date <= m.as_of),
       (SELECT count(*) FROM corrective_action a WHERE a.assignee_code = t.code AND a.created_at::date <= m.as_of
           AND a.due_on < m.as_of AND (a.completed_on IS NULL OR a.completed_on > m.as_of)),
       coalesce(x.n, 0), coalesce(x.types, '{}'),
       (SELECT count(*) FROM task_state k WHERE k.assignee = t.code AND k.launched_on <= m.as_of),
       (SELECT count(*) FROM task_state k WHERE k.assignee = t.code AND k.launched_on <= m.as_of AND k.done_on <= m.as_of),
       (SELECT count(*) FROM task_state k WHERE k.assignee = t.code AND k.launched_on <= m.as_of AND k.deadline < m.as_of
           AND (k.done_on IS NULL OR k.done_on > m.as_of)),
       pg_temp.demo_at(m.as_of, '23:00'), 'job'
  FROM tenant t
 CROSS JOIN months m
  LEFT JOIN available x ON x.tenant_code = t.code
 WHERE t.path <@ 'p37'::ltree OR t.path <@ 'p52'::ltree
ON CONFLICT (tenant_code, month) DO NOTHING;

-- 预案评估, 整改落实, 编修任务 (docs/obligations.md): the obligations of the demo's plans in force, corrective
-- actions and launched campaign tasks, as the migration (V36) opens them for a deployment's records
SELECT app.open_obligations_of_existing_records();

DELETE FROM compliance_snapshot
 WHERE month = date_trunc('month', current_date)::date AND tenant_code IN (SELECT tenant_code FROM demo_changed);
