package cn.yingji.cases;

import static cn.yingji.db.Tables.CASE_RECORD;
import static cn.yingji.db.Tables.CASE_STEP;
import static cn.yingji.db.Tables.DRILL;
import static cn.yingji.db.Tables.CORRECTIVE_ACTION;
import static cn.yingji.db.Tables.PLAN;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.cases.CaseViews.Case;
import cn.yingji.cases.CaseViews.CaseRequest;
import cn.yingji.cases.CaseViews.CaseRow;
import cn.yingji.cases.CaseViews.Losses;
import cn.yingji.cases.CaseViews.Named;
import cn.yingji.cases.CaseViews.Page;
import cn.yingji.cases.CaseViews.Place;
import cn.yingji.cases.CaseViews.Step;
import cn.yingji.cases.CaseWorkflow.Action;
import cn.yingji.cases.CaseWorkflow.Standing;
import cn.yingji.db.enums.CaseStatus;
import cn.yingji.db.tables.records.CaseRecordRecord;
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
 * 典型案例库: case records, their response timeline and links, and the publication workflow. Reads return what
 * row-level security shows (own cases, reviewed cases of the tenants below, published cases of everyone), cut to
 * published cases for viewers who neither compile nor review; writes touch the compiler's own drafts, and an upper
 * tier's reviewer only publishes or returns (policy {@code reviewer_update}, V14).
 */
@Component
public class Cases {

    static final String ENTITY = "case";
    /** 案例: versioned, with a search document of its own. */
    static final Versioned<CaseRecordRecord> TYPE = Versioned.indexed(ENTITY, "案例", CASE_RECORD, CASE_RECORD.ID,
            CASE_RECORD.VERSION, CASE_RECORD.UPDATED_AT);

    private final TenantTx tx;
    private final RecordWrites writes;

    Cases(TenantTx tx, RecordWrites writes) {
        this.tx = tx;
        this.writes = writes;
    }

    /** Filters of the case list; all optional. {@code scope}: own (compiled here) or all (everything readable). */
    record Filter(String status, String eventType, Integer year, String scope, int page, int size) {
    }

    Mono<Page<CaseRow>> list(Viewer viewer, Filter f) {
        Condition where = visible(viewer);
        if (f.status() != null && !f.status().isBlank()) {
            CaseStatus status = CaseStatus.lookupLiteral(f.status().strip());
            if (status == null) {
                throw ApiException.badRequest("invalid-case-status", "状态无效，可选值：draft、reviewed、published");
            }
            where = where.and(CASE_RECORD.STATUS.eq(status));
        }
        if (f.eventType() != null && !f.eventType().isBlank()) {
            where = where.and(CASE_RECORD.EVENT_TYPE.eq(f.eventType().strip()));
        }
        if (f.year() != null) {
            if (f.year() < 1900 || f.year() > 2100) {
                throw ApiException.badRequest("invalid-year", "年度无效：" + f.year());
            }
            where = where.and(CASE_RECORD.OCCURRED_ON.between(LocalDate.of(f.year(), 1, 1), LocalDate.of(f.year(), 12, 31)));
        }
        where = where.and(switch (f.scope() == null ? "all" : f.scope()) {
            case "own" -> CASE_RECORD.TENANT_CODE.eq(viewer.tenant().code());
            case "all" -> DSL.noCondition();
            default -> throw ApiException.badRequest("invalid-case-scope", "范围无效，可选值：own、all");
        });
        Condition filter = where;
        Field<String> tenantName = tenantName(CASE_RECORD.TENANT_CODE);
        return tx.call(viewer, dsl -> {
            long total = dsl.fetchCount(CASE_RECORD, filter);
            var rows = dsl.select(CASE_RECORD.fields()).select(tenantName).from(CASE_RECORD).where(filter)
                    .orderBy(CASE_RECORD.OCCURRED_ON.desc(), CASE_RECORD.ID)
                    .limit(f.size()).offset(f.page() * f.size())
                    .fetch(r -> {
                        CaseRecordRecord c = r.into(CASE_RECORD);
                        return new CaseRow(c.getId(), c.getTenantCode(), r.get(tenantName), c.getTitle(),
                                c.getEventType(), c.getSeverity().getLiteral(), CaseWorkflow.label(c.getSeverity()),
                                c.getPlaceName(), c.getPlaceProvince(), c.getPlaceCity(), c.getOccurredOn(),
                                c.getDeaths(), c.getStatus().getLiteral(), CaseWorkflow.label(c.getStatus()),
                                c.getTenantCode().equals(viewer.tenant().code()));
                    });
            return new Page<>(total, f.page(), f.size(), rows);
        });
    }

    Mono<Case> get(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> view(dsl, viewer, load(dsl, viewer, id)));
    }

    Mono<Case> create(Viewer viewer, CaseRequest request) {
        return tx.call(viewer, dsl -> view(dsl, viewer, load(dsl, viewer, draft(dsl, viewer, request))));
    }

    /**
     * A draft case of the viewer's tenant (the case library's 草稿), in the caller's transaction: how another area
     * of work turns its record into a case (a closed event). Returns its id.
     */
    public UUID draft(DSLContext dsl, Viewer viewer, CaseRequest request) {
        CaseRecordRecord fields = editable(dsl, request);
        fields.setCreatedBy(viewer.displayName());
        CaseRecordRecord row = dsl.insertInto(CASE_RECORD).set(fields).returning().fetchSingle();
        writeTimeline(dsl, row.getId(), request.timeline());
        written(dsl, viewer, "case.create", null, row);
        return row.getId();
    }

    Mono<Case> update(Viewer viewer, UUID id, CaseRequest request) {
        if (request.version() == null) {
            return Mono.error(ApiException.badRequest("validation-failed", "更新时必须提供版本号 version"));
        }
        return tx.call(viewer, dsl -> {
            CaseRecordRecord before = loadOwn(dsl, viewer, id);
            CaseWorkflow.checkEditable(before.getStatus());
            Case beforeView = view(dsl, viewer, before);
            CaseRecordRecord fields = editable(dsl, request);
            CaseRecordRecord after = writes.update(dsl, TYPE, before, request.version(), dsl.update(CASE_RECORD).set(fields));
            dsl.deleteFrom(CASE_STEP).where(CASE_STEP.CASE_ID.eq(id)).execute();
            writeTimeline(dsl, id, request.timeline());
            Case view = view(dsl, viewer, after);
            writes.written(dsl, viewer, TYPE, "case.update", id, beforeView, view);
            return view;
        });
    }

    /** A workflow step (审核、发布、撤回/退回) by the actor the rules of {@link CaseWorkflow} allow. */
    Mono<Case> transition(Viewer viewer, UUID id, Action action, int version, String note, boolean classic) {
        return tx.call(viewer, dsl -> {
            CaseRecordRecord before = load(dsl, viewer, id);
            CaseStatus next = CaseWorkflow.next(before.getStatus(), action, standing(viewer, before), viewer.roles());
            Case beforeView = view(dsl, viewer, before);
            OffsetDateTime now = OffsetDateTime.now();
            CaseRecordRecord after = before.copy();
            after.setId(id);
            after.setCreatedAt(before.getCreatedAt());
            after.setStatus(next);
            after.setSharing(CaseWorkflow.sharing(next));
            after.setVersion(before.getVersion() + 1);
            after.setUpdatedAt(now);
            switch (action) {
                case REVIEW -> {
                    after.setReviewedBy(viewer.displayName());
                    after.setReviewedAt(now);
                    after.setReviewNote(null);
                }
                case PUBLISH -> {
                    after.setPublishedBy(viewer.displayName() + "（" + viewer.tenant().name() + "）");
                    after.setPublishedAt(now);
                    after.setClassic(classic);
                }
                case WITHDRAW -> {
                    after.setReviewNote(blankToNull(note));
                    after.setPublishedBy(null);
                    after.setPublishedAt(null);
                    after.setClassic(false);
                }
            }
            if (action == Action.WITHDRAW && standing(viewer, before) == Standing.ABOVE) {
                // 退回 by a tier above: the returned draft leaves its sight (V14, app.return_case)
                if (dsl.select(DSL.field("app.return_case({0}, {1}, {2})", Integer.class, DSL.val(id),
                        DSL.val(version), DSL.val(after.getReviewNote()))).fetchSingle().value1() == 0) {
                    throw writes.conflict(TYPE, before);
                }
            } else {
                writes.update(dsl, TYPE, before, version, dsl.update(CASE_RECORD)
                        .set(CASE_RECORD.STATUS, after.getStatus())
                        .set(CASE_RECORD.SHARING, after.getSharing())
                        .set(CASE_RECORD.REVIEWED_BY, after.getReviewedBy())
                        .set(CASE_RECORD.REVIEWED_AT, after.getReviewedAt())
                        .set(CASE_RECORD.REVIEW_NOTE, after.getReviewNote())
                        .set(CASE_RECORD.PUBLISHED_BY, after.getPublishedBy())
                        .set(CASE_RECORD.PUBLISHED_AT, after.getPublishedAt())
                        .set(CASE_RECORD.CLASSIC, after.getClassic()));
            }
            Case view = view(dsl, viewer, after, beforeView.timeline());
            writes.written(dsl, viewer, TYPE, "case." + action.name().toLowerCase(), id, beforeView, view);
            return view;
        });
    }

    /** The columns a compiler writes, validated: type, severity, place, dates, losses and links. */
    private static CaseRecordRecord editable(DSLContext dsl, CaseRequest request) {
        CaseRecordRecord r = new CaseRecordRecord();
        r.setTitle(request.title().strip());
        if (!EventTypes.isKnown(request.eventType().strip())) {
            throw ApiException.badRequest("invalid-event-type", "未知的事件类型：" + request.eventType());
        }
        r.setEventType(request.eventType().strip());
        r.setSeverity(CaseWorkflow.severity(request.severity()));
        if (request.occurredOn().isAfter(China.today())) {
            throw ApiException.badRequest("case-date-in-future", "发生日期不能晚于今天");
        }
        r.setOccurredOn(request.occurredOn());
        Place place = CasePlaces.resolve(dsl, request.placeCode().strip());
        r.setPlaceCode(place.code());
        r.setPlaceName(place.name());
        r.setPlaceProvince(place.province());
        r.setPlaceCity(place.city());
        r.setPlaceText(orEmpty(request.placeText()));
        for (Integer n : Arrays.asList(request.deaths(), request.injuries(), request.missing(), request.affected())) {
            if (n != null && n < 0) {
                throw ApiException.badRequest("case-losses-invalid", "伤亡和受灾人数不能为负数");
            }
        }
        if (request.directLoss() != null && (request.directLoss().signum() < 0 || request.directLoss().precision()
                - request.directLoss().scale() > 12)) {
            throw ApiException.badRequest("case-losses-invalid", "直接经济损失（万元）须为非负数");
        }
        r.setDeaths(request.deaths());
        r.setInjuries(request.injuries());
        r.setMissing(request.missing());
        r.setAffected(request.affected());
        r.setDirectLoss(request.directLoss());
        r.setLossesNote(orEmpty(request.lossesNote()));
        r.setSummary(orEmpty(request.summary()));
        r.setWhatWorked(orEmpty(request.whatWorked()));
        r.setProblems(orEmpty(request.problems()));
        r.setLessons(orEmpty(request.lessons()));
        r.setSource(orEmpty(request.source()));
        List<Map<String, String>> invalid = new ArrayList<>();
        r.setPlanIds(links(dsl, "planIds", PLAN.ID, request.planIds(), invalid));
        r.setDrillIds(links(dsl, "drillIds", DRILL.ID, request.drillIds(), invalid));
        r.setActionIds(links(dsl, "actionIds", CORRECTIVE_ACTION.ID, request.actionIds(), invalid));
        if (!invalid.isEmpty()) {
            throw ApiException.invalid("case-link-invalid", "关联的预案、演练或整改措施不存在，或不在您的可见范围内", invalid);
        }
        return r;
    }

    /** The linked ids, each of which must be a row the author reads under row-level security. */
    private static UUID[] links(DSLContext dsl, String field, TableField<?, UUID> id, List<UUID> ids,
            List<Map<String, String>> invalid) {
        List<UUID> wanted = ids == null ? List.of() : ids.stream().distinct().toList();
        if (wanted.isEmpty()) {
            return new UUID[0];
        }
        var visible = dsl.select(id).from(id.getTable()).where(id.in(wanted)).fetchSet(id);
        wanted.stream().filter(u -> !visible.contains(u))
                .forEach(u -> invalid.add(Map.of("field", field, "id", u.toString(), "message", "不存在或不可见")));
        return wanted.toArray(UUID[]::new);
    }

    private static void writeTimeline(DSLContext dsl, UUID caseId, List<Step> timeline) {
        if (timeline == null || timeline.isEmpty()) {
            return;
        }
        List<Step> ordered = timeline.stream().sorted(java.util.Comparator.comparing(Step::at)).toList();
        var insert = dsl.insertInto(CASE_STEP, CASE_STEP.CASE_ID, CASE_STEP.POSITION, CASE_STEP.AT, CASE_STEP.DESCRIPTION);
        for (int i = 0; i < ordered.size(); i++) {
            insert = insert.values(caseId, i, ordered.get(i).at(), ordered.get(i).description().strip());
        }
        insert.execute();
    }

    private Case written(DSLContext dsl, Viewer viewer, String action, Case before, CaseRecordRecord after) {
        Case view = view(dsl, viewer, after);
        writes.written(dsl, viewer, TYPE, action, after.getId(), before, view);
        return view;
    }

    /** What the viewer may read: row-level security, and for experts and administrators published cases only. */
    static Condition visible(Viewer viewer) {
        return CaseWorkflow.publishedOnly(viewer.roles()) ? CASE_RECORD.STATUS.eq(CaseStatus.published)
                : DSL.noCondition();
    }

    static CaseRecordRecord load(DSLContext dsl, Viewer viewer, UUID id) {
        return TenantRows.load(dsl, CASE_RECORD, CASE_RECORD.ID, id, visible(viewer), "case-not-found", "案例");
    }

    static CaseRecordRecord loadOwn(DSLContext dsl, Viewer viewer, UUID id) {
        return TenantRows.own(viewer, load(dsl, viewer, id), "只有编制案例的地区可以修改该案例");
    }

    static Standing standing(Viewer viewer, CaseRecordRecord c) {
        String path = c.getTenantPath().data();
        String mine = viewer.tenant().path();
        return path.equals(mine) ? Standing.OWNER : path.startsWith(mine + ".") ? Standing.ABOVE : Standing.OTHER;
    }

    private Case view(DSLContext dsl, Viewer viewer, CaseRecordRecord c) {
        List<Step> timeline = dsl.select(CASE_STEP.AT, CASE_STEP.DESCRIPTION).from(CASE_STEP)
                .where(CASE_STEP.CASE_ID.eq(c.getId())).orderBy(CASE_STEP.POSITION)
                .fetch(r -> new Step(r.value1(), r.value2()));
        return view(dsl, viewer, c, timeline);
    }

    private Case view(DSLContext dsl, Viewer viewer, CaseRecordRecord c, List<Step> timeline) {
        Standing standing = standing(viewer, c);
        var roles = viewer.roles();
        boolean canEdit = standing == Standing.OWNER && c.getStatus() == CaseStatus.draft
                && roles.stream().anyMatch(CaseWorkflow.OFFICERS::contains);
        return new Case(c.getId(), c.getTenantCode(), CasePlaces.name(dsl, c.getTenantCode()),
                c.getSharing().getLiteral(), c.getStatus().getLiteral(), CaseWorkflow.label(c.getStatus()), c.getTitle(),
                c.getEventType(), c.getSeverity().getLiteral(), CaseWorkflow.label(c.getSeverity()),
                new Place(c.getPlaceCode(), c.getPlaceName(), c.getPlaceProvince(), c.getPlaceCity(), c.getPlaceText()),
                c.getOccurredOn(), new Losses(c.getDeaths(), c.getInjuries(), c.getMissing(), c.getAffected(),
                        c.getDirectLoss(), c.getLossesNote()),
                c.getSummary(), c.getWhatWorked(), c.getProblems(), c.getLessons(), c.getSource(), timeline,
                named(dsl, c.getPlanIds(), PLAN.ID, PLAN.TITLE),
                named(dsl, c.getDrillIds(), DRILL.ID, DRILL.TITLE),
                named(dsl, c.getActionIds(), CORRECTIVE_ACTION.ID, CORRECTIVE_ACTION.DESCRIPTION),
                c.getReviewedBy(), c.getReviewedAt(), c.getPublishedBy(), c.getPublishedAt(), c.getReviewNote(),
                c.getClassic(), c.getCreatedBy(), standing == Standing.OWNER, canEdit,
                CaseWorkflow.allows(c.getStatus(), Action.PUBLISH, standing, roles),
                CaseWorkflow.allows(c.getStatus(), Action.WITHDRAW, standing, roles),
                c.getVersion(), c.getCreatedAt(), c.getUpdatedAt());
    }

    /** Linked records with their names as far as the viewer may read them (none otherwise). */
    private static List<Named> named(DSLContext dsl, UUID[] ids, TableField<?, UUID> id, TableField<?, String> name) {
        if (ids.length == 0) {
            return List.of();
        }
        Map<UUID, String> names = dsl.select(id, name).from(id.getTable()).where(id.in(ids)).fetchMap(id, name);
        return Arrays.stream(ids).map(u -> new Named(u.toString(), names.get(u))).toList();
    }

    private static Field<String> tenantName(Field<String> code) {
        return DSL.field("(select t.name from app.resolve_tenant({0}) t)", String.class, code);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
