-- Demo records of 统一接报 and 信息报送 (docs/reporting.md): what the duty offices of 潍坊市 were told, the events
-- they opened and the reports every tier sent up, with their clocks as the app opens and closes them. Run by
-- ./yingji after people.sql. Times are relative to the first load (never later than now); every row has a fixed id
-- (md5 of its natural key) inserted `on conflict do nothing`: loading again changes nothing.
--
--   潍城区: a 一般 leak at 于河街道, reported on time (初报 by phone, 续报一 in writing), its next 续报 clock open;
--           two items of the day still waiting for screening (12350, a grid member)
--   寒亭区: a 一般 road collapse yesterday, its 初报 40 minutes late (迟报), its written 终报 late too
--   潍坊市: a 较大 fire it handles itself, reported on up; 山东省 relayed it in time
--   市中区 (济南市): an event 潍坊市 never sees

CREATE OR REPLACE FUNCTION pg_temp.demo_id(key text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
  SELECT md5('yingji-demo:' || key)::uuid
$$;

-- the events: tenant, key, title, type, severity, address, coordinates, minutes since it occurred, minutes until learned
DROP TABLE IF EXISTS pg_temp.demo_event;
CREATE TEMP TABLE demo_event AS
SELECT t.code, t.path, e.key, e.title, e.event_type, e.severity::event_severity AS severity, e.address, e.lon, e.lat,
       now() - make_interval(mins => e.ago) AS occurred_at,
       now() - make_interval(mins => e.ago) + make_interval(mins => e.learned) AS learned_at, e.summary, e.status
  FROM (VALUES
    ('370702', 'wc-leak', '于河街道化工企业储罐泄漏', '危险化学品', 'general', '潍城区于河街道化工产业园', 119.0630, 36.6810, 180, 5,
     '一储罐阀门泄漏，企业已关阀堵漏，周边 300 米人员疏散。', 'open'),
    ('370703', 'ht-collapse', '寒亭区开元街道道路塌陷', '道路交通', 'general', '寒亭区开元街道民主街与通亭街路口', 119.2180, 36.7750, 1500, 30,
     '路面塌陷约 6 平方米，一辆轿车陷落，1 人轻伤。', 'open'),
    ('370700', 'wf-fire', '潍坊滨海化工园区仓库火灾', '火灾', 'major', '滨海经济技术开发区化工园区', 119.1930, 37.0510, 2880, 10,
     '仓库起火，明火已扑灭，2 人受伤送医，无人员死亡。', 'open'),
    ('370103', 'szq-gas', '市中区居民楼燃气泄漏', '燃气', 'general', '济南市市中区七里山路', 117.0010, 36.6420, 300, 5,
     '燃气管道泄漏，已关阀处置。', 'open')
  ) AS e(code, key, title, event_type, severity, address, lon, lat, ago, learned, summary, status)
  JOIN tenant t ON t.code = e.code;

INSERT INTO event (id, tenant_code, tenant_path, sharing, title, event_type, severity, occurred_at, learned_at, address,
                   longitude, latitude, summary, status, created_by, created_at, updated_at)
SELECT pg_temp.demo_id('event:' || key), code, path, 'up', title, event_type, severity, occurred_at, learned_at, address,
       lon, lat, summary, status::event_status,
       CASE code WHEN '370702' THEN 'wc-county' WHEN '370703' THEN 'ht-county' WHEN '370700' THEN 'wf-city' ELSE 'szq-county' END,
       learned_at, learned_at
  FROM demo_event
ON CONFLICT (id) DO NOTHING;

-- what the duty offices were told: the leak came in from the township's 信息员; two items of today wait for screening
INSERT INTO intake_item (id, tenant_code, tenant_path, sharing, source, channel, received_at, reporter, reporter_phone,
                         content, occurred_at, address, longitude, latitude, state, event_id, screened_by, screened_at,
                         taken_by, created_by, created_at, updated_at)
SELECT pg_temp.demo_id('intake:' || i.key), t.code, t.path, 'private', i.source::intake_source, i.channel::report_channel,
       now() - make_interval(mins => i.ago), i.reporter, i.phone, i.content,
       CASE WHEN i.event_key IS NULL THEN NULL ELSE (SELECT occurred_at FROM event WHERE id = pg_temp.demo_id('event:' || i.event_key)) END,
       i.address, i.lon, i.lat, i.state::intake_state,
       CASE WHEN i.event_key IS NULL THEN NULL ELSE pg_temp.demo_id('event:' || i.event_key) END,
       CASE WHEN i.state = 'new' THEN NULL ELSE 'wc-county' END,
       CASE WHEN i.state = 'new' THEN NULL ELSE now() - make_interval(mins => i.ago - 3) END,
       i.taken_by, i.taken_by, now() - make_interval(mins => i.ago), now() - make_interval(mins => i.ago)
  FROM (VALUES
    ('370702', 'wc-leak-township', 'township', 'system', 176, '于河街道办事处', '0536-8231001',
     '于河街道化工产业园一企业储罐阀门泄漏，有刺鼻气味，企业正在处置。', '潍城区于河街道化工产业园', 119.0630, 36.6810,
     'screened', 'wc-leak', 'wc-informant'),
    ('370702', 'wc-hotline', 'hotline', 'phone', 25, '市民赵女士', '13905361234',
     '望留街道白浪河沿岸护栏损坏，有人员落水风险。', '潍城区望留街道白浪河东岸', 119.0870, 36.7040, 'new', NULL, 'wc-county'),
    ('370702', 'wc-grid', 'grid_member', 'sms', 12, '北关街道网格员孙磊', '13805367788',
     '北关街道一老旧小区外墙脱落，已拉警戒线。', '潍城区北关街道向阳路小区', 119.1010, 36.7150, 'new', NULL, 'wc-county')
  ) AS i(code, key, source, channel, ago, reporter, phone, content, address, lon, lat, state, event_key, taken_by)
  JOIN tenant t ON t.code = i.code
ON CONFLICT (id) DO NOTHING;

-- the reports: event, tenant, its number, stage, follow-up number, channel, minutes after the occurrence, late, content
DROP TABLE IF EXISTS pg_temp.demo_report;
CREATE TEMP TABLE demo_report AS
SELECT r.*, t.path, pg_temp.demo_id('report:' || r.event_key || ':' || r.code || ':' || r.seq) AS id,
       e.occurred_at + make_interval(mins => r.after) AS reported_at
  FROM (VALUES
    ('wc-leak', '370702', 1, 'initial', NULL, 'phone', 12, false, '于河街道化工产业园一企业储罐阀门泄漏，企业已关阀，正在疏散周边人员，暂无人员伤亡。', 0, 0),
    ('wc-leak', '370702', 2, 'follow_up', 1, 'written', 35, false, '泄漏已控制，疏散群众 126 人，环保部门监测周边空气质量正常。', 0, 0),
    ('ht-collapse', '370703', 1, 'initial', NULL, 'phone', 60, true, '开元街道民主街路口路面塌陷，一辆轿车陷落，驾驶员轻伤送医。', 0, 1),
    ('ht-collapse', '370703', 2, 'final', NULL, 'written', 170, true, '塌陷路段已回填修复并恢复通行，原因为地下供水管渗漏。', 0, 1),
    ('wf-fire', '370700', 1, 'initial', NULL, 'phone', 15, false, '滨海化工园区一仓库起火，消防救援力量已到场，2 人受伤送医。', 0, 2),
    ('wf-fire', '370700', 2, 'follow_up', 1, 'written', 38, false, '明火已扑灭，无次生灾害，伤者生命体征平稳。', 0, 2),
    ('wf-fire', '370000', 1, 'initial', NULL, 'written', 70, false, '潍坊市报告：滨海化工园区仓库火灾已扑灭，2 人受伤。', 0, 2),
    ('szq-gas', '370103', 1, 'initial', NULL, 'phone', 10, false, '七里山路一居民楼燃气泄漏，已关阀。', 0, 0)
  ) AS r(event_key, code, seq, stage, follow_up_no, channel, after, late, content, dead, injured)
  JOIN tenant t ON t.code = r.code
  JOIN demo_event e ON e.key = r.event_key;

INSERT INTO event_report (id, tenant_code, tenant_path, sharing, event_id, seq, stage, follow_up_no, channel, direct,
                          content, dead, injured, figure_basis, principal, deputy, compiled_by, reported_at, late,
                          created_by, created_at, updated_at)
SELECT id, code, path, 'up', pg_temp.demo_id('event:' || event_key), seq, stage::report_stage, follow_up_no,
       channel::report_channel, false, content, dead, injured, 'territorial',
       CASE code WHEN '370702' THEN '刘建国' WHEN '370703' THEN '陈志强' WHEN '370700' THEN '王海涛' WHEN '370000' THEN '周明' ELSE '李伟' END,
       CASE code WHEN '370702' THEN '张敏' WHEN '370703' THEN '赵立新' WHEN '370700' THEN '孙晓东' WHEN '370000' THEN '吴刚' ELSE '马超' END,
       CASE code WHEN '370702' THEN '王强' WHEN '370703' THEN '刘洋' WHEN '370700' THEN '李娜' WHEN '370000' THEN '张伟' ELSE '杨帆' END,
       reported_at, late,
       CASE code WHEN '370702' THEN 'wc-county' WHEN '370703' THEN 'ht-county' WHEN '370700' THEN 'wf-city' WHEN '370000' THEN 'sd-province' ELSE 'szq-county' END,
       reported_at, reported_at
  FROM demo_report
ON CONFLICT (id) DO NOTHING;

-- 已读: 潍坊市 read 潍城区's 初报 and 寒亭区's reports; 山东省 read 潍坊市's 初报
INSERT INTO report_reading (id, tenant_code, tenant_path, sharing, report_id, report_tenant_code, reader_username,
                            reader_name, read_at)
SELECT pg_temp.demo_id('reading:' || r.id || ':' || x.reader), t.code, t.path, 'private', r.id, r.code, x.reader, x.name,
       r.reported_at + interval '4 minutes'
  FROM demo_report r
  JOIN (VALUES ('370702', 1, '370700', 'wf-city', '李娜'), ('370703', 1, '370700', 'wf-city', '李娜'),
               ('370703', 2, '370700', 'wf-city', '李娜'), ('370700', 1, '370000', 'sd-province', '张伟'))
       AS x(code, seq, reader_code, reader, name) ON x.code = r.code AND x.seq = r.seq
  JOIN tenant t ON t.code = x.reader_code
ON CONFLICT (id) DO NOTHING;

-- the clocks (as app.close_assigned_obligation closes them): 潍坊市's policy is 20 / 40 / 120 minutes, the national
-- one 30 / 60 / 120 and a 120-minute relay; 电话初报 and 书面报告 from the occurrence, 续报 from the report before
DROP TABLE IF EXISTS pg_temp.demo_clock;
CREATE TEMP TABLE demo_clock AS
SELECT c.*, t.path, e.title, e.occurred_at + make_interval(mins => c.arises) AS arises_at,
       e.occurred_at + make_interval(mins => c.arises + c.minutes) AS due_at,
       CASE WHEN c.done IS NULL THEN NULL ELSE e.occurred_at + make_interval(mins => c.done) END AS done_at
  FROM (VALUES
    -- event, owner, assignee, kind, arises (min after occurrence), minutes, done (min after occurrence) or null
    ('wc-leak', '370702', '370702', 'report_initial', 0, 20, 12),
    ('wc-leak', '370702', '370702', 'report_written', 0, 40, 35),
    ('wc-leak', '370702', '370702', 'report_follow_up:1', 12, 120, 35),
    ('wc-leak', '370702', '370702', 'report_follow_up', 35, 120, NULL),
    ('ht-collapse', '370703', '370703', 'report_initial', 0, 20, 60),
    ('ht-collapse', '370703', '370703', 'report_written', 0, 40, 170),
    ('ht-collapse', '370703', '370703', 'report_follow_up', 60, 120, 170),
    ('wf-fire', '370700', '370700', 'report_initial', 0, 20, 15),
    ('wf-fire', '370700', '370700', 'report_written', 0, 40, 38),
    ('wf-fire', '370700', '370700', 'report_follow_up:1', 15, 120, 38),
    ('wf-fire', '370700', '370700', 'report_follow_up', 38, 120, NULL),
    ('wf-fire', '370700', '370000', 'report_relay', 15, 120, 70),
    ('wf-fire', '370000', '370000', 'report_follow_up', 70, 120, NULL),
    ('szq-gas', '370103', '370103', 'report_initial', 0, 30, 10),
    ('szq-gas', '370103', '370103', 'report_follow_up', 10, 120, NULL)
  ) AS c(event_key, owner, assignee, clock, arises, minutes, done)
  JOIN tenant t ON t.code = c.owner
  JOIN demo_event e ON e.key = c.event_key;

INSERT INTO obligation (id, tenant_code, tenant_path, sharing, kind, record_id, subject, assignee_tenant_code,
                        arises_at, due_at, state, done_at, done_by, note)
SELECT pg_temp.demo_id('obligation:' || c.clock || ':' || c.event_key || ':' || c.owner || ':' || c.assignee), c.owner,
       c.path, 'up', split_part(c.clock, ':', 1)::obligation_kind, pg_temp.demo_id('event:' || c.event_key), c.title,
       c.assignee, c.arises_at, c.due_at,
       CASE WHEN c.done_at IS NULL THEN 'open' WHEN c.done_at <= c.due_at THEN 'done_on_time' ELSE 'done_late' END::obligation_state,
       c.done_at, CASE WHEN c.done_at IS NULL THEN NULL ELSE 'demo' END,
       CASE WHEN c.clock = 'report_relay' THEN '潍坊市初报' END
  FROM demo_clock c
ON CONFLICT (id) DO NOTHING;

-- 领导批示: 潍坊市's 副市长 on 寒亭区's road collapse (answered the same evening) and on 潍城区's leak (its feedback due)
INSERT INTO instruction (id, tenant_code, tenant_path, sharing, event_id, report_id, leader_name, leader_title, content,
                         addressee_codes, issued_at, created_by, created_at, updated_at)
SELECT pg_temp.demo_id('instruction:' || i.event_key), t.code, t.path, 'up', pg_temp.demo_id('event:' || i.event_key),
       pg_temp.demo_id('report:' || i.event_key || ':' || i.addressee || ':1'), '王海涛', '副市长', i.content,
       ARRAY[i.addressee], e.occurred_at + make_interval(mins => i.after), 'wf-city',
       e.occurred_at + make_interval(mins => i.after), e.occurred_at + make_interval(mins => i.after)
  FROM (VALUES
    ('ht-collapse', '370703', 90, '请寒亭区尽快查明塌陷原因，做好伤员救治和交通疏导，举一反三排查地下管网隐患。'),
    ('wc-leak', '370702', 50, '请潍城区密切关注泄漏处置进展，做好周边群众疏散安置和环境监测，及时续报。')
  ) AS i(event_key, addressee, after, content)
  JOIN tenant t ON t.code = '370700'
  JOIN demo_event e ON e.key = i.event_key
ON CONFLICT (id) DO NOTHING;

INSERT INTO instruction_feedback (id, tenant_code, tenant_path, sharing, instruction_id, content, fed_back_by,
                                  fed_back_at, late)
SELECT pg_temp.demo_id('instruction-feedback:ht-collapse'), t.code, t.path, 'up', pg_temp.demo_id('instruction:ht-collapse'),
       '已组织供水、交警部门现场处置，伤员已出院，全区地下管网隐患排查已部署。', 'ht-county',
       e.occurred_at + interval '6 hours', false
  FROM tenant t JOIN demo_event e ON e.key = 'ht-collapse'
 WHERE t.code = '370703'
ON CONFLICT (id) DO NOTHING;

-- 批示反馈 clocks (reporting.leaderInstructionFeedbackMinutes: 24 hours), owned and owed by the addressee
INSERT INTO obligation (id, tenant_code, tenant_path, sharing, kind, record_id, subject, assignee_tenant_code,
                        arises_at, due_at, state, done_at, done_by, note)
SELECT pg_temp.demo_id('obligation:instruction_feedback:' || i.event_key), t.code, t.path, 'up', 'instruction_feedback',
       pg_temp.demo_id('instruction:' || i.event_key), '批示：' || e.title, t.code, x.issued_at,
       x.issued_at + interval '24 hours', i.state::obligation_state,
       CASE WHEN i.state = 'open' THEN NULL ELSE e.occurred_at + interval '6 hours' END,
       CASE WHEN i.state = 'open' THEN NULL ELSE 'ht-county' END, '潍坊市王海涛（副市长）批示'
  FROM (VALUES ('ht-collapse', '370703', 'done_on_time'), ('wc-leak', '370702', 'open')) AS i(event_key, code, state)
  JOIN tenant t ON t.code = i.code
  JOIN demo_event e ON e.key = i.event_key
  JOIN instruction x ON x.id = pg_temp.demo_id('instruction:' || i.event_key)
ON CONFLICT (id) DO NOTHING;

-- After the event: 寒亭区's road collapse was evaluated the next morning (its 总结评估 clock, 30 days from the 终报,
-- closed on time), with a corrective action of the district's office, and closed. 潍城区's flood of July 2025 was
-- closed long ago; its 回头看 this autumn found the corrective actions partly carried out.
UPDATE event
   SET evaluation_process = '接报后 25 分钟到场，1 小时内完成交通疏导和伤员转运，当日完成回填修复；初报超时 40 分钟。',
       evaluation_what_worked = '供水、交警、住建部门联动处置，当日恢复通行。',
       evaluation_problems = '值班员未按时电话初报；地下供水管网缺少渗漏监测。',
       evaluation_lessons = '汛前对老旧城区地下管网开展全面排查，值班员须熟悉「事发后 20 分钟内电话初报」。',
       evaluated_by = '刘洋', evaluated_at = occurred_at + interval '20 hours',
       status = 'closed', closed_by = '刘洋', closed_at = occurred_at + interval '22 hours', version = version + 1
 WHERE id = pg_temp.demo_id('event:ht-collapse') AND status = 'open';

INSERT INTO obligation (id, tenant_code, tenant_path, sharing, kind, record_id, subject, assignee_tenant_code,
                        arises_at, due_at, state, done_at, done_by)
SELECT pg_temp.demo_id('obligation:event_evaluation:ht-collapse'), t.code, t.path, 'up', 'event_evaluation', e.id, e.title,
       t.code, r.reported_at, app.end_of_day_in_china((r.reported_at AT TIME ZONE 'Asia/Shanghai')::date + 30),
       'done_on_time', e.evaluated_at, 'ht-county'
  FROM event e
  JOIN tenant t ON t.code = e.tenant_code
  JOIN event_report r ON r.event_id = e.id AND r.stage = 'final'
 WHERE e.id = pg_temp.demo_id('event:ht-collapse')
ON CONFLICT (id) DO NOTHING;

INSERT INTO corrective_action (id, tenant_code, tenant_path, sharing, event_id, description, owner_unit_id, assignee_code,
                               due_on, created_by, updated_by, created_at, updated_at)
SELECT pg_temp.demo_id('action:ht-collapse'), t.code, t.path, 'up', pg_temp.demo_id('event:ht-collapse'),
       '排查开元街道及周边老旧城区地下供水管网渗漏隐患，建立台账并限期修复', u.id, t.code,
       (now() AT TIME ZONE 'Asia/Shanghai')::date + 45, '刘洋', '刘洋', now(), now()
  FROM tenant t
  JOIN LATERAL (SELECT id FROM org_unit WHERE tenant_code = t.code ORDER BY created_at, id LIMIT 1) u ON true
 WHERE t.code = '370703'
ON CONFLICT (id) DO NOTHING;

DROP TABLE IF EXISTS pg_temp.demo_past_event;
CREATE TEMP TABLE demo_past_event AS
SELECT pg_temp.demo_id('event:wc-flood-2025') AS id, t.code, t.path,
       timestamptz '2025-07-20 06:10+08' AS occurred_at
  FROM tenant t WHERE t.code = '370702';

INSERT INTO event (id, tenant_code, tenant_path, sharing, title, event_type, severity, occurred_at, learned_at, address,
                   longitude, latitude, summary, status, created_by, created_at, updated_at, evaluation_process,
                   evaluation_what_worked, evaluation_problems, evaluation_lessons, evaluated_by, evaluated_at,
                   closed_by, closed_at)
SELECT id, code, path, 'up', '潍城区白浪河沿岸城区内涝', '洪涝', 'general', occurred_at, occurred_at + interval '8 minutes',
       '潍城区望留街道白浪河沿岸', 119.0870, 36.7040, '短时强降雨致白浪河沿岸低洼路段积水，转移群众 86 人。', 'closed',
       'wc-county', occurred_at + interval '8 minutes', occurred_at + interval '21 days',
       '预警发布及时，转移避险有序，无人员伤亡。', '网格员逐户叫应，提前转移低洼区群众。', '排涝泵站能力不足，下穿通道积水 2 小时未排除。',
       '汛前增配移动泵车，下穿通道设置积水监测和自动拦截。', '王强', occurred_at + interval '20 days', '王强',
       occurred_at + interval '21 days'
  FROM demo_past_event
ON CONFLICT (id) DO NOTHING;

INSERT INTO event_report (id, tenant_code, tenant_path, sharing, event_id, seq, stage, channel, direct, content, dead,
                          injured, figure_basis, principal, deputy, compiled_by, reported_at, late, created_by,
                          created_at, updated_at)
SELECT pg_temp.demo_id('report:wc-flood-2025:370702:' || r.seq), p.code, p.path, 'up', p.id, r.seq, r.stage::report_stage,
       r.channel::report_channel, false, r.content, 0, 0, 'territorial', '刘建国', '张敏', '王强',
       p.occurred_at + make_interval(mins => r.after), false, 'wc-county', p.occurred_at + make_interval(mins => r.after),
       p.occurred_at + make_interval(mins => r.after)
  FROM demo_past_event p
  CROSS JOIN (VALUES (1, 'initial', 'phone', 15, '白浪河沿岸低洼路段积水，正在转移群众。'),
                     (2, 'final', 'written', 600, '积水已排除，转移群众 86 人已返回，无人员伤亡。')) AS r(seq, stage, channel, after, content)
ON CONFLICT (id) DO NOTHING;

INSERT INTO event_review (id, tenant_code, tenant_path, sharing, event_id, reviewed_on, reviewers, findings, conclusion,
                          created_by, created_at, updated_at)
SELECT pg_temp.demo_id('review:wc-flood-2025'), code, path, 'up', id, date '2026-11-20', '潍城区应急管理局 刘建国、王强',
       '移动泵车已增配 2 台；下穿通道积水监测已安装，自动拦截设施尚未建成。', 'partial', '王强',
       timestamptz '2026-11-20 16:00+08', timestamptz '2026-11-20 16:00+08'
  FROM demo_past_event
ON CONFLICT (id) DO NOTHING;

-- the obligation of the corrective action (整改落实), as the app opens it
SELECT app.open_obligations_of_existing_records();

-- the events' and reports' search documents (全局检索): the indexer (re)indexes them
INSERT INTO outbox (entity, entity_id)
SELECT 'event', pg_temp.demo_id('event:' || key) FROM demo_event
UNION ALL SELECT 'event', id FROM demo_past_event;
INSERT INTO outbox (entity, entity_id)
SELECT 'event_report', r.id FROM event_report r
 WHERE r.event_id IN (SELECT pg_temp.demo_id('event:' || key) FROM demo_event UNION ALL SELECT id FROM demo_past_event);

-- 《信息快报》: 潍坊市's first of the year, compiled from 潍城区's reports on the leak and sent to 潍城区
INSERT INTO info_bulletin (id, tenant_code, tenant_path, sharing, series, year, number, title, body, event_id, report_ids,
                           leaders, addressee_codes, departments, compiled_by, approved_by, issued_at, created_by,
                           created_at, updated_at)
SELECT pg_temp.demo_id('bulletin:wf-express-1'), t.code, t.path, 'up', 'express',
       extract(year FROM now() AT TIME ZONE 'Asia/Shanghai')::int, 1, '潍城区于河街道化工企业储罐泄漏处置情况',
       '今日，潍城区于河街道化工产业园一企业储罐阀门泄漏。' || chr(10) ||
       '潍城区初报：企业已关阀，正在疏散周边人员，暂无人员伤亡。' || chr(10) ||
       '潍城区续报一：泄漏已控制，疏散群众 126 人，环保部门监测周边空气质量正常。',
       e.id, ARRAY(SELECT r.id FROM event_report r WHERE r.event_id = e.id ORDER BY r.seq),
       '王海涛副市长', ARRAY['370702'], '市生态环境局、市消防救援支队', '李娜', '孙晓东',
       e.occurred_at + interval '50 minutes', 'wf-city', e.occurred_at + interval '50 minutes',
       e.occurred_at + interval '50 minutes'
  FROM tenant t JOIN event e ON e.id = pg_temp.demo_id('event:wc-leak')
 WHERE t.code = '370700'
ON CONFLICT DO NOTHING;

-- 漏报 (docs/reporting.md «Findings»): 潍坊市 heard from the 12350 line of a workshop fire in 寒亭区 five hours after it
-- happened; 寒亭区 had reported nothing. The city opened the event at 寒亭区's place and reported it up itself; the
-- check suspects a 漏报 of 寒亭区, waiting for the city's 核查. 寒亭区's road collapse: the city found on 核查 that
-- its 初报 left out an injured pedestrian (瞒报, confirmed).
INSERT INTO event (id, tenant_code, tenant_path, sharing, title, event_type, severity, occurred_at, learned_at,
                   place_code, address, longitude, latitude, summary, status, created_by, created_at, updated_at)
SELECT pg_temp.demo_id('event:wf-hotline-fire'), t.code, t.path, 'up', '寒亭区固堤街道厂房火灾', '火灾', 'general',
       now() - interval '6 hours', now() - interval '1 hour', '370703', '寒亭区固堤街道工业园一厂房', 119.2460, 36.8120,
       '群众拨打 12350 反映厂房冒烟起火，消防到场后明火已扑灭，无人员伤亡。', 'open', 'wf-city',
       now() - interval '1 hour', now() - interval '1 hour'
  FROM tenant t WHERE t.code = '370700'
ON CONFLICT (id) DO NOTHING;

INSERT INTO intake_item (id, tenant_code, tenant_path, sharing, source, channel, received_at, reporter, reporter_phone,
                         content, occurred_at, address, longitude, latitude, state, event_id, screened_by, screened_at,
                         taken_by, created_by, created_at, updated_at)
SELECT pg_temp.demo_id('intake:wf-hotline-fire'), t.code, t.path, 'private', 'hotline', 'phone', e.learned_at,
       '市民刘先生', '13705369876', '固堤街道工业园一厂房冒烟起火，消防车已经到了。', e.occurred_at, e.address,
       e.longitude, e.latitude, 'screened', e.id, 'wf-city', e.learned_at + interval '3 minutes', 'wf-city', 'wf-city',
       e.learned_at, e.learned_at
  FROM tenant t JOIN event e ON e.id = pg_temp.demo_id('event:wf-hotline-fire')
 WHERE t.code = '370700'
ON CONFLICT (id) DO NOTHING;

INSERT INTO event_report (id, tenant_code, tenant_path, sharing, event_id, seq, stage, channel, direct, content, dead,
                          injured, figure_basis, principal, deputy, compiled_by, reported_at, late, created_by,
                          created_at, updated_at)
SELECT pg_temp.demo_id('report:wf-hotline-fire:370700:1'), t.code, t.path, 'up', e.id, 1, 'initial', 'written', false,
       '据群众 12350 反映，寒亭区固堤街道工业园一厂房起火，明火已扑灭，无人员伤亡；寒亭区未报告，正在核实。', 0, 0,
       'department', '张建国', '王志强', '李娜', e.learned_at + interval '15 minutes', false, 'wf-city',
       e.learned_at + interval '15 minutes', e.learned_at + interval '15 minutes'
  FROM tenant t JOIN event e ON e.id = pg_temp.demo_id('event:wf-hotline-fire')
 WHERE t.code = '370700'
ON CONFLICT (id) DO NOTHING;

-- the city's clocks on it, as the app opens them (from learning of it: the city could not report before it knew)
INSERT INTO obligation (id, tenant_code, tenant_path, sharing, kind, record_id, subject, assignee_tenant_code,
                        arises_at, due_at, state, done_at, done_by)
SELECT pg_temp.demo_id('obligation:' || c.kind || ':wf-hotline-fire'), t.code, t.path, 'up', c.kind::obligation_kind,
       e.id, e.title, t.code, e.learned_at + make_interval(mins => c.arises), e.learned_at + make_interval(mins => c.due),
       c.state::obligation_state, CASE WHEN c.state = 'open' THEN NULL ELSE e.learned_at + interval '15 minutes' END,
       CASE WHEN c.state = 'open' THEN NULL ELSE 'wf-city' END
  FROM (VALUES ('report_initial', 0, 20, 'done_on_time'), ('report_written', 0, 40, 'done_on_time'),
               ('report_follow_up', 15, 135, 'open')) AS c(kind, arises, due, state)
  JOIN tenant t ON t.code = '370700'
  JOIN event e ON e.id = pg_temp.demo_id('event:wf-hotline-fire')
ON CONFLICT (id) DO NOTHING;

INSERT INTO report_finding (id, tenant_code, tenant_path, sharing, kind, state, event_id, report_id,
                            subject_tenant_code, detail, basis, detected_by, decided_by, decided_at, created_by,
                            created_at, updated_at)
SELECT pg_temp.demo_id('finding:' || f.key), t.code, t.path, 'up', f.kind::finding_kind, f.state::finding_state,
       pg_temp.demo_id('event:' || f.event_key),
       CASE WHEN f.report_seq IS NULL THEN NULL ELSE pg_temp.demo_id('report:' || f.event_key || ':370703:' || f.report_seq) END,
       '370703', f.detail, f.basis, f.detected_by, f.decided_by,
       CASE WHEN f.decided_by IS NULL THEN NULL ELSE e.learned_at + interval '20 hours' END,
       coalesce(f.detected_by, f.decided_by), e.learned_at + interval '5 minutes', e.learned_at + interval '5 minutes'
  FROM (VALUES
    ('wf-hotline-fire', 'wf-hotline-fire', 'missed', 'candidate', NULL::int,
     '本级经 12350 热线获悉；寒亭区应于事发后 20 分钟内报告，届时未收到其报告（事发前后 6 小时内寒亭区的事件均无报告）',
     '', 'system:missed-report-check', NULL),
    ('ht-collapse', 'ht-collapse', 'concealed', 'confirmed', 1, '',
     '经核查，事发时一名行人被飞溅碎石划伤，寒亭区初报和终报均只报告驾驶员轻伤，未如实报告伤亡人数。', NULL, 'wf-city')
  ) AS f(key, event_key, kind, state, report_seq, detail, basis, detected_by, decided_by)
  JOIN tenant t ON t.code = '370700'
  JOIN event e ON e.id = pg_temp.demo_id('event:' || f.event_key)
ON CONFLICT (id) DO NOTHING;

INSERT INTO outbox (entity, entity_id)
VALUES ('event', pg_temp.demo_id('event:wf-hotline-fire')),
       ('event_report', pg_temp.demo_id('report:wf-hotline-fire:370700:1'));

-- 批示 on the 《信息快报》: 王海涛 read it and instructed 潍城区 (its feedback due within the day)
INSERT INTO instruction (id, tenant_code, tenant_path, sharing, event_id, bulletin_id, leader_name, leader_title,
                         content, addressee_codes, issued_at, created_by, created_at, updated_at)
SELECT pg_temp.demo_id('instruction:bulletin:wf-express-1'), t.code, t.path, 'up', b.event_id, b.id, '王海涛', '副市长',
       '阅。请潍城区妥善安置疏散群众，督促企业全面排查储罐阀门隐患，处置结果及时报市应急局。', ARRAY['370702'],
       b.issued_at + interval '40 minutes', 'wf-city', b.issued_at + interval '40 minutes', b.issued_at + interval '40 minutes'
  FROM tenant t JOIN info_bulletin b ON b.id = pg_temp.demo_id('bulletin:wf-express-1')
 WHERE t.code = '370700'
ON CONFLICT (id) DO NOTHING;

INSERT INTO obligation (id, tenant_code, tenant_path, sharing, kind, record_id, subject, assignee_tenant_code,
                        arises_at, due_at, state, note)
SELECT pg_temp.demo_id('obligation:instruction_feedback:bulletin:wf-express-1'), t.code, t.path, 'up',
       'instruction_feedback', x.id, '批示：《信息快报》' || b.year || '年第1期：' || b.title, t.code, x.issued_at,
       x.issued_at + interval '24 hours', 'open', '潍坊市王海涛（副市长）批示'
  FROM tenant t
  JOIN instruction x ON x.id = pg_temp.demo_id('instruction:bulletin:wf-express-1')
  JOIN info_bulletin b ON b.id = x.bulletin_id
 WHERE t.code = '370702'
ON CONFLICT (id) DO NOTHING;

-- 应急响应 and 应急指挥 (docs/reporting.md «Response»): 潍坊市 leads its 较大 fire (national policy: 较大 by the
-- city); 25 minutes in, 王海涛 started a Ⅲ级 response activating the city's 危险化学品 plan, raised it to Ⅱ级 as the
-- fire spread to a second warehouse, and set up the 现场指挥部 and its 综合协调组. The 续报 states the losses.
INSERT INTO event_response (id, tenant_code, tenant_path, sharing, event_id, action, level, body, decided_by,
                            decided_at, plan_id, note, created_by, created_at, updated_at)
SELECT pg_temp.demo_id('response:wf-fire:' || r.seq), t.code, t.path, 'up', e.id, r.action::response_action,
       r.level::response_level, '潍坊市应急管理局', '王海涛（副市长）', e.occurred_at + make_interval(mins => r.after),
       CASE WHEN r.action = 'start'
            THEN (SELECT p.id FROM plan p WHERE p.id = pg_temp.demo_id('plan:370700:6') AND p.status <> 'draft') END,
       r.note, 'wf-city', e.occurred_at + make_interval(mins => r.after), e.occurred_at + make_interval(mins => r.after)
  FROM (VALUES (1, 'start', 'iii', 25, '化工园区仓库起火，有 2 人受伤'),
               (2, 'adjust', 'ii', 70, '火势蔓延至相邻仓库，提升响应级别')) AS r(seq, action, level, after, note)
  JOIN tenant t ON t.code = '370700'
  JOIN event e ON e.id = pg_temp.demo_id('event:wf-fire')
ON CONFLICT (id) DO NOTHING;

INSERT INTO event_command (id, tenant_code, tenant_path, sharing, event_id, kind, name, leader_name, leader_title,
                           duties, established_at, created_by, created_at, updated_at)
SELECT pg_temp.demo_id('command:wf-fire:' || c.name), t.code, t.path, 'up', e.id, c.kind::command_kind, c.name,
       c.leader, c.title, c.duties, e.occurred_at + make_interval(mins => c.after), 'wf-city',
       e.occurred_at + make_interval(mins => c.after), e.occurred_at + make_interval(mins => c.after)
  FROM (VALUES ('headquarters', '现场指挥部', '王海涛', '副市长', '统一指挥火灾扑救、人员救治和周边群众疏散', 30),
               ('group', '综合协调组', '孙晓东', '市应急管理局局长', '信息汇总报送、部门力量调度和新闻发布准备', 35),
               ('group', '环境监测组', '赵敏', '市生态环境局副局长', '周边大气和水体监测，防止次生污染', 40))
       AS c(kind, name, leader, title, duties, after)
  JOIN tenant t ON t.code = '370700'
  JOIN event e ON e.id = pg_temp.demo_id('event:wf-fire')
ON CONFLICT (id) DO NOTHING;

UPDATE event_report SET affected = 0, economic_loss = 320.00
 WHERE id = pg_temp.demo_id('report:wf-fire:370700:2') AND economic_loss IS NULL;
