-- 预案备案 as an obligation (docs/obligations.md): an issued plan is owed to its filing authority within
-- filing.deadlineWorkingDays working days (第二十六条); submitting it fulfils the obligation. A plan abolished or
-- replaced by a revision before it was submitted is no longer owed: its obligation is waived, with the reason.
alter type obligation_kind add value 'plan_filing';

alter table obligation
    add column reason text check (length(reason) <= 500),
    add constraint obligation_waived_with_reason check (state <> 'waived' or length(btrim(reason)) > 0);
