-- 人员名录 (docs/tenancy.md): the demo users as our own records, so that timelines, receipts and bulletins name
-- them before they first sign in. Same names as the realm's demo users (infra/keycloak); the tenant admin may
-- correct them afterwards, which a re-run keeps (on conflict do nothing). Run by ./yingji after the tenant loader.
INSERT INTO person (tenant_code, tenant_path, username, name, title)
SELECT t.code, t.path, p.username, p.name, p.title
  FROM (VALUES
    ('sd-province', '370000', '张伟', '应急管理厅风险监测和综合减灾处处长'),
    ('wf-city', '370700', '李娜', '应急预案管理科科长'),
    ('sd-admin', '370000', '郑宏', '应急管理厅信息化管理员'),
    ('wf-admin', '370700', '赵敏', '信息化管理员'),
    ('wc-county', '370702', '王强', '应急管理局办公室科员'),
    ('wc-informant', '370702', '陈刚', '于河街道应急管理信息员'),
    ('ht-county', '370703', '刘洋', '应急管理局应急指挥中心主任'),
    ('ht-duty', '370703', '赵磊', '应急管理局值班员'),
    -- duty staff without a login of their own (值班表, infra/demo/duty.sql): our records only
    ('roster-ht-sun', '370703', '孙建国', '应急管理局副局长'),
    ('roster-ht-gao', '370703', '高峰', '应急管理局值班员'),
    ('roster-wc-li', '370702', '李建华', '应急管理局副局长'),
    ('roster-wc-ma', '370702', '马丽', '应急管理局值班员'),
    ('roster-wf-zhou', '370700', '周永强', '应急管理局副局长'),
    ('roster-wf-xu', '370700', '徐静', '应急管理局值班员'),
    ('roster-kw-sun', '370705', '孙敏', '应急管理局值班员'),
    ('jn-city', '370100', '陈静', '应急预案管理处处长'),
    ('szq-county', '370103', '杨帆', '应急管理局综合科科长'),
    ('gz-province', '520000', '黄磊', '应急管理厅救援协调和预案管理处处长'),
    ('lps-city', '520200', '吴芳', '应急预案管理科科长'),
    ('zs-county', '520201', '周杰', '应急管理局应急指挥中心科员'),
    ('expert-demo', '370000', '孙立', '省级应急管理专家'),
    ('platform-admin', '370000', '平台运维', NULL)
  ) AS p(username, code, name, title)
  JOIN tenant t ON t.code = p.code
ON CONFLICT (username) DO NOTHING;
