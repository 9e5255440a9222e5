-- Demo records of 值班值守 and 查岗 (docs/duty.md): the duty posts of 潍坊市, 潍城区 and 寒亭区, their rosters of
-- 24-hour shifts (08:00 to 08:00, 带班领导 and 值班员) from a week before the first load to three weeks after it, a
-- leader's absence report, duty logs, an accepted handover, and 潍坊市's spot checks of its counties. Run by ./yingji
-- after people.sql and events.sql. Every row has a fixed id (md5 of its natural key) inserted `on conflict do
-- nothing`: loading again changes nothing, and a later load adds only the days not yet on the roster.
--
--   寒亭区: 刘洋 leads on even days with 高峰, 孙建国 on odd days with 赵磊 (so one of the two logins, 刘洋 or 赵磊,
--           is on duty at any time); the fifth day from the load has no officer (a gap the roster shows), and 孙建国
--           reported an absence on the ninth (no leader then)
--   潍城区, 潍坊市: two teams alternating
--   查岗: 潍坊市 checked 潍城区 yesterday (answered in 40 seconds: 在岗) and 寒亭区 three days ago (no answer: 脱岗, rectified)

CREATE OR REPLACE FUNCTION pg_temp.demo_id(key text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
  SELECT md5('yingji-demo:' || key)::uuid
$$;

INSERT INTO duty_post (id, tenant_code, tenant_path, sharing, name, room, phone, address, longitude, latitude, created_by)
SELECT pg_temp.demo_id('duty_post:' || t.code), t.code, t.path, 'up', p.name, p.room, p.phone, p.address, p.lon, p.lat, p.by
  FROM (VALUES
    ('370700', '应急管理局总值班室', '潍坊市应急管理局指挥中心二楼总值班室', '0536-8789110', '潍坊市奎文区东风东街 6396 号', 119.1620, 36.7070, 'wf-city'),
    ('370702', '应急管理局值班室', '潍城区应急管理局一楼值班室', '0536-8190110', '潍坊市潍城区胜利西街 5288 号', 119.0960, 36.7110, 'wc-county'),
    ('370703', '应急管理局值班室', '寒亭区应急管理局三楼应急指挥中心值班室', '0536-7223110', '潍坊市寒亭区通亭街 1666 号', 119.2110, 36.7720, 'ht-county')
  ) AS p(code, name, room, phone, address, lon, lat, by)
  JOIN tenant t ON t.code = p.code
ON CONFLICT (id) DO NOTHING;

-- the roster: day n (0 = the day of the load) from -7 to +21, the team of its parity
DROP TABLE IF EXISTS pg_temp.demo_team;
CREATE TEMP TABLE demo_team (code text, parity int, username text, duty_role duty_role);
INSERT INTO demo_team VALUES
  ('370703', 0, 'ht-county', 'leader'), ('370703', 0, 'roster-ht-gao', 'officer'),
  ('370703', 1, 'roster-ht-sun', 'leader'), ('370703', 1, 'ht-duty', 'officer'),
  ('370702', 0, 'roster-wc-li', 'leader'), ('370702', 0, 'wc-county', 'officer'),
  ('370702', 1, 'roster-wc-li', 'leader'), ('370702', 1, 'roster-wc-ma', 'officer'),
  ('370700', 0, 'roster-wf-zhou', 'leader'), ('370700', 0, 'wf-city', 'officer'),
  ('370700', 1, 'roster-wf-zhou', 'leader'), ('370700', 1, 'roster-wf-xu', 'officer');

-- a day begins at 08:00 in China; the day of the load is the one whose 08:00 last passed
INSERT INTO duty_shift (id, tenant_code, tenant_path, sharing, post_id, person_id, duty_role, starts_at, ends_at, created_by)
SELECT pg_temp.demo_id('duty_shift:' || t.code || ':' || d.day || ':' || m.username), t.code, t.path, 'up',
       pg_temp.demo_id('duty_post:' || t.code), p.id, m.duty_role,
       (d.day + time '08:00') AT TIME ZONE 'Asia/Shanghai', (d.day + 1 + time '08:00') AT TIME ZONE 'Asia/Shanghai',
       'demo'
  FROM (SELECT ((now() AT TIME ZONE 'Asia/Shanghai') - interval '8 hours')::date AS today) base
 CROSS JOIN LATERAL (SELECT base.today + n AS day, n FROM generate_series(-7, 21) n) d
  JOIN demo_team m ON m.parity = ((d.day - date '2026-01-01') % 2 + 2) % 2
  JOIN tenant t ON t.code = m.code
  JOIN person p ON p.username = m.username
 -- a gap to show: 寒亭区's fifth day from the load has no officer
 WHERE NOT (m.code = '370703' AND d.n = 5 AND m.duty_role = 'officer')
   -- nobody twice at once (a re-load on a later day starts from its own day; the ids of the days before are the same)
   AND NOT EXISTS (SELECT 1 FROM duty_shift s WHERE s.person_id = p.id
                     AND s.starts_at < (d.day + 1 + time '08:00') AT TIME ZONE 'Asia/Shanghai'
                     AND s.ends_at > (d.day + time '08:00') AT TIME ZONE 'Asia/Shanghai'
                     AND s.id <> pg_temp.demo_id('duty_shift:' || t.code || ':' || d.day || ':' || m.username))
ON CONFLICT (id) DO NOTHING;

-- 离岗报备: 寒亭区's 孙建国 away on the ninth day from the load, 刘洋 standing in
INSERT INTO leader_absence (id, tenant_code, tenant_path, sharing, person_id, deputy_id, starts_at, ends_at, destination,
                            reason, reported_by, reported_at)
SELECT pg_temp.demo_id('leader_absence:370703:sun'), t.code, t.path, 'up', sun.id, liu.id,
       (base.today + 9 + time '09:00') AT TIME ZONE 'Asia/Shanghai', (base.today + 9 + time '17:30') AT TIME ZONE 'Asia/Shanghai',
       '济南市', '参加全省应急管理系统值班值守工作培训', 'ht-county', now()
  FROM (SELECT ((now() AT TIME ZONE 'Asia/Shanghai') - interval '8 hours')::date AS today) base
  JOIN tenant t ON t.code = '370703'
  JOIN person sun ON sun.username = 'roster-ht-sun'
  JOIN person liu ON liu.username = 'ht-county'
ON CONFLICT (id) DO NOTHING;

INSERT INTO duty_log_entry (id, tenant_code, tenant_path, sharing, logged_at, logged_by, content)
SELECT pg_temp.demo_id('duty_log:' || l.key), t.code, t.path, 'up', now() - make_interval(mins => l.ago), l.by, l.content
  FROM (VALUES
    ('370703', 'ht-1', 1380, 'ht-county', '接班。交接开元街道道路塌陷续报时限 1 项，已确认。'),
    ('370703', 'ht-2', 1300, 'ht-county', '接市应急管理局通知：明日起加强节假日值班值守，严格落实领导带班制度。'),
    ('370703', 'ht-3', 600, 'ht-duty', '开元街道报告塌陷路段围挡完成，交通已分流，无新增伤亡。'),
    ('370702', 'wc-1', 170, 'wc-county', '于河街道储罐泄漏：已电话初报市应急管理局，续报一（书面）已报送。'),
    ('370700', 'wf-1', 240, 'wf-city', '滨海化工园区仓库火灾：已向省应急管理厅报告，按王海涛副市长批示跟进处置。')
  ) AS l(code, key, ago, by, content)
  JOIN tenant t ON t.code = l.code
ON CONFLICT (id) DO NOTHING;

-- yesterday morning's handover at 寒亭区, accepted item by item
INSERT INTO duty_handover (id, tenant_code, tenant_path, sharing, handed_by, handed_at, note, accepted_by, accepted_at)
SELECT pg_temp.demo_id('duty_handover:370703:1'), t.code, t.path, 'up', 'ht-duty', now() - interval '23 hours',
       '夜间开元街道塌陷现场无新情况，续报时限请接班人员关注。', 'ht-county', now() - interval '23 hours' + interval '6 minutes'
  FROM tenant t WHERE t.code = '370703'
ON CONFLICT (id) DO NOTHING;
INSERT INTO duty_handover_item (id, tenant_code, tenant_path, sharing, handover_id, obligation_id, kind, record_id,
                                subject, due_at, acknowledged_at)
SELECT pg_temp.demo_id('duty_handover_item:370703:1'), t.code, t.path, 'up', pg_temp.demo_id('duty_handover:370703:1'),
       pg_temp.demo_id('obligation:report_follow_up:ht-collapse:370703:370703'), 'report_follow_up',
       pg_temp.demo_id('event:ht-collapse'), '寒亭区开元街道道路塌陷', now() - interval '21 hours',
       now() - interval '23 hours' + interval '6 minutes'
  FROM tenant t WHERE t.code = '370703'
ON CONFLICT (id) DO NOTHING;

-- 查岗: 潍坊市 of 潍城区 yesterday (在岗) and of 寒亭区 three days ago (未应答 → 脱岗)
INSERT INTO spot_check (id, tenant_code, tenant_path, sharing, checked_tenant_code, post_id, method, sent_at, delivered_at,
                        answer_due_at, checked_by, violation, rectification, sanction, concluded_by, concluded_at, version)
SELECT pg_temp.demo_id('spot_check:' || c.key), t.code, t.path, 'up', c.checked, pg_temp.demo_id('duty_post:' || c.checked),
       c.method::spot_check_method, now() - make_interval(hours => c.ago), now() - make_interval(hours => c.ago),
       now() - make_interval(hours => c.ago) + interval '120 seconds',
       'wf-city', c.violation::duty_violation, c.rectification, c.sanction, 'wf-city',
       now() - make_interval(hours => c.ago) + interval '30 minutes', 1
  FROM (VALUES
    ('wc-1', '370702', 'system', 26, 'none', NULL, NULL),
    ('ht-1', '370703', 'phone', 74, 'absent', '值班室无人接听，须于三日内书面说明情况并落实双人值守。', '通报批评')
  ) AS c(key, checked, method, ago, violation, rectification, sanction)
  JOIN tenant t ON t.code = '370700'
ON CONFLICT (id) DO NOTHING;

INSERT INTO spot_check_answer (id, tenant_code, tenant_path, sharing, spot_check_id, answered_by, answered_at, late,
                               on_roster, note)
SELECT pg_temp.demo_id('spot_check_answer:wc-1'), t.code, t.path, 'up', pg_temp.demo_id('spot_check:wc-1'), 'wc-county',
       c.sent_at + interval '40 seconds', false, true, '王强在岗'
  FROM tenant t JOIN spot_check c ON c.id = pg_temp.demo_id('spot_check:wc-1')
 WHERE t.code = '370702'
ON CONFLICT (id) DO NOTHING;

-- their clocks (查岗应答) as the app closed them: by the answer, and by 潍坊市's conclusion when none came
INSERT INTO obligation (id, tenant_code, tenant_path, sharing, kind, record_id, subject, assignee_tenant_code,
                        arises_at, due_at, state, done_at, done_by, note)
SELECT pg_temp.demo_id('obligation:spot_check_answer:' || k.key), t.code, t.path, 'up', 'spot_check_answer', c.id,
       '查岗：' || t.name || '应急管理局值班室', t.code, c.sent_at, c.answer_due_at, k.state::obligation_state,
       k.done, k.by, '潍坊市' || CASE k.key WHEN 'wc-1' THEN '系统点名' ELSE '电话抽查' END
  FROM (VALUES ('wc-1', '370702'), ('ht-1', '370703')) AS x(key, code)
  JOIN spot_check c ON c.id = pg_temp.demo_id('spot_check:' || x.key)
  JOIN tenant t ON t.code = x.code
 CROSS JOIN LATERAL (SELECT x.key,
       CASE x.key WHEN 'wc-1' THEN 'done_on_time' ELSE 'done_late' END AS state,
       CASE x.key WHEN 'wc-1' THEN c.sent_at + interval '40 seconds' ELSE c.concluded_at END AS done,
       CASE x.key WHEN 'wc-1' THEN 'wc-county' ELSE 'wf-city' END AS by) k
ON CONFLICT (id) DO NOTHING;
