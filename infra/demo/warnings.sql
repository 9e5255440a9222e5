-- Demo records of 预警发布 (docs/warnings.md): 潍坊市's 大风黄色预警 published two hours before the first load for
-- 潍城区, 寒亭区 and 奎文区 — 潍城区 acknowledged in time, 奎文区 late, 寒亭区 not at all (it is on the call-down list) — and
-- a 寒潮蓝色预警 still a draft. Run by ./yingji after duty.sql. Fixed ids (md5 of a natural key), `on conflict do
-- nothing`: loading again changes nothing. The identifier follows GB/T 35965.1 from the publication time.

CREATE OR REPLACE FUNCTION pg_temp.demo_id(key text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
  SELECT md5('yingji-demo:' || key)::uuid
$$;

INSERT INTO warning (id, tenant_code, tenant_path, sharing, identifier, message, hazard, level, headline, description,
                     instruction, area_codes, area_desc, audience, channels, onset, expires, status, created_by,
                     approver_name, approved_by, approved_at, published_by, published_at, created_at, updated_at)
SELECT pg_temp.demo_id('warning:wf-wind'), t.code, t.path, 'vertical',
       '37070000000000_' || to_char((now() - interval '2 hours') AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDDHH24MISS') || '_0',
       'alert', '大风', 'yellow', '潍坊市气象台发布大风黄色预警',
       '受冷空气影响，预计今天夜间到明天白天，潍城区、寒亭区、奎文区将出现 6～7 级偏北风，阵风 8～9 级。',
       '加固围板、棚架、广告牌等易被风吹动的搭建物；停止高空、户外作业；切断危险的室外电源。',
       ARRAY['370702', '370703', '370705'], '潍城区、寒亭区、奎文区', '社会公众', ARRAY['sms', 'broadcast'],
       now() - interval '2 hours', now() + interval '10 hours', 'published', 'wf-city', '王海涛', 'wf-city',
       now() - interval '2 hours 10 minutes', 'wf-city', now() - interval '2 hours', now() - interval '2 hours 20 minutes',
       now() - interval '2 hours'
  FROM tenant t WHERE t.code = '370700'
ON CONFLICT (id) DO NOTHING;

INSERT INTO warning (id, tenant_code, tenant_path, sharing, hazard, level, headline, description, instruction,
                     area_codes, area_desc, onset, expires, status, created_by)
SELECT pg_temp.demo_id('warning:wf-cold'), t.code, t.path, 'private', '寒潮', 'blue', '潍坊市寒潮蓝色预警（草稿）',
       '预计后天起全市气温下降 8～10℃，最低气温降至零下 8℃。', '做好防寒保暖和设施农业防冻工作。',
       ARRAY['370702', '370703', '370705'], '潍坊市全市', now() + interval '1 day', now() + interval '3 days', 'draft',
       'wf-city'
  FROM tenant t WHERE t.code = '370700'
ON CONFLICT (id) DO NOTHING;

-- 叫应: 潍城区 in time, 奎文区 late, 寒亭区 none; the clocks as the app opened and closed them (30 minutes)
INSERT INTO warning_ack (id, tenant_code, tenant_path, sharing, warning_id, acknowledged_by, acknowledged_at, late)
SELECT pg_temp.demo_id('warning_ack:wf-wind:' || a.code), t.code, t.path, 'up', pg_temp.demo_id('warning:wf-wind'), a.by,
       w.published_at + make_interval(mins => a.after), a.after > 30
  FROM (VALUES ('370702', 'wc-county', 12), ('370705', 'roster-kw-sun', 55)) AS a(code, by, after)
  JOIN tenant t ON t.code = a.code
  JOIN warning w ON w.id = pg_temp.demo_id('warning:wf-wind')
ON CONFLICT (id) DO NOTHING;

INSERT INTO obligation (id, tenant_code, tenant_path, sharing, kind, record_id, subject, assignee_tenant_code,
                        arises_at, due_at, state, done_at, done_by, note)
SELECT pg_temp.demo_id('obligation:warning_ack:wf-wind:' || t.code), t.code, t.path, 'up', 'warning_ack', w.id,
       '预警叫应：' || w.headline, t.code, w.published_at, w.published_at + interval '30 minutes',
       CASE WHEN a.id IS NULL THEN 'open' WHEN a.late THEN 'done_late' ELSE 'done_on_time' END::obligation_state,
       a.acknowledged_at, a.acknowledged_by, '潍坊市发布'
  FROM warning w
 CROSS JOIN LATERAL unnest(w.area_codes) AS area(code)
  JOIN tenant t ON t.code = area.code
  LEFT JOIN warning_ack a ON a.warning_id = w.id AND a.tenant_code = t.code
 WHERE w.id = pg_temp.demo_id('warning:wf-wind')
ON CONFLICT (id) DO NOTHING;

-- the warnings' search documents (全局检索): the indexer (re)indexes them
INSERT INTO outbox (entity, entity_id)
VALUES ('warning', pg_temp.demo_id('warning:wf-wind')), ('warning', pg_temp.demo_id('warning:wf-cold'));
