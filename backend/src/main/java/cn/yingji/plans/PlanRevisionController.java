package cn.yingji.plans;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.yingji.plans.PlanViews.AlignedPlan;
import cn.yingji.plans.PlanViews.Alignment;
import cn.yingji.plans.PlanViews.AlignmentRequest;
import cn.yingji.plans.PlanViews.Evaluation;
import cn.yingji.plans.PlanViews.EvaluationRequest;
import cn.yingji.plans.PlanViews.FromTemplateRequest;
import cn.yingji.plans.PlanViews.Plan;
import cn.yingji.plans.PlanViews.ReviseRequest;
import cn.yingji.plans.PlanViews.SharingRequest;
import cn.yingji.plans.PlanViews.Trigger;
import cn.yingji.plans.PlanViews.TriggerRequest;
import cn.yingji.plans.PlanViews.Version;
import cn.yingji.tenancy.Access;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/** 评估与修订: versions, evaluations, revision triggers, 上下级衔接, publishing, drafts from templates. */
@RestController
@RequestMapping("/api/v1/plans")
class PlanRevisionController {

    private final PlanRevisions revisions;
    private final PlanEvaluations evaluations;
    private final RevisionTriggers triggers;
    private final PlanAlignments alignments;
    private final Plans plans;

    PlanRevisionController(PlanRevisions revisions, PlanEvaluations evaluations, RevisionTriggers triggers,
            PlanAlignments alignments, Plans plans) {
        this.revisions = revisions;
        this.evaluations = evaluations;
        this.triggers = triggers;
        this.alignments = alignments;
        this.plans = plans;
    }

    @PostMapping("/from-template")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Plan> fromTemplate(Viewer viewer, @Validated @RequestBody FromTemplateRequest request) {
        return plans.createFromTemplate(viewer, request);
    }

    @GetMapping("/{id}/versions")
    Mono<List<Version>> versions(Viewer viewer, @PathVariable UUID id) {
        return revisions.versions(viewer, id);
    }

    @PostMapping("/{id}/revise")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Plan> revise(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody ReviseRequest request) {
        return revisions.revise(viewer, id, request);
    }

    @GetMapping("/{id}/evaluations")
    Mono<List<Evaluation>> evaluations(Viewer viewer, @PathVariable UUID id) {
        return evaluations.evaluations(viewer, id);
    }

    @PostMapping("/{id}/evaluations")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Plan> evaluate(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody EvaluationRequest request) {
        return evaluations.evaluate(viewer, id, request);
    }

    @GetMapping("/{id}/revision-triggers")
    Mono<List<Trigger>> triggers(Viewer viewer, @PathVariable UUID id) {
        return triggers.triggers(viewer, id);
    }

    @PostMapping("/{id}/revision-triggers")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Trigger> raise(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody TriggerRequest request) {
        return triggers.raise(viewer, id, request);
    }

    @GetMapping("/{id}/alignments")
    Mono<List<Alignment>> alignments(Viewer viewer, @PathVariable UUID id) {
        return alignments.alignments(viewer, id);
    }

    @PostMapping("/{id}/alignments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Alignment> align(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody AlignmentRequest request) {
        return alignments.align(viewer, id, request.upperPlanId());
    }

    @PostMapping("/{id}/alignments/{alignmentId}/confirm")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Alignment> confirm(Viewer viewer, @PathVariable UUID id, @PathVariable UUID alignmentId) {
        return alignments.confirm(viewer, id, alignmentId);
    }

    @DeleteMapping("/{id}/alignments/{alignmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Void> unlink(Viewer viewer, @PathVariable UUID id, @PathVariable UUID alignmentId) {
        return alignments.unlink(viewer, id, alignmentId);
    }

    @GetMapping("/{id}/aligned-below")
    Mono<List<AlignedPlan>> alignedBelow(Viewer viewer, @PathVariable UUID id) {
        return alignments.alignedBelow(viewer, id);
    }

    @PutMapping("/{id}/sharing")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Plan> share(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody SharingRequest request) {
        return revisions.share(viewer, id, request);
    }
}
