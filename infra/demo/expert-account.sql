-- The demo expert (docs/experts.md, "专家账号"): 孙立, a province-level expert in 山东省's pool, whose record the
-- province (山东省应急管理厅) has linked to the login expert-demo, and the invitations waiting for him (我的邀请): one
-- from the province and one from 潍坊市. Idempotent (fixed ids); the outbox row makes the indexer (re)index him.
-- Run by ./yingji after the tenant loader (load_tenants), as the owner role.
INSERT INTO expert (id, tenant_code, tenant_path, sharing, name, organization, title, specialties, level, phone, email,
       account_username, account_linked_by, account_linked_at)
SELECT '5e0e0000-0000-4000-8000-00000000a001'::uuid, t.code, t.path, 'vertical', '孙立', '山东省安全生产科学研究院',
       '研究员', ARRAY['危险化学品', '生产安全事故', '洪涝灾害'], 'province', '13905310001', 'sunli@example.cn',
       'expert-demo', 'sd-province', now()
  FROM tenant t
 WHERE t.code = '370000'
   -- the account is one person: never link it twice (a record linked by the office in the UI wins)
   AND NOT EXISTS (SELECT 1 FROM expert WHERE account_username = 'expert-demo')
ON CONFLICT (id) DO NOTHING;

INSERT INTO expert_invocation (id, tenant_code, tenant_path, expert_id, expert_tenant_code, purpose, subject, needed_on,
       requested_by)
SELECT i.id::uuid, t.code, t.path, e.id, e.tenant_code, i.purpose::invocation_purpose, i.subject,
       current_date + i.days, i.requested_by
  FROM (VALUES
    ('5e0e0000-0000-4000-8000-00000000b001', '370000', 'consultation',
     '汛期前全省危险化学品企业防汛应急准备咨询', 14, 'sd-province'),
    ('5e0e0000-0000-4000-8000-00000000b002', '370700', 'incident',
     '潍坊市化工园区危险化学品泄漏处置会商（演示）', 7, 'wf-city')
  ) AS i(id, tenant_code, purpose, subject, days, requested_by)
  JOIN tenant t ON t.code = i.tenant_code
  JOIN expert e ON e.id = '5e0e0000-0000-4000-8000-00000000a001'::uuid
ON CONFLICT (id) DO NOTHING;

INSERT INTO outbox (entity, entity_id) VALUES ('expert', '5e0e0000-0000-4000-8000-00000000a001');
