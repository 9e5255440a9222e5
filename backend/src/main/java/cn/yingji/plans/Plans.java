package cn.yingji.plans;

import static cn.yingji.db.Tables.PLAN;
import static cn.yingji.db.Tables.PLAN_ATTACHMENT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.audit.AuditLog;
import cn.yingji.db.enums.PlanCategory;
import cn.yingji.db.enums.PlanStatus;
import cn.yingji.db.enums.Sharing;
import cn.yingji.db.tables.records.PlanRecord;
import cn.yingji.plans.PlanLifecycle.Action;
import cn.yingji.plans.PlanViews.IssueRequest;
import cn.yingji.plans.PlanViews.Page;
import cn.yingji.plans.PlanViews.Plan;
import cn.yingji.plans.PlanViews.PlanRequest;
import cn.yingji.platform.ApiException;
import cn.yingji.search.Outbox;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * Plan records: every write validates the lifecycle, bumps the row version (optimistic locking), and
 * writes its audit row and its outbox row in the same transaction.
 */
@Component
class Plans {

    static final String ENTITY = "plan";
    /** Up to this many visible rows the list sorts them rather than walking the updated_at index. */
    static final int SORTED_LIST_LIMIT = 10_000;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final TenantTx tx;
    private final AuditLog audit;
    private final Outbox outbox;

    Plans(TenantTx tx, AuditLog audit, Outbox outbox) {
        this.tx = tx;
        this.audit = audit;
        this.outbox = outbox;
    }

    Mono<Page<Plan>> list(Viewer viewer, String status, String category, String tenantCode, int page, int size) {
        Condition where = DSL.noCondition();
        if (status != null) {
            where = where.and(PLAN.STATUS.eq(status(status)));
        }
        if (category != null) {
            where = where.and(PLAN.CATEGORY.eq(category(category)));
        }
        if (tenantCode != null) {
            where = where.and(PLAN.TENANT_CODE.eq(tenantCode));
        }
        Condition filter = where;
        return tx.call(viewer, dsl -> {
            int total = dsl.fetchCount(PLAN, filter);
            return new Page<>(total, page, size, dsl.selectFrom(PLAN).where(filter)
                    .orderBy(newestFirst(total), PLAN.ID).limit(size).offset((long) page * size).fetch(Plans::view));
        });
    }

    /**
     * The list's order. When few rows are visible (a county, or a narrow filter) they are fetched through the
     * read policy's indexes and sorted; when many are (a province), walking {@code plan_updated_idx} finds a
     * page sooner. The planner cannot tell the two apart (the policy's tenant is a run-time setting), and
     * walking the index for a county reads most of the table; sorting by an expression keeps it off the
     * index. The threshold is where the two cost the same at two million plans (docs/benchmarks.md).
     */
    static org.jooq.SortField<?> newestFirst(int visible) {
        return visible <= SORTED_LIST_LIMIT
                ? DSL.field("{0} + interval '0 seconds'", OffsetDateTime.class, PLAN.UPDATED_AT).desc()
                : PLAN.UPDATED_AT.desc();
    }

    Mono<Plan> get(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> view(load(dsl, id)));
    }

    Mono<Plan> create(Viewer viewer, PlanRequest request) {
        PlanRecord fields = editable(request);
        return tx.call(viewer, dsl -> {
            PlanRecord row = dsl.insertInto(PLAN).set(fields).returning().fetchSingle();
            return written(dsl, viewer, "plan.create", null, row);
        });
    }

    Mono<Plan> update(Viewer viewer, UUID id, PlanRequest request) {
        if (request.version() == null) {
            return Mono.error(ApiException.badRequest("validation-failed", "更新时必须提供版本号 version"));
        }
        PlanRecord fields = editable(request);
        return tx.call(viewer, dsl -> {
            PlanRecord before = loadOwn(dsl, viewer, id);
            PlanLifecycle.check(before.getStatus(), Action.EDIT);
            PlanRecord after = versioned(dsl, id, request.version(), before, dsl.update(PLAN).set(fields));
            return written(dsl, viewer, "plan.update", before, after);
        });
    }

    /** The columns a compiler edits, validated; only these are written by create and update. */
    private static PlanRecord editable(PlanRequest request) {
        PlanRecord fields = new PlanRecord();
        fields.setTitle(request.title().strip());
        fields.setCategory(category(request.category()));
        fields.setEventTypes(EventTypes.validate(request.eventTypes()).toArray(String[]::new));
        fields.setOwnerUnitId(request.ownerUnitId());
        fields.setLeadUnitId(request.leadUnitId());
        fields.setDocNumber(blankToNull(request.docNumber()));
        fields.setIssuedOn(request.issuedOn());
        fields.setSummary(request.summary() == null ? "" : request.summary());
        return fields;
    }

    /** 印发: needs the 文号 and an issue date not in the future; the plan becomes visible to the tiers above. */
    Mono<Plan> issue(Viewer viewer, UUID id, IssueRequest request) {
        return tx.call(viewer, dsl -> {
            PlanRecord before = loadOwn(dsl, viewer, id);
            PlanLifecycle.check(before.getStatus(), Action.ISSUE);
            String docNumber = blankToNull(request.docNumber() != null ? request.docNumber() : before.getDocNumber());
            LocalDate issuedOn = request.issuedOn() != null ? request.issuedOn() : before.getIssuedOn();
            if (docNumber == null) {
                throw ApiException.badRequest("plan-doc-number-required", "印发预案必须填写文号");
            }
            if (issuedOn == null) {
                throw ApiException.badRequest("plan-issue-date-required", "印发预案必须填写印发日期");
            }
            if (issuedOn.isAfter(LocalDate.now(CHINA))) {
                throw ApiException.badRequest("plan-issue-date-in-future", "印发日期不能晚于今天");
            }
            PlanRecord after = versioned(dsl, id, request.version(), before, dsl.update(PLAN)
                    .set(PLAN.DOC_NUMBER, docNumber)
                    .set(PLAN.ISSUED_ON, issuedOn)
                    .set(PLAN.STATUS, PlanStatus.issued)
                    .set(PLAN.SHARING, before.getSharing() == Sharing.private_ ? Sharing.up : before.getSharing()));
            // the attachments follow the plan's sharing
            dsl.update(PLAN_ATTACHMENT).set(PLAN_ATTACHMENT.SHARING, after.getSharing())
                    .where(PLAN_ATTACHMENT.PLAN_ID.eq(id)).execute();
            return written(dsl, viewer, "plan.issue", before, after);
        });
    }

    Mono<Plan> abolish(Viewer viewer, UUID id, int version) {
        return tx.call(viewer, dsl -> {
            PlanRecord before = loadOwn(dsl, viewer, id);
            PlanLifecycle.check(before.getStatus(), Action.ABOLISH);
            PlanRecord after = versioned(dsl, id, version, before,
                    dsl.update(PLAN).set(PLAN.STATUS, PlanStatus.abolished));
            return written(dsl, viewer, "plan.abolish", before, after);
        });
    }

    private PlanRecord versioned(DSLContext dsl, UUID id, int expectedVersion, PlanRecord before,
            org.jooq.UpdateSetMoreStep<PlanRecord> update) {
        PlanRecord after = update
                .set(PLAN.VERSION, PLAN.VERSION.plus(1))
                .set(PLAN.UPDATED_AT, OffsetDateTime.now())
                .where(PLAN.ID.eq(id)).and(PLAN.VERSION.eq(expectedVersion))
                .returning().fetchOne();
        if (after == null) {
            throw ApiException.conflict("version-conflict",
                    "该预案已被他人修改（当前版本 " + before.getVersion() + "），请刷新后重试");
        }
        return after;
    }

    private Plan written(DSLContext dsl, Viewer viewer, String action, PlanRecord before, PlanRecord after) {
        Plan view = view(after);
        audit.record(dsl, viewer, action, ENTITY, after.getId(), before == null ? null : view(before), view);
        outbox.record(dsl, ENTITY, after.getId());
        return view;
    }

    private static PlanRecord load(DSLContext dsl, UUID id) {
        PlanRecord row = dsl.selectFrom(PLAN).where(PLAN.ID.eq(id)).fetchOne();
        if (row == null) {
            throw ApiException.notFound("plan-not-found", "未找到预案 " + id + "，或不在您的可见范围内");
        }
        return row;
    }

    /** Writes touch own plans only; a plan the viewer merely oversees is read-only to it. */
    private static PlanRecord loadOwn(DSLContext dsl, Viewer viewer, UUID id) {
        PlanRecord row = load(dsl, id);
        if (!row.getTenantCode().equals(viewer.tenant().code())) {
            throw ApiException.forbidden("not-owner", "只能修改本行政区划的预案");
        }
        return row;
    }

    static PlanCategory category(String literal) {
        PlanCategory category = literal == null ? null : PlanCategory.lookupLiteral(literal);
        if (category == null) {
            throw ApiException.badRequest("invalid-plan-category",
                    "预案类别无效，可选值：general、special、department、grassroots、enterprise、major_event、joint");
        }
        return category;
    }

    static PlanStatus status(String literal) {
        PlanStatus status = PlanStatus.lookupLiteral(literal);
        if (status == null) {
            throw ApiException.badRequest("invalid-plan-status",
                    "预案状态无效，可选值：draft、issued、submitted、filed、returned、abolished");
        }
        return status;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Plan view(PlanRecord r) {
        return new Plan(r.getId(), r.getTenantCode(), r.getSharing().getLiteral(), r.getSeriesId(), r.getVersionNo(),
                r.getPreviousVersionId(), r.getTitle(), r.getCategory().getLiteral(),
                Arrays.asList(r.getEventTypes()), r.getOwnerUnitId(), r.getLeadUnitId(), r.getDocNumber(),
                r.getIssuedOn(), r.getSummary(), r.getStatus().getLiteral(), PlanLifecycle.label(r.getStatus()),
                r.getVersion(), r.getCreatedAt(), r.getUpdatedAt());
    }
}
