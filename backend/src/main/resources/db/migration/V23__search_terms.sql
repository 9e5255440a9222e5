-- 省级检索同义词 (docs/search-terms.md): groups of equivalent search terms a province adds to the national thesaurus
-- (漫堤 = 洪水漫顶). A group is owned by a province and read by every office below it (shared 'down'); a search
-- of any office of the province treats each term of a group as an alternative of the others.

-- 2–20 terms, each 1–20 characters without blanks, none twice
create function app.valid_search_terms(terms text[]) returns boolean
    language sql immutable parallel safe
as $$
    select cardinality(terms) between 2 and 20
       and not exists (select 1 from unnest(terms) t
                        where t is null or char_length(t) not between 1 and 20 or t ~ '[[:space:]\u3000]')
       and (select count(distinct t) from unnest(terms) t) = cardinality(terms)
$$;

create table search_term_group (
    id          uuid        primary key default gen_random_uuid(),
    tenant_code text        not null default app.tenant_code(),
    tenant_path ltree       not null default app.tenant_path(),
    -- the province's offices (cities, counties) search with them; nobody sideways
    sharing     sharing     not null default 'down' check (sharing = 'down'),
    terms       text[]      not null check (app.valid_search_terms(terms)),
    -- 说明/来源, e.g. 省防指《防汛术语》
    note        text        check (note is null or char_length(btrim(note)) between 1 and 200),
    created_by  text        not null,
    updated_by  text        not null,
    version     integer     not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    foreign key (tenant_code, tenant_path) references tenant (code, path),
    unique (id, tenant_code),
    -- a province's vocabulary: cities and counties search with their province's groups, they add none
    constraint search_term_group_province_ck check (nlevel(tenant_path) = 1)
);
call app.protect_tenant_table('search_term_group');
-- Terms are vocabulary, not an office's internal records: an expert's searches use its province's groups too. The
-- platform operator (readership public) reads none.
call app.narrow_reads_by_role('search_term_group', $r$app.readership() = 'expert'$r$);
grant select, insert, update, delete on search_term_group to yingji_app;

-- A term belongs to one group of a province at most. Two requests adding the same term at once (a double click)
-- are serialised by a transaction lock per province: the second one sees the first one's committed group (READ
-- COMMITTED: each statement of the function takes a fresh snapshot) and fails with unique_violation, the detail
-- naming the group that holds the term.
create function app.search_terms_unique() returns trigger
    language plpgsql
    set search_path = public, pg_temp
as $$
declare
    taken uuid;
begin
    perform pg_advisory_xact_lock(hashtext('search_term_group'), hashtext(new.tenant_code));
    select g.id into taken from search_term_group g
     where g.tenant_code = new.tenant_code and g.id <> new.id and g.terms && new.terms
     limit 1;
    if taken is not null then
        raise exception 'search term taken' using errcode = 'unique_violation',
            constraint = 'search_term_group_term_uq', detail = taken::text;
    end if;
    return new;
end
$$;
create trigger search_term_group_term_uq before insert or update of terms on search_term_group
    for each row execute function app.search_terms_unique();
