-- The role rule of V20 (roles narrow reads) moves from a restrictive policy into the read policies themselves.
--
-- Why: PostgreSQL gives each restrictive policy, and then the OR of the permissive ones, a security level of its
-- own, in that order. A qual of a higher level may drive an index only when every function in it is leakproof,
-- and the sharing rule's ltree operators (<@, @>) are not. So from V20 on, the sharing rule could no longer use
-- the tenant_path and public indexes: every plan list at national scale became a sequential scan (a county's list
-- of 2,000,000 plans: 0.9 s, against 37 ms for the same rule written as WHERE; docs/benchmarks.md).
--
-- Folded into every permissive read policy, (P1 or P2) and R becomes (P1 and R) or (P2 and R): the same rows, one
-- security level, and the planner's BitmapOr again. Each read policy keeps its own rule (its "base") in
-- app.read_policy_base, so that a table's role rule can be set again later (V23 did) without folding twice.

create table app.read_policy_base (
    tbl    text not null,
    policy name not null,
    base   text not null,
    primary key (tbl, policy)
);

-- The role rule of a table (outsiders: whoever does not hold an office role, see V20) inside each of its permissive
-- read policies. Call it again after adding a read policy to a table, or to change the table's rule.
create or replace procedure app.narrow_reads_by_role(tbl regclass, outsider_rule text default $r$sharing = 'public'$r$)
    language plpgsql
as $$
declare
    p record;
    b text;
begin
    execute format('drop policy if exists role_read on %s', tbl);
    for p in select pol.polname, pg_get_expr(pol.polqual, pol.polrelid) as qual
               from pg_policy pol
              where pol.polrelid = tbl and pol.polpermissive and pol.polcmd in ('r', '*')
    loop
        select base into b from app.read_policy_base where read_policy_base.tbl = tbl::text and policy = p.polname;
        if b is null then
            b := p.qual;
            insert into app.read_policy_base (tbl, policy, base) values (tbl::text, p.polname, b);
        end if;
        execute format('alter policy %I on %s using ((%s) and ((select app.reads_internal()) or (%s)))',
                       p.polname, tbl, b, outsider_rule);
    end loop;
end
$$;

-- Today's tables: each restrictive role_read (its whole rule, office readers included) goes into the read policies.
do $$
declare
    r record;
    p record;
begin
    for r in select pol.polrelid::regclass as tbl, pg_get_expr(pol.polqual, pol.polrelid) as rule
               from pg_policy pol
              where pol.polname = 'role_read' and not pol.polpermissive
    loop
        for p in select pol.polname, pg_get_expr(pol.polqual, pol.polrelid) as qual
                   from pg_policy pol
                  where pol.polrelid = r.tbl and pol.polpermissive and pol.polcmd in ('r', '*')
        loop
            insert into app.read_policy_base (tbl, policy, base) values (r.tbl::text, p.polname, p.qual);
            execute format('alter policy %I on %s using ((%s) and (%s))', p.polname, r.tbl, p.qual, r.rule);
        end loop;
        execute format('drop policy role_read on %s', r.tbl);
    end loop;
end
$$;
