package cn.yingji.plans;

import static cn.yingji.db.Tables.PLAN;
import static cn.yingji.db.Tables.PLAN_ALIGNMENT;
import static cn.yingji.db.Tables.PLAN_ATTACHMENT;

import java.util.List;
import java.util.UUID;

import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.records.RecordWrites;
import cn.yingji.db.enums.Sharing;
import cn.yingji.db.tables.records.PlanRecord;
import cn.yingji.plans.PlanLifecycle.Action;
import cn.yingji.plans.PlanViews.Plan;
import cn.yingji.plans.PlanViews.ReviseRequest;
import cn.yingji.plans.PlanViews.SharingRequest;
import cn.yingji.plans.PlanViews.Version;
import cn.yingji.platform.ApiException;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 修订与发布: a revision as a new version of the plan's series, the versions of a series, and publishing a plan to the
 * tiers below (共享范围).
 */
@Component
class PlanRevisions {

    private final TenantTx tx;
    private final Plans plans;
    private final RecordWrites writes;

    PlanRevisions(TenantTx tx, Plans plans, RecordWrites writes) {
        this.tx = tx;
        this.plans = plans;
        this.writes = writes;
    }

    /** 修订: a new draft version linked to this one; this one stays in force until the revision is issued. */
    Mono<Plan> revise(Viewer viewer, UUID id, ReviseRequest request) {
        return tx.call(viewer, dsl -> {
            PlanRecord before = Plans.loadOwn(dsl, viewer, id);
            PlanLifecycle.check(before.getStatus(), Action.REVISE);
            writes.expect(Plans.TYPE, before, request.version());
            if (dsl.fetchExists(PLAN, PLAN.PREVIOUS_VERSION_ID.eq(id))) {
                throw ApiException.conflict("plan-revision-exists", "该版本已有修订稿，请在修订稿上继续编制");
            }
            PlanRecord draft = new PlanRecord();
            draft.setSeriesId(before.getSeriesId());
            draft.setVersionNo(before.getVersionNo() + 1);
            draft.setPreviousVersionId(id);
            draft.setTitle(before.getTitle());
            draft.setCategory(before.getCategory());
            draft.setEventTypes(before.getEventTypes());
            draft.setOwnerUnitId(before.getOwnerUnitId());
            draft.setLeadUnitId(before.getLeadUnitId());
            draft.setSummary(before.getSummary());
            draft.setJointBasis(before.getJointBasis());
            draft.setParticipantCodes(before.getParticipantCodes());
            draft.setTemplateId(before.getTemplateId());
            draft.setCampaignTaskId(request.campaignTaskId());
            if (request.campaignTaskId() != null) {
                Plans.checkLinks(dsl, viewer, draft);
            }
            PlanRecord row = dsl.insertInto(PLAN).set(draft).returning().fetchSingle();
            // the links to the upper-tier plans carry over, with the version they were last checked against
            dsl.insertInto(PLAN_ALIGNMENT, PLAN_ALIGNMENT.PLAN_ID, PLAN_ALIGNMENT.UPPER_SERIES_ID,
                            PLAN_ALIGNMENT.UPPER_TENANT_CODE, PLAN_ALIGNMENT.ALIGNED_VERSION_NO,
                            PLAN_ALIGNMENT.CONFIRMED_BY, PLAN_ALIGNMENT.CONFIRMED_AT)
                    .select(DSL.select(DSL.val(row.getId()), PLAN_ALIGNMENT.UPPER_SERIES_ID,
                                    PLAN_ALIGNMENT.UPPER_TENANT_CODE, PLAN_ALIGNMENT.ALIGNED_VERSION_NO,
                                    PLAN_ALIGNMENT.CONFIRMED_BY, PLAN_ALIGNMENT.CONFIRMED_AT)
                            .from(PLAN_ALIGNMENT).where(PLAN_ALIGNMENT.PLAN_ID.eq(id)))
                    .execute();
            return plans.written(dsl, viewer, "plan.revise", null, row);
        });
    }

    /** All versions of the plan's series that the viewer may see, oldest first. */
    Mono<List<Version>> versions(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> {
            PlanRecord plan = Plans.load(dsl, id);
            return dsl.selectFrom(PLAN).where(PLAN.SERIES_ID.eq(plan.getSeriesId())).orderBy(PLAN.VERSION_NO)
                    .fetch(r -> new Version(r.getId(), r.getVersionNo(), r.getTitle(), r.getStatus().getLiteral(),
                            PlanLifecycle.label(r.getStatus()), r.getDocNumber(), r.getIssuedOn(), r.getUpdatedAt()));
        });
    }

    /** 发布/共享范围: an issued plan is always visible above; its owner may also publish it down or to all. */
    Mono<Plan> share(Viewer viewer, UUID id, SharingRequest request) {
        Sharing sharing = switch (request.sharing()) {
            case "up" -> Sharing.up;
            case "vertical" -> Sharing.vertical;
            case "public" -> Sharing.public_;
            default -> throw ApiException.badRequest("invalid-plan-sharing",
                    "共享范围无效，可选值：up（上级可见）、vertical（上下级可见）、public（公开）");
        };
        return tx.call(viewer, dsl -> {
            PlanRecord before = Plans.loadOwn(dsl, viewer, id);
            PlanLifecycle.check(before.getStatus(), Action.PUBLISH);
            PlanRecord after = writes.update(dsl, Plans.TYPE, before, request.version(),
                    dsl.update(PLAN).set(PLAN.SHARING, sharing));
            dsl.update(PLAN_ATTACHMENT).set(PLAN_ATTACHMENT.SHARING, sharing).where(PLAN_ATTACHMENT.PLAN_ID.eq(id))
                    .execute();
            return plans.written(dsl, viewer, "plan.share", before, after);
        });
    }
}
