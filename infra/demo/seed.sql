-- Demo data for the demo tenants of docs/contracts.md: each gets its people's government and its
-- emergency-management bureau as organization units, so plans can be compiled right after login.
-- Idempotent (unique tenant_code + name). Run by ./yingji run and ./yingji test after the tenant loader.
INSERT INTO org_unit (tenant_code, tenant_path, kind, name)
SELECT t.code, t.path, u.kind::org_unit_kind, t.name || u.suffix
  FROM tenant t
 CROSS JOIN (VALUES ('government', '人民政府'), ('department', '应急管理局')) AS u(kind, suffix)
 WHERE t.code IN ('370000', '370700', '370702', '370703', '370100', '370103', '520000', '520200', '520201')
ON CONFLICT (tenant_code, name) DO NOTHING;
