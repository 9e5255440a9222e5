-- A wrong upload can be removed (docs/attachments.md): the owning tenant deletes its plans', drills' and cases'
-- files. protect_tenant_table already gave each table the owner-only delete policy (tenant_delete); the features
-- decide when (a plan not yet submitted for filing, a draft case).
grant delete on plan_attachment, drill_attachment, case_attachment to yingji_app;
