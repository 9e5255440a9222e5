package cn.yingji.plans;

import static cn.yingji.db.Tables.PLAN;
import static cn.yingji.db.Tables.PLAN_ALIGNMENT;
import static cn.yingji.db.Tables.TENANT;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.records.RecordWrites;
import cn.yingji.db.enums.PlanStatus;
import cn.yingji.db.tables.records.PlanAlignmentRecord;
import cn.yingji.db.tables.records.PlanRecord;
import cn.yingji.plans.PlanViews.AlignedPlan;
import cn.yingji.plans.PlanViews.Alignment;
import cn.yingji.platform.ApiException;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 上下级衔接: links of a plan to the plans of the tiers above, checked against their newest issued version; the upper
 * tier sees which plans below are aligned with it and which lag behind.
 */
@Component
class PlanAlignments {

    private final TenantTx tx;
    private final RecordWrites writes;

    PlanAlignments(TenantTx tx, RecordWrites writes) {
        this.tx = tx;
        this.writes = writes;
    }

    /**
     * 上下级衔接: links the viewer's plan to a plan of a tier above that the viewer may see, checked against
     * its newest issued version.
     */
    Mono<Alignment> align(Viewer viewer, UUID id, UUID upperPlanId) {
        return tx.call(viewer, dsl -> {
            PlanRecord plan = Plans.loadOwn(dsl, viewer, id);
            if (plan.getStatus() == PlanStatus.superseded || plan.getStatus() == PlanStatus.abolished) {
                throw ApiException.conflict("plan-illegal-transition",
                        "预案当前状态为「" + PlanLifecycle.label(plan.getStatus()) + "」，不能登记衔接");
            }
            PlanRecord upper = dsl.selectFrom(PLAN).where(PLAN.ID.eq(upperPlanId)).fetchOne();
            if (upper == null) {
                throw ApiException.notFound("upper-plan-not-found", "未找到上级预案 " + upperPlanId + "，或不在您的可见范围内");
            }
            String upperPath = upper.getTenantPath().data();
            if (!viewer.tenant().path().startsWith(upperPath + ".")) {
                throw ApiException.badRequest("upper-plan-not-above", "衔接的预案必须是上级行政区划的预案");
            }
            if (upper.getStatus() == PlanStatus.draft) {
                throw ApiException.badRequest("upper-plan-not-issued", "只能与已印发的上级预案衔接");
            }
            if (dsl.fetchExists(PLAN_ALIGNMENT, PLAN_ALIGNMENT.PLAN_ID.eq(id)
                    .and(PLAN_ALIGNMENT.UPPER_SERIES_ID.eq(upper.getSeriesId())))) {
                throw ApiException.conflict("alignment-exists", "已登记与该上级预案的衔接");
            }
            PlanAlignmentRecord link = dsl.insertInto(PLAN_ALIGNMENT)
                    .set(PLAN_ALIGNMENT.PLAN_ID, id)
                    .set(PLAN_ALIGNMENT.UPPER_SERIES_ID, upper.getSeriesId())
                    .set(PLAN_ALIGNMENT.UPPER_TENANT_CODE, upper.getTenantCode())
                    .set(PLAN_ALIGNMENT.ALIGNED_VERSION_NO, latestIssued(dsl, upper.getSeriesId()))
                    .set(PLAN_ALIGNMENT.CONFIRMED_BY, viewer.displayName())
                    .returning().fetchSingle();
            Alignment view = alignments(dsl, PLAN_ALIGNMENT.ID.eq(link.getId())).getFirst();
            writes.written(dsl, viewer, Plans.TYPE, "plan.align", id, null, view);
            return view;
        });
    }

    /** 衔接复核: the lower tier has checked its plan against the upper plan's newest version. */
    Mono<Alignment> confirm(Viewer viewer, UUID id, UUID alignmentId) {
        return tx.call(viewer, dsl -> {
            Plans.loadOwn(dsl, viewer, id);
            PlanAlignmentRecord link = ownLink(dsl, id, alignmentId);
            Alignment before = alignments(dsl, PLAN_ALIGNMENT.ID.eq(alignmentId)).getFirst();
            dsl.update(PLAN_ALIGNMENT)
                    .set(PLAN_ALIGNMENT.ALIGNED_VERSION_NO, latestIssued(dsl, link.getUpperSeriesId()))
                    .set(PLAN_ALIGNMENT.CONFIRMED_BY, viewer.displayName())
                    .set(PLAN_ALIGNMENT.CONFIRMED_AT, java.time.OffsetDateTime.now())
                    .where(PLAN_ALIGNMENT.ID.eq(alignmentId)).execute();
            Alignment after = alignments(dsl, PLAN_ALIGNMENT.ID.eq(alignmentId)).getFirst();
            writes.written(dsl, viewer, Plans.TYPE, "plan.align-confirm", id, before, after);
            return after;
        });
    }

    Mono<Void> unlink(Viewer viewer, UUID id, UUID alignmentId) {
        return tx.call(viewer, dsl -> {
            Plans.loadOwn(dsl, viewer, id);
            ownLink(dsl, id, alignmentId);
            Alignment before = alignments(dsl, PLAN_ALIGNMENT.ID.eq(alignmentId)).getFirst();
            dsl.deleteFrom(PLAN_ALIGNMENT).where(PLAN_ALIGNMENT.ID.eq(alignmentId)).execute();
            writes.written(dsl, viewer, Plans.TYPE, "plan.unalign", id, before, null);
            return (Void) null;
        }).then();
    }

    Mono<List<Alignment>> alignments(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> {
            Plans.load(dsl, id);
            return alignments(dsl, PLAN_ALIGNMENT.PLAN_ID.eq(id));
        });
    }

    /** The lower-tier plans aligned with this plan's series that the viewer may see (issued ones, shared up). */
    Mono<List<AlignedPlan>> alignedBelow(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> {
            PlanRecord upper = Plans.load(dsl, id);
            int latest = latestIssued(dsl, upper.getSeriesId());
            return dsl.select(PLAN.ID, PLAN.TENANT_CODE, TENANT.NAME, PLAN.TITLE, PLAN.STATUS,
                            PLAN_ALIGNMENT.ALIGNED_VERSION_NO)
                    .from(PLAN_ALIGNMENT).join(PLAN).on(PLAN.ID.eq(PLAN_ALIGNMENT.PLAN_ID))
                    .join(TENANT).on(TENANT.CODE.eq(PLAN.TENANT_CODE))
                    .where(PLAN_ALIGNMENT.UPPER_SERIES_ID.eq(upper.getSeriesId()))
                    .and(PLAN.STATUS.notIn(PlanStatus.superseded, PlanStatus.abolished))
                    .orderBy(PLAN.TENANT_CODE, PLAN.TITLE)
                    .fetch(r -> new AlignedPlan(r.value1(), r.value2(), r.value3(), r.value4(),
                            r.value5().getLiteral(), PlanLifecycle.label(r.value5()), r.value6(), latest > r.value6()));
        });
    }

    private static PlanAlignmentRecord ownLink(DSLContext dsl, UUID planId, UUID alignmentId) {
        PlanAlignmentRecord link = dsl.selectFrom(PLAN_ALIGNMENT).where(PLAN_ALIGNMENT.ID.eq(alignmentId))
                .and(PLAN_ALIGNMENT.PLAN_ID.eq(planId)).fetchOne();
        if (link == null) {
            throw ApiException.notFound("alignment-not-found", "未找到该衔接记录");
        }
        return link;
    }

    /** The newest issued version of a series the viewer may see (0 when none is visible). */
    private static int latestIssued(DSLContext dsl, UUID seriesId) {
        Integer latest = dsl.select(DSL.max(PLAN.VERSION_NO)).from(PLAN).where(PLAN.SERIES_ID.eq(seriesId))
                .and(PLAN.STATUS.ne(PlanStatus.draft)).fetchOne(0, Integer.class);
        return latest == null ? 0 : latest;
    }

    private static List<Alignment> alignments(DSLContext dsl, org.jooq.Condition where) {
        var upper = PLAN.as("upper");
        Field<Integer> latest = DSL.field(DSL.select(DSL.max(upper.VERSION_NO)).from(upper)
                .where(upper.SERIES_ID.eq(PLAN_ALIGNMENT.UPPER_SERIES_ID)).and(upper.STATUS.ne(PlanStatus.draft)));
        var newest = PLAN.as("newest");
        return dsl.select(PLAN_ALIGNMENT.fields()).select(TENANT.NAME, latest.as("latest"), newest.ID, newest.TITLE)
                .from(PLAN_ALIGNMENT)
                .leftJoin(TENANT).on(TENANT.CODE.eq(PLAN_ALIGNMENT.UPPER_TENANT_CODE))
                .leftJoin(newest).on(newest.SERIES_ID.eq(PLAN_ALIGNMENT.UPPER_SERIES_ID)
                        .and(newest.VERSION_NO.eq(latest)))
                .where(where)
                .orderBy(PLAN_ALIGNMENT.CONFIRMED_AT)
                .fetch(r -> {
                    var a = r.into(PLAN_ALIGNMENT);
                    Integer newestNo = r.get("latest", Integer.class);
                    return new Alignment(a.getId(), a.getPlanId(), a.getUpperSeriesId(), a.getUpperTenantCode(),
                            r.get(TENANT.NAME), r.get(newest.ID), r.get(newest.TITLE), a.getAlignedVersionNo(), newestNo,
                            newestNo != null && newestNo > a.getAlignedVersionNo(), a.getConfirmedBy(), a.getConfirmedAt());
                });
    }
}
