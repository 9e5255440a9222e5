-- 演练频次 (docs/obligations.md): a plan in force is drilled, and a unit drills, at least every so many months of its
-- policy; each due drill is an obligation (预案演练, 单位演练), closed by the held drill that tests the plan or that
-- the unit organized or took part in, and then owed again.
alter type obligation_kind add value 'plan_drill';
alter type obligation_kind add value 'unit_drill';
