-- 省级检索同义词 (docs/search-terms.md): a few groups 山东省's 单位管理员 (郑宏, sd-admin) keeps — the words people of
-- the province say beside the ones the records use. Every office of the province searches cases with them.
-- Idempotent: fixed ids (md5 of a key), on conflict do nothing; a group whose terms the admin has since put into
-- another group is left out (a term belongs to one group of a province). Run by ./yingji after the tenant loader.
INSERT INTO search_term_group (id, tenant_code, tenant_path, terms, note, created_by, updated_by)
SELECT md5('yingji-demo:search-terms:' || g.key)::uuid, t.code, t.path, g.terms, g.note, 'sd-admin', 'sd-admin'
  FROM (VALUES
    ('370000:漫堤', ARRAY['漫堤', '漫溢', '洪水漫顶'], '防汛：群众报险的说法与规范用语'),
    ('370000:防指', ARRAY['防指', '防汛抗旱指挥部'], '简称'),
    ('370000:化工园区', ARRAY['化工园区', '化工集中区', '化工产业园'], '省内文件中的不同称谓'),
    ('370000:煤气管道', ARRAY['煤气管道', '燃气管道', '天然气管道'], '燃气事故：群众报警常用说法')
  ) AS g(key, terms, note)
  JOIN tenant t ON t.code = '370000'
 WHERE NOT EXISTS (SELECT 1 FROM search_term_group s
                    WHERE s.tenant_code = t.code AND s.terms && g.terms
                      AND s.id <> md5('yingji-demo:search-terms:' || g.key)::uuid)
ON CONFLICT (id) DO NOTHING;
