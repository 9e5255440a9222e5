-- 时限/待办 (docs/obligations.md): the deadlines of evaluations, corrective actions and campaign tasks become
-- obligations too. A new enum value cannot be used in the transaction that adds it: V36 uses them.
alter type obligation_kind add value 'plan_evaluation';
alter type obligation_kind add value 'corrective_action';
alter type obligation_kind add value 'campaign_task';
