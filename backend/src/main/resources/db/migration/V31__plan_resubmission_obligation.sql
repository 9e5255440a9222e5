-- 退回重报 (docs/obligations.md): a submission the authority returned obliges the plan's office to submit it again,
-- within the filing period of its policy counted from the return; the note says why it was returned. The authority's
-- transaction opens it for the office below (app.open_obligation_below; or its own, a department's plan filed with its
-- own government), which owns it like its other obligations.
alter type obligation_kind add value 'plan_resubmission';

alter table obligation
    add column note text check (length(note) <= 2000);

create function app.open_obligation_below(p_owner_code text, p_kind obligation_kind, p_record_id uuid, p_subject text,
                                          p_arises_at timestamptz, p_due_at timestamptz, p_note text) returns uuid
    language plpgsql security definer
    set search_path = public, pg_temp
as $$
declare
    v_path ltree;
    v_id   uuid;
begin
    select path into v_path from tenant where code = p_owner_code;
    if v_path is null or app.tenant_path() is null or not (v_path <@ app.tenant_path()) then
        raise exception 'tenant % may not oblige tenant %', app.tenant_code(), p_owner_code using errcode = '42501';
    end if;
    insert into obligation (tenant_code, tenant_path, kind, record_id, subject, assignee_tenant_code, arises_at, due_at, note)
    values (p_owner_code, v_path, p_kind, p_record_id, p_subject, p_owner_code, p_arises_at, p_due_at, p_note)
    returning id into v_id;
    return v_id;
end
$$;
revoke all on function app.open_obligation_below(text, obligation_kind, uuid, text, timestamptz, timestamptz, text) from public;
grant execute on function app.open_obligation_below(text, obligation_kind, uuid, text, timestamptz, timestamptz, text) to yingji_app;
