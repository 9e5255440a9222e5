-- 经典案例: a published case the publishing tier designates as exemplary (seed 004: 「国内外具有代表意义的事故灾害
-- 抢险救援经典案例」). Among the cases that hold every word of a search, the classic ones rank first
-- (docs/cases.md). Set by whoever publishes (the publish step's own decision, like its note), cleared when the
-- case goes back to draft: a republished case is judged again.
alter table case_record add column classic boolean not null default false;
alter table case_record add constraint case_record_classic_published check (not classic or status = 'published');

-- a tier above may set it while publishing: it joins the workflow columns of the guard (V14)
create or replace function app.guard_case_record_update() returns trigger
    language plpgsql
as $$
declare
    workflow constant text[] := array['status', 'sharing', 'published_by', 'published_at', 'review_note',
                                      'classic', 'version', 'updated_at'];
begin
    if old.tenant_path is distinct from (select app.tenant_path())
       and (to_jsonb(new) - workflow) is distinct from (to_jsonb(old) - workflow) then
        raise exception 'a tier above only publishes or returns a case, the compiling tenant writes it'
            using errcode = '42501';
    end if;
    return new;
end
$$;

create or replace function app.return_case(p_id uuid, p_version integer, p_note text) returns integer
    language sql volatile security definer
    set search_path = public, pg_temp
as $$
    with returned as (
        update case_record
           set status = 'draft', sharing = 'private', review_note = p_note, published_by = null, published_at = null,
               classic = false, version = version + 1, updated_at = now()
         where id = p_id and version = p_version and status in ('reviewed', 'published')
           and tenant_path <@ app.tenant_path() and tenant_path <> app.tenant_path()
        returning 1)
    select count(*)::integer from returned
$$;
