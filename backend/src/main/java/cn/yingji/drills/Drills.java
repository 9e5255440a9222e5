package cn.yingji.drills;

import static cn.yingji.db.Tables.DRILL;
import static cn.yingji.db.Tables.ORG_UNIT;
import static cn.yingji.db.Tables.PLAN;
import static cn.yingji.db.Tables.TENANT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.db.enums.DrillStatus;
import cn.yingji.db.enums.PlanStatus;
import cn.yingji.db.enums.Sharing;
import cn.yingji.db.tables.records.DrillRecord;
import cn.yingji.drills.DrillViews.Drill;
import cn.yingji.drills.DrillViews.DrillRequest;
import cn.yingji.drills.DrillViews.DrillRow;
import cn.yingji.drills.DrillViews.Evaluation;
import cn.yingji.drills.DrillViews.EvaluationRequest;
import cn.yingji.drills.DrillViews.Named;
import cn.yingji.drills.DrillViews.Page;
import cn.yingji.plans.EventTypes;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.China;
import cn.yingji.records.RecordWrites;
import cn.yingji.records.Versioned;
import cn.yingji.tenancy.TenantRows;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 应急演练: the annual drill plan and the drill records of a tenant, with their evaluation. Reads return what
 * row-level security shows: own drills, the drills of the tenants below (shared up), and joint drills the
 * viewer's region takes part in; writes touch the organizer's own drills only.
 */
@Component
class Drills {

    static final String ENTITY = "drill";
    /** 演练: versioned, with a search document of its own. */
    static final Versioned<DrillRecord> TYPE = Versioned.indexed(ENTITY, "演练", DRILL, DRILL.ID, DRILL.VERSION,
            DRILL.UPDATED_AT);
    /** Up to this many visible drills the list sorts them rather than walking the date index. */
    static final int SORTED_LIST_LIMIT = 10_000;

    private final TenantTx tx;
    private final RecordWrites writes;
    private final CorrectiveActions actions;
    private final DrillObligations obligations;

    Drills(TenantTx tx, RecordWrites writes, CorrectiveActions actions, DrillObligations obligations) {
        this.tx = tx;
        this.writes = writes;
        this.actions = actions;
        this.obligations = obligations;
    }

    /** Filters of the drill list; all optional. {@code scope}: own (organized here), joint (taking part), all. */
    record Filter(Integer year, String status, String form, String scope, int page, int size) {
    }

    Mono<Page<DrillRow>> list(Viewer viewer, Filter f) {
        Condition where = DSL.noCondition();
        if (f.year() != null && (f.year() < 2000 || f.year() > 2100)) {
            throw ApiException.badRequest("invalid-year", "年度无效：" + f.year());
        }
        if (f.year() != null) {
            // a range of the stored drill date, which drill_date_idx can answer (V13). The dates are inlined: with
            // bind values PostgreSQL switches to a generic plan after five runs, and the generic plan walks the
            // whole year of the index for a county that sees a few hundred of its drills
            where = where.and(DRILL.DRILL_ON.between(DSL.inline(LocalDate.of(f.year(), 1, 1)),
                    DSL.inline(LocalDate.of(f.year(), 12, 31))));
        }
        if (f.status() != null && !f.status().isBlank()) {
            where = where.and(DRILL.STATUS.eq(DrillLifecycle.status(f.status())));
        }
        if (f.form() != null && !f.form().isBlank()) {
            where = where.and(DRILL.FORM.eq(DrillLifecycle.form(f.form())));
        }
        String me = viewer.tenant().code();
        where = where.and(switch (f.scope() == null ? "all" : f.scope()) {
            case "own" -> DRILL.TENANT_CODE.eq(me);
            case "joint" -> participates(me);
            case "all" -> DSL.noCondition();
            default -> throw ApiException.badRequest("invalid-drill-scope", "范围无效，可选值：own、joint、all");
        });
        Condition filter = where;
        // the names of the regions taking part, as far as the viewer may see them (a county sees no sibling)
        var participantNames = DSL.field("(select coalesce(array_agg(t.name order by t.code), '{}') from tenant t "
                + "where t.code = any({0}))", String[].class, DRILL.PARTICIPANT_CODES);
        return tx.call(viewer, dsl -> {
            long total = dsl.fetchCount(DRILL, filter);
            var rows = dsl.select(DRILL.fields()).select(TENANT.NAME, ORG_UNIT.NAME, participantNames)
                    .from(DRILL)
                    .join(TENANT).on(TENANT.CODE.eq(DRILL.TENANT_CODE))
                    // the organizer's unit as far as the viewer may read it (a city's units are not shared down)
                    .leftJoin(ORG_UNIT).on(ORG_UNIT.ID.eq(DRILL.ORGANIZER_UNIT_ID))
                    .where(filter)
                    .orderBy(newestFirst(total), DRILL.ID)
                    .limit(f.size()).offset(f.page() * f.size())
                    .fetch(r -> {
                        DrillRecord d = r.into(DRILL);
                        return new DrillRow(d.getId(), d.getTenantCode(), r.get(TENANT.NAME), d.getTitle(),
                                d.getForm().getLiteral(), DrillLifecycle.label(d.getForm()), d.getStatus().getLiteral(),
                                DrillLifecycle.label(d.getStatus()), d.getPlanYear(), d.getPlannedOn(), d.getHeldOn(),
                                r.get(ORG_UNIT.NAME), Arrays.asList(d.getParticipantCodes()),
                                Arrays.asList(r.get(participantNames)), d.getRating() != null,
                                d.getTenantCode().equals(me));
                    });
            return new Page<>(total, f.page(), f.size(), rows);
        });
    }

    /**
     * The list's order, newest drill first (drill_on: held, or else planned). A page of a few visible drills is
     * sorted; a page of many is read in
     * the order of {@code drill_date_idx} (V13), which stops after the first visible rows. Walking the index for
     * few visible drills (a county, a year) reads most of the table, so the sort uses an expression the index
     * does not match. The planner cannot tell the two cases apart (the tenant is a run-time setting); the count
     * the list makes first can. The threshold is the plans list's (Plans.SORTED_LIST_LIMIT, docs/benchmarks.md).
     */
    static org.jooq.SortField<LocalDate> newestFirst(long visible) {
        return visible <= SORTED_LIST_LIMIT ? DSL.field("{0} + 0", LocalDate.class, DRILL.DRILL_ON).desc()
                : DRILL.DRILL_ON.desc();
    }

    static Condition participates(String tenantCode) {
        return DSL.condition("{0} @> array[{1}]::text[]", DRILL.PARTICIPANT_CODES, DSL.val(tenantCode));
    }

    Mono<Drill> get(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> view(dsl, viewer, load(dsl, id)));
    }

    Mono<Drill> create(Viewer viewer, DrillRequest request) {
        return tx.call(viewer, dsl -> {
            DrillRecord fields = editable(dsl, viewer, request, null);
            fields.setCreatedBy(viewer.displayName());
            DrillRecord row = dsl.insertInto(DRILL).set(fields).returning().fetchSingle();
            drillsDue(dsl, null, row);
            return written(dsl, viewer, "drill.create", null, row);
        });
    }

    Mono<Drill> update(Viewer viewer, UUID id, DrillRequest request) {
        if (request.version() == null) {
            return Mono.error(ApiException.badRequest("validation-failed", "更新时必须提供版本号 version"));
        }
        return tx.call(viewer, dsl -> {
            DrillRecord before = loadOwn(dsl, viewer, id);
            DrillRecord fields = editable(dsl, viewer, request, before.getStatus());
            if (fields.getStatus() != DrillStatus.held && before.getRating() != null) {
                throw ApiException.conflict("drill-evaluated", "演练已评估，不能改回未举办状态");
            }
            if (!Arrays.equals(fields.getParticipantCodes(), before.getParticipantCodes())) {
                actions.checkAssigneesRemain(dsl, id, List.of(fields.getParticipantCodes()), viewer.tenant().code());
            }
            DrillRecord after = writes.update(dsl, TYPE, before, request.version(), dsl.update(DRILL).set(fields)
                    .set(DRILL.UPDATED_AT, OffsetDateTime.now()));
            drillsDue(dsl, before, after);
            return written(dsl, viewer, "drill.update", before, after);
        });
    }

    /** 演练评估: only a held drill, by its organizer; the evaluation can be corrected later. */
    Mono<Drill> evaluate(Viewer viewer, UUID id, EvaluationRequest request) {
        var rating = DrillLifecycle.rating(request.rating());
        return tx.call(viewer, dsl -> {
            DrillRecord before = loadOwn(dsl, viewer, id);
            DrillLifecycle.checkEvaluable(before.getStatus());
            if (request.evaluatedOn().isBefore(before.getHeldOn()) || request.evaluatedOn().isAfter(China.today())) {
                throw ApiException.badRequest("drill-evaluation-date-invalid",
                        "评估日期须在演练举办日期 " + before.getHeldOn() + " 与今天之间");
            }
            DrillRecord after = writes.update(dsl, TYPE, before, request.version(), dsl.update(DRILL)
                    .set(DRILL.RATING, rating)
                    .set(DRILL.STRENGTHS, request.strengths() == null ? "" : request.strengths().strip())
                    .set(DRILL.PROBLEMS, request.problems().strip())
                    .set(DRILL.EVALUATED_BY, blankToNull(request.evaluatedBy()))
                    .set(DRILL.EVALUATED_ON, request.evaluatedOn())
                    .set(DRILL.UPDATED_AT, OffsetDateTime.now()));
            return written(dsl, viewer, "drill.evaluate", before, after);
        });
    }

    /** The columns an organizer edits, validated against the viewer's own tenant and what it may see. */
    private static DrillRecord editable(DSLContext dsl, Viewer viewer, DrillRequest request, DrillStatus from) {
        DrillRecord r = new DrillRecord();
        var status = DrillLifecycle.status(request.status());
        DrillLifecycle.check(from, status, request.plannedOn(), request.heldOn(), China.today());
        r.setTitle(request.title().strip());
        r.setForm(DrillLifecycle.form(request.form()));
        r.setStatus(status);
        LocalDate planDate = request.plannedOn();
        Integer planYear = request.planYear() != null ? request.planYear() : planDate == null ? null : planDate.getYear();
        if (planYear != null && (planYear < 2000 || planYear > 2100)) {
            throw ApiException.badRequest("drill-plan-year-invalid", "计划年度无效：" + planYear);
        }
        r.setPlanYear(planYear);
        r.setPlannedOn(planDate);
        r.setHeldOn(request.heldOn());
        r.setScenario(request.scenario() == null ? "" : request.scenario().strip());
        r.setEventTypes(EventTypes.validate(request.eventTypes()).toArray(String[]::new));
        r.setSummary(request.summary() == null ? "" : request.summary().strip());
        if (request.participantCount() != null && request.participantCount() < 0) {
            throw ApiException.badRequest("drill-participant-count-invalid", "参演人数不能为负数");
        }
        r.setParticipantCount(request.participantCount());
        r.setSharing(sharing(request.sharing()));
        String me = viewer.tenant().code();
        List<UUID> units = new ArrayList<>(new LinkedHashSet<>(request.participatingUnitIds() == null
                ? List.of() : request.participatingUnitIds()));
        List<UUID> ownUnits = new ArrayList<>(units);
        ownUnits.add(request.organizerUnitId());
        int found = dsl.fetchCount(ORG_UNIT, ORG_UNIT.ID.in(ownUnits).and(ORG_UNIT.TENANT_CODE.eq(me)));
        if (found != new LinkedHashSet<>(ownUnits).size()) {
            throw ApiException.badRequest("drill-unit-invalid", "组织单位和参演单位须为本地区的组织单位");
        }
        r.setOrganizerUnitId(request.organizerUnitId());
        r.setParticipatingUnitIds(units.toArray(UUID[]::new));
        List<String> codes = request.participantCodes() == null ? List.of()
                : request.participantCodes().stream().map(String::strip).distinct().toList();
        if (!codes.isEmpty()) {
            var below = dsl.select(TENANT.CODE).from(TENANT).where(TENANT.CODE.in(codes))
                    .and(DSL.condition("{0} <@ {1}::ltree", TENANT.PATH, viewer.tenant().path()))
                    .and(TENANT.CODE.ne(me)).fetchSet(TENANT.CODE);
            for (String code : codes) {
                if (!below.contains(code)) {
                    throw ApiException.badRequest("drill-participant-outside-subtree",
                            "参演地区 " + code + " 不在本地区管辖范围内：联合演练只能邀请下级行政区划参加");
                }
            }
        }
        r.setParticipantCodes(codes.toArray(String[]::new));
        List<UUID> plans = request.planIds() == null ? List.of() : request.planIds().stream().distinct().toList();
        if (!plans.isEmpty()) {
            int visible = dsl.fetchCount(PLAN, PLAN.ID.in(plans).and(PLAN.STATUS.ne(PlanStatus.draft)));
            if (visible != plans.size()) {
                throw ApiException.badRequest("drill-plan-invalid", "关联预案须为已印发且在您可见范围内的预案");
            }
        }
        r.setPlanIds(plans.toArray(UUID[]::new));
        return r;
    }

    /** 共享范围: up (上级可见, the default) or vertical (also published to the tiers below). */
    private static Sharing sharing(String literal) {
        if (literal == null || literal.isBlank()) {
            return Sharing.up;
        }
        Sharing sharing = Sharing.lookupLiteral(literal);
        if (sharing != Sharing.up && sharing != Sharing.vertical) {
            throw ApiException.badRequest("invalid-sharing", "演练的共享范围只能是 up（上级可见）或 vertical（上下级可见）");
        }
        return sharing;
    }

    /**
     * 预案演练, 单位演练: once a drill is (or was) held, what it fulfils is done and owed again from the day it was
     * held — for its plans and units before and after the change (an evaluation changes none of them).
     */
    private void drillsDue(DSLContext dsl, DrillRecord before, DrillRecord after) {
        if (after.getStatus() != DrillStatus.held && (before == null || before.getStatus() != DrillStatus.held)) {
            return;
        }
        Set<UUID> plans = new HashSet<>(Arrays.asList(after.getPlanIds()));
        Set<UUID> units = new HashSet<>(Arrays.asList(after.getParticipatingUnitIds()));
        units.add(after.getOrganizerUnitId());
        Set<String> regions = new HashSet<>(Arrays.asList(after.getParticipantCodes()));
        if (before != null) {
            plans.addAll(Arrays.asList(before.getPlanIds()));
            units.addAll(Arrays.asList(before.getParticipatingUnitIds()));
            regions.addAll(Arrays.asList(before.getParticipantCodes()));
        }
        obligations.afterHeld(dsl, after.getTenantCode(), regions, plans, units);
    }

    private Drill written(DSLContext dsl, Viewer viewer, String action, DrillRecord before, DrillRecord after) {
        Drill view = view(dsl, viewer, after);
        writes.written(dsl, viewer, TYPE, action, after.getId(), before == null ? null : view(dsl, viewer, before), view);
        return view;
    }

    static DrillRecord load(DSLContext dsl, UUID id) {
        return TenantRows.load(dsl, DRILL, DRILL.ID, id, "drill-not-found", "演练");
    }

    static DrillRecord loadOwn(DSLContext dsl, Viewer viewer, UUID id) {
        return TenantRows.own(viewer, load(dsl, id), "只有组织演练的地区可以修改该演练");
    }

    private Drill view(DSLContext dsl, Viewer viewer, DrillRecord d) {
        Map<String, String> tenants = dsl.select(TENANT.CODE, TENANT.NAME).from(TENANT)
                .where(TENANT.CODE.in(concat(d.getTenantCode(), d.getParticipantCodes())))
                .fetchMap(TENANT.CODE, TENANT.NAME);
        Map<UUID, String> units = dsl.select(ORG_UNIT.ID, ORG_UNIT.NAME).from(ORG_UNIT)
                .where(ORG_UNIT.ID.in(concat(d.getOrganizerUnitId(), d.getParticipatingUnitIds())))
                .fetchMap(ORG_UNIT.ID, ORG_UNIT.NAME);
        Map<UUID, String> plans = d.getPlanIds().length == 0 ? Map.of()
                : dsl.select(PLAN.ID, PLAN.TITLE).from(PLAN).where(PLAN.ID.in(d.getPlanIds())).fetchMap(PLAN.ID, PLAN.TITLE);
        Evaluation evaluation = d.getRating() == null ? null : new Evaluation(d.getRating().getLiteral(),
                DrillLifecycle.label(d.getRating()), d.getStrengths(), d.getProblems(), d.getEvaluatedBy(),
                d.getEvaluatedOn());
        return new Drill(d.getId(), d.getTenantCode(), tenants.get(d.getTenantCode()), d.getSharing().getLiteral(),
                d.getTitle(), d.getForm().getLiteral(), DrillLifecycle.label(d.getForm()), d.getStatus().getLiteral(),
                DrillLifecycle.label(d.getStatus()), d.getPlanYear(), d.getPlannedOn(), d.getHeldOn(), d.getScenario(),
                List.of(d.getEventTypes()), d.getOrganizerUnitId(), units.get(d.getOrganizerUnitId()),
                Arrays.stream(d.getParticipatingUnitIds()).map(u -> new Named(u.toString(), units.get(u))).toList(),
                Arrays.stream(d.getParticipantCodes()).map(c -> new Named(c, tenants.get(c))).toList(),
                d.getParticipantCount(),
                // a linked plan the viewer may not read is shown without its title
                Arrays.stream(d.getPlanIds()).map(p -> new Named(p.toString(), plans.get(p))).toList(),
                d.getSummary(), evaluation, d.getTenantCode().equals(viewer.tenant().code()), d.getVersion(),
                d.getCreatedAt(), d.getUpdatedAt(),
                actions.ofDrill(dsl, viewer, d.getId()));
    }

    @SafeVarargs
    private static <T> List<T> concat(T first, T... rest) {
        List<T> all = new ArrayList<>(List.of(rest));
        all.add(first);
        return all;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
