-- 备案材料 of enterprise plans (《生产安全事故应急预案管理办法》): an enterprise or institution files its plan with
-- the filing form, the review opinion, the risk assessment result and the resource survey besides the text
-- and the compilation note. They are plan attachments like the others, told apart by their role; which ones a
-- submission must carry is the owner tenant's policy (filing.requiredMaterials, docs/filing.md).
-- (PostgreSQL 12+ adds enum values inside a transaction; the new values are not used in this migration.)
alter type attachment_role add value if not exists 'filing_form' before 'other';     -- 备案申报表
alter type attachment_role add value if not exists 'review_opinion' before 'other';  -- 评审意见
alter type attachment_role add value if not exists 'risk_assessment' before 'other'; -- 风险评估结果
alter type attachment_role add value if not exists 'resource_survey' before 'other'; -- 应急资源调查清单
