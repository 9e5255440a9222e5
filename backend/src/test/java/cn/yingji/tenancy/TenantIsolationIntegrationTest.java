package cn.yingji.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import cn.yingji.db.enums.Sharing;
import cn.yingji.db.enums.TenantTier;
import cn.yingji.support.TenantCatalogFixture;
import cn.yingji.support.TestServices;
import static cn.yingji.support.AppRole.asReader;
import static cn.yingji.support.AppRole.asTenant;

/**
 * The isolation matrix at the database level: for every tenant-owned table, rows of every sharing value
 * owned by a county and by its city, read, changed and deleted by the owner, its sibling, its ancestors,
 * its descendants, a cousin and a tenant of another province — as the API's role, through row-level
 * security alone. Each table must register how to make a row ({@link #TABLES}); a new tenant-owned table
 * that does not fails {@link #everyTenantOwnedTableIsProtectedAndInTheMatrix}.
 */
class TenantIsolationIntegrationTest {

    /**
     * How to insert a valid row into a tenant-owned table: the column that marks test rows, the sharing
     * values the table allows, the other required columns with literal values, and the tenants owning the matrix's
     * rows ({@link #OWNERS} unless the table is owned by provinces only).
     */
    record TableCase(String markerColumn, Set<Sharing> sharings, String otherColumns, String otherValues,
            List<TenantRef> owners) {

        TableCase(String markerColumn, Set<Sharing> sharings, String otherColumns, String otherValues) {
            this(markerColumn, sharings, otherColumns, otherValues, OWNERS);
        }

        String insertSql(String table) {
            return "insert into " + table + " (tenant_code, tenant_path, " + markerColumn + ", sharing, " + otherColumns
                    + ") values (?, ?::ltree, ?, ?::sharing, " + otherValues + ") returning id::text";
        }
    }

    static final TenantRef SHANDONG = new TenantRef("370000", "山东省", TenantTier.province, "p37");
    static final TenantRef WEIFANG = new TenantRef("370700", "潍坊市", TenantTier.city, "p37.c3707");
    static final TenantRef WEICHENG = new TenantRef("370702", "潍城区", TenantTier.county, "p37.c3707.x370702");
    static final TenantRef HANTING = new TenantRef("370703", "寒亭区", TenantTier.county, "p37.c3707.x370703");
    static final TenantRef SHIZHONG = new TenantRef("370103", "市中区", TenantTier.county, "p37.c3701.x370103");
    static final TenantRef ZHONGSHAN = new TenantRef("520201", "钟山区", TenantTier.county, "p52.c5202.x520201");
    static final TenantRef GUIZHOU = new TenantRef("520000", "贵州省", TenantTier.province, "p52");
    static final List<TenantRef> VIEWERS = List.of(SHANDONG, WEIFANG, WEICHENG, HANTING, SHIZHONG, ZHONGSHAN);
    static final List<TenantRef> OWNERS = List.of(WEICHENG, WEIFANG);

    static final Map<String, TableCase> TABLES = new LinkedHashMap<>();
    static {
        TABLES.put("org_unit", new TableCase("name", EnumSet.allOf(Sharing.class), "kind", "'department'"));
        // 人员名录: one login name per person
        TABLES.put("person", new TableCase("name", EnumSet.allOf(Sharing.class), "username", "gen_random_uuid()::text"));
        TABLES.put("audit_log", new TableCase("actor", EnumSet.of(Sharing.up), "action, entity, entity_id",
                "'test', 'test', 'x'"));
        // a plan belongs to a unit of its own tenant: the org_unit rows above provide one
        TABLES.put("plan", new TableCase("title", EnumSet.allOf(Sharing.class), "category, owner_unit_id",
                "'general', (select id from org_unit where tenant_code = app.tenant_code() order by created_at limit 1)"));
        // a submission of the plan above, and the authority's decision on the submission above
        TABLES.put("filing", new TableCase("authority_label", EnumSet.of(Sharing.up),
                "plan_id, plan_version_no, authority_role, route_description, submitted_on, filing_due_on, late, "
                        + "acknowledgement_due_on",
                "(select id from plan where tenant_code = app.tenant_code() order by created_at desc limit 1), 1, "
                        + "'government', 'test', current_date, current_date, false, current_date"));
        TABLES.put("filing_decision", new TableCase("decided_by", EnumSet.of(Sharing.up),
                "filing_id, decision, reason",
                "(select id from filing where tenant_code = app.tenant_code() order by submitted_at desc limit 1), "
                        + "'returned', 'test'"));
        TABLES.put("plan_attachment", new TableCase("file_name", EnumSet.allOf(Sharing.class),
                "plan_id, role, media_type, size_bytes, sha256, content, uploaded_by",
                "(select id from plan where tenant_code = app.tenant_code() order by created_at desc limit 1), "
                        + "'text', 'application/pdf', 1, repeat('a', 64), '\\x00'::bytea, 'test'"));
        // evaluations, revision triggers and 衔接 links of the plan above
        String latestPlan = "(select id from plan where tenant_code = app.tenant_code() order by created_at desc limit 1)";
        TABLES.put("plan_evaluation", new TableCase("findings", EnumSet.of(Sharing.up),
                "plan_id, evaluated_on, conclusion, recorded_by", latestPlan + ", current_date, 'keep', 'test'"));
        TABLES.put("plan_revision_trigger", new TableCase("note", EnumSet.of(Sharing.up),
                "plan_id, series_id, kind, occurred_on, raised_by", latestPlan
                        + ", (select series_id from plan where tenant_code = app.tenant_code() order by created_at desc limit 1)"
                        + ", 'law', current_date, 'test'"));
        TABLES.put("plan_alignment", new TableCase("confirmed_by", EnumSet.of(Sharing.up),
                "plan_id, upper_series_id, upper_tenant_code, aligned_version_no", latestPlan
                        + ", gen_random_uuid(), '370000', 1"));
        TABLES.put("plan_template", new TableCase("title", EnumSet.allOf(Sharing.class), "kind, published_at",
                "'guide', now()"));
        TABLES.put("revision_campaign", new TableCase("title", EnumSet.allOf(Sharing.class),
                "deadline, created_by, launched_at", "current_date, 'test', now()"));
        TABLES.put("campaign_task", new TableCase("plan_title", EnumSet.allOf(Sharing.class),
                "campaign_id, category, assignee_tenant_code, deadline",
                "(select id from revision_campaign where tenant_code = app.tenant_code() order by created_at desc limit 1), "
                        + "'general', app.tenant_code(), current_date"));
        // drills and their corrective actions (the extra policies for participants and assignees: below)
        TABLES.put("drill", new TableCase("title", EnumSet.allOf(Sharing.class),
                "form, organizer_unit_id, planned_on, created_by",
                "'tabletop', (select id from org_unit where tenant_code = app.tenant_code() order by created_at limit 1), "
                        + "current_date, 'test'"));
        TABLES.put("corrective_action", new TableCase("description", EnumSet.of(Sharing.up),
                "drill_id, owner_unit_id, assignee_code, due_on, created_by, updated_by",
                "(select id from drill where tenant_code = app.tenant_code() order by created_at desc limit 1), "
                        + "(select id from org_unit where tenant_code = app.tenant_code() order by created_at limit 1), "
                        + "app.tenant_code(), current_date, 'test', 'test'"));
        // a file of an up-shared drill: visible exactly where that drill is (drill_read)
        TABLES.put("drill_attachment", new TableCase("file_name", EnumSet.of(Sharing.up),
                "drill_id, kind, media_type, size_bytes, sha256, content, uploaded_by",
                "(select id from drill where tenant_code = app.tenant_code() and sharing = 'up' order by created_at desc "
                        + "limit 1), 'photo', 'image/png', 1, repeat('a', 64), '\\x00'::bytea, 'test'"));
        // one person per row (name and phone are unique within a tenant)
        TABLES.put("expert", new TableCase("organization", EnumSet.allOf(Sharing.class), "name, specialties, level, phone",
                "gen_random_uuid()::text, array['地震'], 'county', '13800000000'"));
        // an invocation of the owner's latest expert above
        TABLES.put("expert_invocation", new TableCase("subject", EnumSet.of(Sharing.up),
                "expert_id, expert_tenant_code, purpose, requested_by",
                "(select id from expert where tenant_code = app.tenant_code() order by created_at desc limit 1), "
                        + "app.tenant_code(), 'consultation', 'test'"));
        // 典型案例: a case (draft: an upper tier may not touch it), its timeline steps and files, visible where the
        // case is (case_read; the children ask a private case of their tenant), and a user's saved searches
        TABLES.put("case_record", new TableCase("title", EnumSet.allOf(Sharing.class), "event_type, created_by",
                "'洪涝灾害', 'test'"));
        String privateCase = "(select id from case_record where tenant_code = app.tenant_code() and sharing = 'private' "
                + "order by created_at desc limit 1)";
        TABLES.put("case_step", new TableCase("description", EnumSet.of(Sharing.private_), "case_id, position, at",
                privateCase + ", 0, now()"));
        TABLES.put("case_attachment", new TableCase("file_name", EnumSet.of(Sharing.private_),
                "case_id, media_type, size_bytes, sha256, content, uploaded_by",
                privateCase + ", 'image/png', 1, repeat('a', 64), '\\x00'::bytea, 'test'"));
        TABLES.put("case_saved_search", new TableCase("name", EnumSet.of(Sharing.private_), "username, query",
                "'test', '{}'::jsonb"));
        // 定期通报: a tenant's kept monthly bulletin, read by the tiers above (a month no real bulletin uses)
        TABLES.put("bulletin", new TableCase("generated_by", EnumSet.of(Sharing.up), "month, pdf, xlsx",
                "date '1999-01-01', '\\x25'::bytea, '\\x50'::bytea"));
        // 合规看板: a tenant's own monthly figures, read by the tiers above (a month no real snapshot uses)
        TABLES.put("compliance_snapshot", new TableCase("computed_by", EnumSet.of(Sharing.up),
                "month, as_of, plans_required, plans_filed, plans_in_force, filings, filings_on_time, evaluations_overdue, "
                        + "drill_items, drills_overdue, drills_held, actions_total, actions_overdue, experts, tasks_total, "
                        + "tasks_done, tasks_overdue",
                "date '1999-01-01', date '1999-01-31', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0"));
        // Idempotency-Key: a user's remembered request, nobody else's business
        TABLES.put("idempotent_request", new TableCase("key", EnumSet.of(Sharing.private_), "username, method, route, fingerprint",
                "'test', 'POST', '/test', 'f'"));
        // 时限/待办: what a tenant's record obliges someone to do, overseen by the tiers above (here owed by the owner)
        TABLES.put("obligation", new TableCase("subject", EnumSet.of(Sharing.up), "kind, record_id, assignee_tenant_code, due_at",
                "'filing_review', gen_random_uuid(), app.tenant_code(), now() + interval '1 day'"));
        // 消息中心: what an office is told, its own business; who of it has read which
        TABLES.put("notification", new TableCase("title", EnumSet.of(Sharing.private_), "kind",
                "'filing_submitted'"));
        TABLES.put("notification_read", new TableCase("username", EnumSet.of(Sharing.private_), "notification_id",
                "(select id from notification where tenant_code = app.tenant_code() order by id desc limit 1)"));
        // 消息外发: an office's routes out (one per row: channel, address and audience are unique) and its outbox
        TABLES.put("notification_route", new TableCase("name", EnumSet.of(Sharing.private_), "channel, address",
                "'email', gen_random_uuid()::text || '@test.example'"));
        TABLES.put("notification_delivery", new TableCase("route_name", EnumSet.of(Sharing.private_),
                "notification_id, channel, address",
                "(select id from notification where tenant_code = app.tenant_code() order by id desc limit 1), 'sms', '13800000000'"));
        // 省级检索同义词: a province's vocabulary, read by its offices below (two made-up terms no other row holds)
        TABLES.put("search_term_group", new TableCase("note", EnumSet.of(Sharing.down), "terms, created_by, updated_by",
                "array[left(md5(random()::text), 12), left(md5(random()::text), 12)], 'test', 'test'",
                List.of(SHANDONG, GUIZHOU)));
        // 事件 and 信息报送: an event and the reports on it are overseen from above; what the duty office was told is
        // its own; who read a report is the reader's (and the reporter's: reporter_read, EventReportingIntegrationTest)
        TABLES.put("event", new TableCase("title", EnumSet.of(Sharing.up),
                "event_type, severity, occurred_at, learned_at, address, longitude, latitude, created_by",
                "'火灾', 'general', now(), now(), 'test', 119.1, 36.7, 'test'"));
        TABLES.put("intake_item", new TableCase("content", EnumSet.of(Sharing.private_),
                "source, channel, received_at, reporter, taken_by, created_by",
                "'hotline', 'phone', now(), 'test', 'test', 'test'"));
        TABLES.put("event_report", new TableCase("content", EnumSet.of(Sharing.up),
                "event_id, seq, stage, channel, principal, deputy, compiled_by, created_by",
                "(select id from event where tenant_code = app.tenant_code() order by created_at desc limit 1), "
                        + "(select coalesce(max(seq), 0) + 1 from event_report where tenant_code = app.tenant_code()), "
                        + "'initial', 'phone', 'p', 'd', 'c', 'test'"));
        TABLES.put("report_reading", new TableCase("reader_name", EnumSet.of(Sharing.private_),
                "report_id, report_tenant_code, reader_username",
                "(select id from event_report where tenant_code = app.tenant_code() order by created_at desc limit 1), "
                        + "app.tenant_code(), gen_random_uuid()::text"));
        // 批示: the issuer's, overseen from above and read by the tiers it names (addressee_read, EventReportingIntegrationTest);
        // a feedback is its addressee's, read from above
        TABLES.put("instruction", new TableCase("content", EnumSet.of(Sharing.up),
                "event_id, leader_name, leader_title, addressee_codes, created_by",
                "(select id from event where tenant_code = app.tenant_code() order by created_at desc limit 1), 'l', 't', "
                        + "array['999999'], 'test'"));
        TABLES.put("instruction_feedback", new TableCase("content", EnumSet.of(Sharing.up), "instruction_id, fed_back_by",
                "(select id from instruction where tenant_code = app.tenant_code() order by created_at desc limit 1), 'test'"));
        // 信息快报: the compiling office's, overseen from above, read by the regions it names (addressee_read)
        TABLES.put("info_bulletin", new TableCase("title", EnumSet.of(Sharing.up),
                "series, year, number, body, compiled_by, approved_by, created_by",
                "'express', 2026, (select coalesce(max(number), 0) + 1 from info_bulletin where tenant_code = app.tenant_code()), "
                        + "'b', 'c', 'a', 'test'"));
        // 回头看 of an office's past event, read by the tiers above
        TABLES.put("event_review", new TableCase("findings", EnumSet.of(Sharing.up),
                "event_id, reviewed_on, reviewers, conclusion, created_by",
                "(select id from event where tenant_code = app.tenant_code() order by created_at desc limit 1), "
                        + "current_date, 'r', 'effective', 'test'"));
        // 值班值守: an office's posts, roster, absences, log and handovers, overseen from above
        TABLES.put("duty_post", new TableCase("name", EnumSet.of(Sharing.up),
                "room, phone, address, longitude, latitude, created_by", "'r', 'p', 'a', 119.1, 36.7, 'test'"));
        String ownPerson = "(select id from person where tenant_code = app.tenant_code() order by created_at desc limit 1)";
        TABLES.put("duty_shift", new TableCase("created_by", EnumSet.of(Sharing.up),
                "post_id, person_id, duty_role, starts_at, ends_at",
                "(select id from duty_post where tenant_code = app.tenant_code() order by created_at desc limit 1), "
                        + ownPerson + ", 'officer', now(), now() + interval '1 hour'"));
        TABLES.put("leader_absence", new TableCase("destination", EnumSet.of(Sharing.up),
                "person_id, starts_at, ends_at, reason, reported_by",
                ownPerson + ", now(), now() + interval '1 hour', 'r', 'test'"));
        TABLES.put("duty_log_entry", new TableCase("content", EnumSet.of(Sharing.up), "logged_by", "'test'"));
        TABLES.put("duty_handover", new TableCase("note", EnumSet.of(Sharing.up), "handed_by, accepted_by, accepted_at",
                "'test', 'test2', now()"));
        TABLES.put("duty_handover_item", new TableCase("subject", EnumSet.of(Sharing.up),
                "handover_id, obligation_id, kind, record_id, due_at",
                "(select id from duty_handover where tenant_code = app.tenant_code() order by handed_at desc limit 1), "
                        + "gen_random_uuid(), 'report_initial', gen_random_uuid(), now()"));
        // 查岗: the checker's, overseen from above and read by the tier it checks (checked_read, DutyIntegrationTest;
        // here a province no viewer is); the answer is the checked tier's, read from above
        TABLES.put("spot_check", new TableCase("checked_by", EnumSet.of(Sharing.up),
                "checked_tenant_code, method, delivered_at, answer_due_at",
                "'360000', 'system', now(), now() + interval '2 minutes'"));
        // 预警: a draft is the issuing office's own (here); published, it is shared both ways (sharing 'vertical', only
        // with a publication: WarningIntegrationTest proves the area, the tiers above and a sibling city); a 叫应 is the
        // acknowledging tier's, read from above
        TABLES.put("warning", new TableCase("headline", EnumSet.of(Sharing.private_),
                "hazard, level, description, area_codes, area_desc, onset, expires, created_by",
                "'暴雨', 'orange', 'd', array[app.tenant_code()], 'a', now(), now() + interval '1 day', 'test'"));
        TABLES.put("warning_ack", new TableCase("acknowledged_by", EnumSet.of(Sharing.up), "warning_id, late",
                "(select id from warning where tenant_code = app.tenant_code() order by created_at desc limit 1), false"));
        // 应急响应 and 应急指挥: the responding tier's, overseen from above
        TABLES.put("event_response", new TableCase("body", EnumSet.of(Sharing.up),
                "event_id, action, level, decided_by, decided_at, created_by",
                "(select id from event where tenant_code = app.tenant_code() order by created_at desc limit 1), "
                        + "'start', 'iv', 'd', now(), 'test'"));
        TABLES.put("event_command", new TableCase("name", EnumSet.of(Sharing.up),
                "event_id, kind, leader_name, established_at, created_by",
                "(select id from event where tenant_code = app.tenant_code() order by created_at desc limit 1), "
                        + "'group', 'l', now(), 'test'"));
        // 漏报/瞒报/谎报: the finding office's, overseen from above; the region found at fault reads it once confirmed
        // (subject_read, ReportFindingIntegrationTest; here a candidate, which it never reads)
        TABLES.put("report_finding", new TableCase("basis", EnumSet.of(Sharing.up),
                "kind, state, event_id, subject_tenant_code, created_by",
                "'missed', 'candidate', (select id from event where tenant_code = app.tenant_code() order by created_at desc limit 1), "
                        + "(select code from tenant where code <> app.tenant_code() order by code limit 1), 'test'"));
        TABLES.put("spot_check_answer", new TableCase("answered_by", EnumSet.of(Sharing.up), "spot_check_id, late, on_roster",
                "(select id from spot_check where tenant_code = app.tenant_code() order by created_at desc limit 1), false, true"));
    }

    /**
     * Policies beyond the four of {@code app.protect_tenant_table}, each with its own test here: a joint drill is
     * read by the regions taking part, a corrective action by the region responsible, which reports progress.
     */
    static final Map<String, Set<String>> EXTRA_POLICIES = Map.ofEntries(
            Map.entry("drill", Set.of("participant_read")),
            Map.entry("corrective_action", Set.of("assignee_read", "assignee_update")),
            Map.entry("drill_attachment", Set.of("drill_read")),
            Map.entry("case_record", Set.of("reviewer_update")),
            Map.entry("case_step", Set.of("case_read")),
            Map.entry("case_attachment", Set.of("case_read")),
            Map.entry("filing_decision", Set.of("filing_read")),
            Map.entry("report_reading", Set.of("reporter_read")),
            Map.entry("instruction", Set.of("addressee_read")),
            Map.entry("spot_check", Set.of("checked_read")),
            Map.entry("info_bulletin", Set.of("addressee_read")),
            Map.entry("report_finding", Set.of("subject_read")));

    /**
     * What a reader without an office role reads of the rows above, beyond the sharing rule (the role rule inside
     * every read policy, migrations V20 and V24): published rows only, except where the table says otherwise. None
     * of the matrix's experts is linked to an account and none of its saved searches is the reader's, so
     * invitations, invited reviews and saved searches add nothing here ({@link #aLinkedExpertReadsItsOwnInvitationsAndNothingInternal}).
     */
    static final Map<String, BiPredicate<Readership, Sharing>> OUTSIDER_READS = Map.of(
            // the shared expert pool, for an expert
            "expert", (reader, sharing) -> reader == Readership.EXPERT ? sharing != Sharing.private_ : sharing == Sharing.public_,
            // a plan's file goes where its plan goes: the matrix's files belong to the owner's latest plan, a public one
            "plan_attachment", (reader, sharing) -> true,
            // vocabulary: an expert's searches use its province's terms
            "search_term_group", (reader, sharing) -> reader == Readership.EXPERT,
            // the matrix's invitations, saved searches, drill files and case steps belong to nobody outside
            "expert_invocation", (reader, sharing) -> false,
            "case_saved_search", (reader, sharing) -> false,
            "person", (reader, sharing) -> false,
            "drill_attachment", (reader, sharing) -> false,
            "case_step", (reader, sharing) -> false,
            "case_attachment", (reader, sharing) -> false,
            // a 信息员 reads what it submitted itself; the matrix's items are nobody's outside the office
            "intake_item", (reader, sharing) -> false);

    static boolean outsiderReads(String table, Readership reader, Sharing sharing) {
        return OUTSIDER_READS.getOrDefault(table, (r, s) -> s == Sharing.public_).test(reader, sharing);
    }


    static final String MARKER = "isolation-" + UUID.randomUUID();

    /** table → owner code → sharing → row id */
    static final Map<String, Map<String, Map<Sharing, String>>> rows = new LinkedHashMap<>();

    @BeforeAll
    static void createRows() throws SQLException {
        TenantCatalogFixture.ensureLoaded();
        for (var table : TABLES.entrySet()) {
            Map<String, Map<Sharing, String>> byOwner = new LinkedHashMap<>();
            for (TenantRef owner : table.getValue().owners()) {
                Map<Sharing, String> ids = new LinkedHashMap<>();
                for (Sharing s : table.getValue().sharings()) {
                    ids.put(s, asTenant(owner, c -> insert(c, table.getKey(), owner, MARKER + "-" + s.getLiteral(), s)));
                }
                byOwner.put(owner.code(), ids);
            }
            rows.put(table.getKey(), byOwner);
        }
    }

    @AfterAll
    static void removeRows() throws SQLException {
        try (Connection owner = TestServices.ownerConnection()) {
            // dependants first: plans reference org units
            for (var table : new java.util.ArrayList<>(TABLES.entrySet()).reversed()) {
                try (var st = owner.prepareStatement("delete from " + table.getKey() + " where "
                        + table.getValue().markerColumn() + " like ?")) {
                    st.setString(1, MARKER + "%");
                    st.executeUpdate();
                }
            }
        }
    }

    @Test
    void everyTenantOwnedTableIsProtectedAndInTheMatrix() throws SQLException {
        Set<String> tenantOwned = new HashSet<>();
        try (Connection c = TestServices.ownerConnection(); var st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select c.relname, c.relrowsecurity, c.relforcerowsecurity, pg_get_userbyid(c.relowner),
                       (select count(*) from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname),
                       not exists (select 1 from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname
                                  and p.permissive = 'PERMISSIVE' and p.cmd in ('SELECT', 'ALL')
                                  and p.qual not like '%app.reads_internal()%')
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p')
                  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_path')
                """)) {
            while (rs.next()) {
                String table = rs.getString(1);
                tenantOwned.add(table);
                assertThat(rs.getBoolean(2)).as(table + ": row level security enabled").isTrue();
                assertThat(rs.getBoolean(3)).as(table + ": row level security forced").isTrue();
                assertThat(rs.getString(4)).as(table + ": owned by the owner role, not the API's role").isEqualTo("yingji_owner");
                assertThat(rs.getInt(5)).as(table + ": has its four policies (and the extra ones tested here)")
                        .isEqualTo(4 + EXTRA_POLICIES.getOrDefault(table, Set.of()).size());
                assertThat(rs.getBoolean(6)).as(table + ": every read policy narrowed by role (app.narrow_reads_by_role)")
                        .isTrue();
            }
        }
        assertThat(TABLES.keySet()).as("every tenant-owned table joins the isolation matrix")
                .containsExactlyInAnyOrderElementsOf(tenantOwned);
    }

    @TestFactory
    List<DynamicTest> eachViewerReadsExactlyWhatTheSharingRuleAllows() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String table : TABLES.keySet()) {
            for (TenantRef viewer : VIEWERS) {
                tests.add(DynamicTest.dynamicTest(table + " read by " + viewer.name(), () -> {
                    Set<String> expected = new HashSet<>();
                    for (TenantRef owner : TABLES.get(table).owners()) {
                        rows.get(table).get(owner.code()).forEach((sharing, id) -> {
                            if (SharingRule.canRead(viewer.path(), owner.path(), sharing)) {
                                expected.add(id);
                            }
                        });
                    }
                    Set<String> visible = asTenant(viewer, c -> visibleIds(c, table));
                    assertThat(visible).isEqualTo(expected);
                }));
            }
        }
        return tests;
    }

    /**
     * The role matrix: a reader holding no office role — an expert, the platform operator — reads of each table
     * exactly what the sharing rule shows its tenant and its readership allows ({@link #outsiderReads}).
     */
    @TestFactory
    List<DynamicTest> eachRoleReadsExactlyWhatItsReadershipAllows() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String table : TABLES.keySet()) {
            for (Readership reader : List.of(Readership.EXPERT, Readership.PUBLIC)) {
                for (TenantRef viewer : VIEWERS) {
                    tests.add(DynamicTest.dynamicTest(table + " read by " + reader + " of " + viewer.name(), () -> {
                        Set<String> expected = new HashSet<>();
                        for (TenantRef owner : TABLES.get(table).owners()) {
                            rows.get(table).get(owner.code()).forEach((sharing, id) -> {
                                if (SharingRule.canRead(viewer.path(), owner.path(), sharing)
                                        && outsiderReads(table, reader, sharing)) {
                                    expected.add(id);
                                }
                            });
                        }
                        Set<String> visible = asReader(viewer, reader.literal(), "outsider-" + MARKER,
                                c -> visibleIds(c, table));
                        assertThat(visible).isEqualTo(expected);
                    }));
                }
            }
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> nobodyButTheOwnerChangesOrDeletesARow() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String table : TABLES.keySet()) {
            for (TenantRef owner : TABLES.get(table).owners()) {
                for (TenantRef viewer : VIEWERS) {
                    if (viewer.equals(owner)) {
                        continue;
                    }
                    tests.add(DynamicTest.dynamicTest(table + " of " + owner.name() + " written by " + viewer.name(), () -> {
                        for (String id : rows.get(table).get(owner.code()).values()) {
                            assertThat(writeCount(viewer, table, "update " + table + " set "
                                    + TABLES.get(table).markerColumn() + " = " + TABLES.get(table).markerColumn()
                                    + " where id::text = ?", id)).as("update: no row, or refused").isNotPositive();
                            assertThat(writeCount(viewer, table, "delete from " + table + " where id::text = ?", id))
                                    .as("delete: no row, or refused").isNotPositive();
                        }
                    }));
                }
            }
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> noRowCanBeWrittenIntoAnotherTenant() {
        return TABLES.entrySet().stream().map(table -> DynamicTest.dynamicTest(table.getKey(), () ->
                assertThatThrownBy(() -> asTenant(WEICHENG,
                        c -> insert(c, table.getKey(), HANTING, MARKER + "-forged", Sharing.up)))
                        .isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"))))
                .toList();
    }

    @TestFactory
    List<DynamicTest> withoutTenantContextNothingIsVisible() {
        return TABLES.keySet().stream().map(table -> DynamicTest.dynamicTest(table, () -> {
            try (Connection c = TestServices.appConnection(); var st = c.createStatement();
                    ResultSet rs = st.executeQuery("select count(*) from " + table)) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        })).toList();
    }

    @Test
    void tenantTableShowsAncestorsAndSubtreeOnly() throws SQLException {
        Set<String> seenByCounty = asTenant(WEICHENG, c -> codes(c, "select code from tenant"));
        assertThat(seenByCounty).containsExactlyInAnyOrder("370000", "370700", "370702");
        Set<String> seenByCity = asTenant(WEIFANG, c -> codes(c, "select code from tenant"));
        assertThat(seenByCity).contains("370000", "370700", "370702", "370703").doesNotContain("370100", "370103", "520000");
        Set<String> seenByProvince = asTenant(SHANDONG, c -> codes(c, "select code from tenant"));
        assertThat(seenByProvince).contains("370103", "370702").doesNotContain("520000", "520201");
        assertThat(writeCount(WEIFANG, "tenant", "update tenant set name = name where code = ?", "370702"))
                .as("the API's role cannot change tenants").isEqualTo(-1);
    }

    @Test
    void aJointDrillAndItsActionsReachTheRegionsTakingPartOnly() throws SQLException {
        String unit = asTenant(WEICHENG, c -> insert(c, "org_unit", WEICHENG, MARKER + "-joint-unit", Sharing.up));
        String drill = asTenant(WEIFANG, c -> {
            String id = insert(c, "drill", WEIFANG, MARKER + "-joint", Sharing.up);
            try (var st = c.prepareStatement("update drill set participant_codes = '{370702}' where id::text = ?")) {
                st.setString(1, id);
                st.executeUpdate();
            }
            return id;
        });
        String action = asTenant(WEIFANG, c -> {
            try (var st = c.prepareStatement("insert into corrective_action (drill_id, description, owner_unit_id, "
                    + "assignee_code, due_on, created_by, updated_by) values (?::uuid, ?, ?::uuid, '370702', current_date, "
                    + "'test', 'test') returning id::text")) {
                st.setString(1, drill);
                st.setString(2, MARKER + "-joint-action");
                st.setString(3, unit);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
        String file = asTenant(WEIFANG, c -> {
            try (var st = c.prepareStatement("insert into drill_attachment (drill_id, kind, file_name, media_type, "
                    + "size_bytes, sha256, content, uploaded_by) values (?::uuid, 'photo', ?, 'image/png', 1, "
                    + "repeat('a', 64), '\\x00'::bytea, 'test') returning id::text")) {
                st.setString(1, drill);
                st.setString(2, MARKER + "-joint-photo");
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
        Set<String> participantFiles = asTenant(WEICHENG, c -> visibleIds(c, "drill_attachment"));
        Set<String> siblingFiles = asTenant(HANTING, c -> visibleIds(c, "drill_attachment"));
        assertThat(participantFiles).contains(file);
        assertThat(siblingFiles).doesNotContain(file);
        Set<String> participantDrills = asTenant(WEICHENG, c -> visibleIds(c, "drill"));
        Set<String> siblingDrills = asTenant(HANTING, c -> visibleIds(c, "drill"));
        Set<String> assigneeActions = asTenant(WEICHENG, c -> visibleIds(c, "corrective_action"));
        Set<String> siblingActions = asTenant(HANTING, c -> visibleIds(c, "corrective_action"));
        assertThat(participantDrills).contains(drill);
        assertThat(siblingDrills).doesNotContain(drill);
        assertThat(assigneeActions).contains(action);
        assertThat(siblingActions).doesNotContain(action);
        // the region responsible reports progress, and nothing else; the sibling and the participant change no drill
        assertThat(writeCount(WEICHENG, "corrective_action", "update corrective_action set status = "
                + "'in_progress', progress_note = 'x' where id::text = ?", action)).isEqualTo(1);
        assertThat(writeCount(WEICHENG, "corrective_action", "update corrective_action set due_on = "
                + "due_on + 30 where id::text = ?", action)).as("refused by the guard").isEqualTo(-1);
        assertThat(writeCount(HANTING, "corrective_action", "update corrective_action set status = "
                + "'done', completed_on = current_date where id::text = ?", action)).isZero();
        assertThat(writeCount(WEICHENG, "drill", "update drill set title = title where id::text = ?", drill)).isZero();
        try (Connection owner = TestServices.ownerConnection(); var st = owner.prepareStatement(
                "delete from corrective_action where id::text = ?")) {
            st.setString(1, action);
            st.executeUpdate();
        }
    }

    @Test
    void anUpperTierPublishesOrReturnsACaseBelowItAndChangesNothingElse() throws SQLException {
        String id = asTenant(WEICHENG, c -> insert(c, "case_record", WEICHENG, MARKER + "-workflow", Sharing.private_));
        String step = asTenant(WEICHENG, c -> {
            try (var st = c.prepareStatement("insert into case_step (case_id, position, at, description) values "
                    + "(?::uuid, 0, now(), ?) returning id::text")) {
                st.setString(1, id);
                st.setString(2, MARKER + "-workflow-step");
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
        String publish = "update case_record set status = 'published', sharing = 'public', published_by = 'x' "
                + "where id::text = ?";
        assertThat(writeCount(WEIFANG, "case_record", publish, id)).as("a draft is the county's alone").isZero();
        Set<String> cityBefore = asTenant(WEIFANG, c -> visibleIds(c, "case_step"));
        assertThat(cityBefore).doesNotContain(step);
        assertThat(writeCount(WEICHENG, "case_record", "update case_record set status = 'reviewed', sharing = 'up' "
                + "where id::text = ?", id)).isEqualTo(1);
        Set<String> cityAfter = asTenant(WEIFANG, c -> visibleIds(c, "case_step"));
        Set<String> sibling = asTenant(HANTING, c -> visibleIds(c, "case_step"));
        assertThat(cityAfter).as("the timeline goes where the case goes").contains(step);
        assertThat(sibling).doesNotContain(step);
        assertThat(writeCount(HANTING, "case_record", publish, id)).as("the sibling").isZero();
        assertThat(writeCount(WEIFANG, "case_record", "update case_record set title = 'x', status = 'published', "
                + "sharing = 'public' where id::text = ?", id)).as("refused by the guard").isEqualTo(-1);
        assertThat(writeCount(WEIFANG, "case_record", publish, id)).isEqualTo(1);
        Set<String> otherProvince = asTenant(ZHONGSHAN, c -> visibleIds(c, "case_step"));
        assertThat(otherProvince).as("published: everyone").contains(step);
        assertThat(writeCount(SHANDONG, "case_record", "update case_record set status = 'draft', sharing = 'private' "
                + "where id::text = ?", id)).as("a published case is changed by app.return_case only").isZero();
        assertThat(returnCase(HANTING, id)).as("the sibling returns nothing").isZero();
        assertThat(returnCase(WEICHENG, id)).as("the compiler withdraws by an update, not this").isZero();
        assertThat(returnCase(SHANDONG, id)).as("returned by the province").isEqualTo(1);
        assertThat(writeCount(WEIFANG, "case_record", publish, id)).as("a returned draft").isZero();
        assertThat(writeCount(WEIFANG, "case_step", "delete from case_step where id::text = ?", step)).isZero();
        // the matrix above counts rows by marker: this case is not one of its rows
        try (Connection owner = TestServices.ownerConnection(); var st = owner.prepareStatement(
                "delete from case_record where id::text = ?")) {
            st.setString(1, id);
            st.executeUpdate();
        }
    }

    /**
     * An expert account linked to its record (by the registering office, 山东省) reads its own invitations, its
     * own record although private, and a plan it accepted to review — never another expert's invitation; it
     * answers and records its work itself, and the office no longer answers for it (but still for an expert
     * without an account).
     */
    @Test
    void aLinkedExpertReadsItsOwnInvitationsAndNothingInternal() throws SQLException {
        // rows of their own (marked "roles-…"), not the matrix's: the matrix counts its rows by marker
        String marker = "roles-" + MARKER;
        String account = "expert-" + MARKER;
        String linked = asTenant(SHANDONG, c -> insert(c, "expert", SHANDONG, marker + "-linked", Sharing.private_));
        String unlinked = asTenant(SHANDONG, c -> insert(c, "expert", SHANDONG, marker + "-unlinked", Sharing.vertical));
        assertThat(writeCount(SHANDONG, "expert", "update expert set account_username = '" + account + "', "
                + "account_linked_by = 'test', account_linked_at = now() where id::text = ?", linked)).isEqualTo(1);
        String plan = asTenant(WEICHENG, c -> insert(c, "plan", WEICHENG, marker + "-invited-plan", Sharing.up));
        String mine = asTenant(WEICHENG, c -> invite(c, marker, linked, plan));
        String theirs = asTenant(WEICHENG, c -> invite(c, marker, unlinked, plan));

        SqlRead asExpert = sql -> asReader(SHANDONG, "expert", account, c -> codes(c, sql));
        assertThat(asExpert.ids("select id::text from expert_invocation where subject like '" + marker + "%'"))
                .containsExactly(mine);
        assertThat(asExpert.ids("select id::text from app.invocations_addressed()")).containsExactly(mine);
        assertThat(asExpert.ids("select id::text from expert where organization like '" + marker + "%'"))
                .as("its own record although private, and the shared pool").contains(linked, unlinked);
        assertThat(asExpert.ids("select id::text from plan where title like '" + marker + "-invited%'"))
                .as("not before it accepted").isEmpty();
        Set<String> somebodyElse = asReader(SHANDONG, "expert", "somebody-else", c -> codes(c,
                "select id::text from expert_invocation where subject like '" + marker + "%'"));
        assertThat(somebodyElse).isEmpty();

        assertThat(respond(SHANDONG, "office", "", mine)).as("the office no longer answers for it").isZero();
        assertThat(respond(SHANDONG, "expert", account, theirs)).as("nor the expert for another").isZero();
        assertThat(respond(SHANDONG, "office", "", theirs)).as("an expert without an account").isEqualTo(1);
        assertThat(respond(SHANDONG, "expert", account, mine)).isEqualTo(1);
        assertThat(asExpert.ids("select id::text from plan where title like '" + marker + "-invited%'"))
                .as("what it accepted to review").containsExactly(plan);
        Set<String> worked = asReader(SHANDONG, "expert", account, c -> codes(c, "select id::text from "
                + "app.record_own_invocation_work('" + mine + "'::uuid, 1, '评审意见')"));
        assertThat(worked).containsExactly(mine);
        try (Connection owner = TestServices.ownerConnection(); var st = owner.createStatement()) {
            st.executeUpdate("delete from expert_invocation where subject like '" + marker + "%'");
            st.executeUpdate("delete from plan where title like '" + marker + "%'");
            st.executeUpdate("delete from expert where organization like '" + marker + "%'");
        }
    }

    interface SqlRead {
        Set<String> ids(String sql) throws SQLException;
    }

    private static String invite(Connection c, String marker, String expert, String plan) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into expert_invocation (expert_id, expert_tenant_code, "
                + "purpose, plan_id, subject, requested_by) values (?::uuid, '370000', 'plan_review', ?::uuid, ?, 'test') "
                + "returning id::text")) {
            st.setString(1, expert);
            st.setString(2, plan);
            st.setString(3, marker + "-invitation");
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static int respond(TenantRef tenant, String readership, String username, String invocation)
            throws SQLException {
        return asReader(tenant, readership, username, c -> codes(c,
                "select id::text from app.respond_to_invocation('" + invocation + "'::uuid, true, '', 'test')").size());
    }

    @Test
    void auditTrailCannotBeRewritten() {
        String id = rows.get("audit_log").get(WEICHENG.code()).get(Sharing.up);
        assertThat(writeCount(WEICHENG, "audit_log", "update audit_log set action = 'x' where id::text = ?", id)).isEqualTo(-1);
        assertThat(writeCount(WEICHENG, "audit_log", "delete from audit_log where id::text = ?", id)).isEqualTo(-1);
    }

    // --- helpers -------------------------------------------------------------------------------------

    /** 退回 through app.return_case (V14) as {@code tenant}: the number of cases returned to draft. */
    static int returnCase(TenantRef tenant, String id) throws SQLException {
        return asTenant(tenant, c -> {
            try (PreparedStatement st = c.prepareStatement("select app.return_case(id, version, '退回') from case_record "
                    + "where id::text = ? union all select 0 limit 1")) {
                st.setString(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    static String insert(Connection c, String table, TenantRef owner, String marker, Sharing sharing)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement(TABLES.get(table).insertSql(table))) {
            st.setString(1, owner.code());
            st.setString(2, owner.path());
            st.setString(3, marker);
            st.setString(4, sharing.getLiteral());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    static Set<String> visibleIds(Connection c, String table) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select id::text from " + table + " where "
                + TABLES.get(table).markerColumn() + " like ?")) {
            st.setString(1, MARKER + "%");
            return collect(st);
        }
    }

    static Set<String> codes(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            return collect(st);
        }
    }

    private static Set<String> collect(PreparedStatement st) throws SQLException {
        Set<String> result = new HashSet<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }

    /** Rows changed, or -1 when the database refuses the statement outright (no privilege). */
    static int writeCount(TenantRef tenant, String table, String sql, String id) {
        try {
            return asTenant(tenant, c -> {
                try (PreparedStatement st = c.prepareStatement(sql)) {
                    st.setString(1, id);
                    return st.executeUpdate();
                }
            });
        } catch (SQLException e) {
            assertThat(e.getSQLState()).as("refused on " + table + ": " + e.getMessage()).isEqualTo("42501");
            return -1;
        }
    }
}
