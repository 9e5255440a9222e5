-- Demo records for the 合规看板 (docs/compliance.md), so the dashboard of 山东省 → 潍坊市 → 潍城区 has
-- something to count: plans filed on time and late, one overdue for evaluation, an issued plan not filed,
-- a drill, an overdue corrective action, an expert, and an overdue task of a city campaign.
-- Idempotent (each record is inserted only when a record of that title is missing). Run by ./yingji after
-- seed.sql (which provides the units named here).

-- 潍城区: 总体预案, filed on time
INSERT INTO plan (tenant_code, tenant_path, sharing, title, category, event_types, owner_unit_id, doc_number,
                  issued_on, status, evaluation_due_on, evaluation_reminder_on)
SELECT '370702', 'p37.c3707.x370702', 'up', '潍城区突发事件总体应急预案', 'general', '{}', u.id, '潍城政办发〔2024〕3号',
       date '2024-03-01', 'filed', date '2027-03-01', date '2026-12-01'
  FROM org_unit u
 WHERE u.tenant_code = '370702' AND u.name = '潍城区人民政府'
   AND NOT EXISTS (SELECT 1 FROM plan WHERE tenant_code = '370702' AND title = '潍城区突发事件总体应急预案');

-- 潍城区: 防汛专项预案, filed late, evaluation overdue since May 2025
INSERT INTO plan (tenant_code, tenant_path, sharing, title, category, event_types, owner_unit_id, doc_number,
                  issued_on, status, evaluation_due_on, evaluation_reminder_on)
SELECT '370702', 'p37.c3707.x370702', 'up', '潍城区防汛应急预案', 'special', '{洪涝灾害}', u.id, '潍城政办发〔2022〕11号',
       date '2022-05-10', 'filed', date '2025-05-10', date '2025-02-09'
  FROM org_unit u
 WHERE u.tenant_code = '370702' AND u.name = '潍城区应急管理局'
   AND NOT EXISTS (SELECT 1 FROM plan WHERE tenant_code = '370702' AND title = '潍城区防汛应急预案');

-- 寒亭区: 森林火灾专项预案, issued, never filed, evaluation overdue
INSERT INTO plan (tenant_code, tenant_path, sharing, title, category, event_types, owner_unit_id, doc_number,
                  issued_on, status, evaluation_due_on, evaluation_reminder_on)
SELECT '370703', 'p37.c3707.x370703', 'up', '寒亭区森林火灾应急预案', 'special', '{森林火灾}', u.id, '寒政办发〔2021〕7号',
       date '2021-09-01', 'issued', date '2024-09-01', date '2024-06-03'
  FROM org_unit u
 WHERE u.tenant_code = '370703' AND u.name = '寒亭区应急管理局'
   AND NOT EXISTS (SELECT 1 FROM plan WHERE tenant_code = '370703' AND title = '寒亭区森林火灾应急预案');

-- the two 潍城区 submissions (备案 with 潍坊市): on time, and late
INSERT INTO filing (tenant_code, tenant_path, plan_id, plan_version_no, authority_tenant_code, authority_role,
                    authority_label, route_description, submitted_on, filing_due_on, late, acknowledgement_due_on, status)
SELECT p.tenant_code, p.tenant_path, p.id, 1, '370700', 'government', '潍坊市人民政府', '报潍坊市人民政府备案，经潍坊市应急管理局报送',
       s.submitted_on, s.due_on, s.submitted_on > s.due_on, s.submitted_on + 7, 'filed'
  FROM plan p
  JOIN (VALUES ('潍城区突发事件总体应急预案', date '2024-03-20', date '2024-03-29'),
               ('潍城区防汛应急预案', date '2022-07-01', date '2022-06-08')) AS s(title, submitted_on, due_on)
    ON s.title = p.title
 WHERE p.tenant_code = '370702'
   AND NOT EXISTS (SELECT 1 FROM filing f WHERE f.plan_id = p.id);

-- a drill of the 防汛 plan two months ago, and a corrective action past its due date
INSERT INTO drill (tenant_code, tenant_path, title, form, status, held_on, organizer_unit_id, plan_ids, event_types,
                   created_by)
SELECT '370702', 'p37.c3707.x370702', '潍城区防汛应急综合演练', 'comprehensive', 'held', current_date - 60, u.id,
       array[(SELECT id FROM plan WHERE tenant_code = '370702' AND title = '潍城区防汛应急预案')], '{洪涝灾害}', '演示数据'
  FROM org_unit u
 WHERE u.tenant_code = '370702' AND u.name = '潍城区人民政府'
   AND NOT EXISTS (SELECT 1 FROM drill WHERE tenant_code = '370702' AND title = '潍城区防汛应急综合演练');

INSERT INTO drill_corrective_action (tenant_code, tenant_path, drill_id, description, owner_unit_id, assignee_code,
                                     due_on, status, created_by, updated_by)
SELECT d.tenant_code, d.tenant_path, d.id, '补充城区排涝泵站备用电源', d.organizer_unit_id, '370702', current_date - 10,
       'open', '演示数据', '演示数据'
  FROM drill d
 WHERE d.tenant_code = '370702' AND d.title = '潍城区防汛应急综合演练'
   AND NOT EXISTS (SELECT 1 FROM drill_corrective_action a WHERE a.drill_id = d.id);

-- an expert of 潍城区, shared along the line
INSERT INTO expert (tenant_code, tenant_path, sharing, name, organization, title, specialties, level, phone)
SELECT '370702', 'p37.c3707.x370702', 'vertical', '王建国', '潍城区水利事务服务中心', '高级工程师', '{洪涝灾害,地质灾害}',
       'county', '13853600001'
 WHERE NOT EXISTS (SELECT 1 FROM expert WHERE tenant_code = '370702' AND name = '王建国');

-- 潍坊市's revision campaign, launched, with a task of 潍城区 past its deadline
INSERT INTO revision_campaign (tenant_code, tenant_path, sharing, title, notice_doc_number, deadline, launched_at,
                               created_by)
SELECT '370700', 'p37.c3707', 'vertical', '潍坊市专项应急预案编修专项行动', '潍应急字〔2026〕5号', current_date + 30, now(), '演示数据'
 WHERE NOT EXISTS (SELECT 1 FROM revision_campaign WHERE tenant_code = '370700' AND title = '潍坊市专项应急预案编修专项行动');

INSERT INTO campaign_task (tenant_code, tenant_path, sharing, campaign_id, plan_title, category, assignee_tenant_code,
                           deadline)
SELECT c.tenant_code, c.tenant_path, 'vertical', c.id, '潍城区地震应急预案（修订）', 'special', '370702', current_date - 5
  FROM revision_campaign c
 WHERE c.tenant_code = '370700' AND c.title = '潍坊市专项应急预案编修专项行动'
   AND NOT EXISTS (SELECT 1 FROM campaign_task t WHERE t.campaign_id = c.id);
