-- 《生产安全事故应急预案管理办法》: an enterprise's filing that the authority leaves unanswered past its
-- acknowledgement deadline counts as filed (视为已备案). Whether the rule applies is decided from the owner's
-- policy and unit kind when the filing is submitted, and kept with it.
alter table filing add column silence_counts_as_filed boolean not null default false;
