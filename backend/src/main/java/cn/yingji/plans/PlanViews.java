package cn.yingji.plans;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Requests and responses of the plans API. */
public final class PlanViews {

    private PlanViews() {
    }

    /** 预案 as the API shows it. */
    record Plan(UUID id, String tenantCode, String sharing, UUID seriesId, int versionNo,
            @Nullable UUID previousVersionId, String title, String category, List<String> eventTypes, UUID ownerUnitId,
            @Nullable UUID leadUnitId, @Nullable String docNumber, @Nullable LocalDate issuedOn,
            @Nullable String summary, String status, String statusLabel, int version, OffsetDateTime createdAt,
            OffsetDateTime updatedAt, @Nullable LocalDate lastEvaluatedOn, @Nullable LocalDate evaluationDueOn,
            @Nullable String evaluationState, @Nullable String evaluationStateLabel, @Nullable String jointBasis,
            List<String> participantCodes, @Nullable UUID templateId, @Nullable UUID campaignTaskId) {
    }

    record Page<T>(long total, int page, int size, List<T> items) {
    }

    /** Create a draft, or edit a draft or returned plan ({@code version} required then). */
    record PlanRequest(
            @NotBlank(message = "预案名称不能为空") @Size(max = 300, message = "预案名称不能超过 300 个字") String title,
            @NotBlank(message = "预案类别不能为空") String category,
            @Size(max = 20, message = "事件类型不能超过 20 个") List<String> eventTypes,
            @NotNull(message = "必须指定预案所属单位 ownerUnitId") UUID ownerUnitId,
            @Nullable UUID leadUnitId,
            @Size(max = 100, message = "文号不能超过 100 个字") @Nullable String docNumber,
            @Nullable LocalDate issuedOn,
            @Size(max = 200000, message = "正文不能超过 20 万字") @Nullable String summary,
            @Nullable String jointBasis,
            @Size(max = 50, message = "参与地区不能超过 50 个") @Nullable List<String> participantCodes,
            @Nullable UUID campaignTaskId,
            @Nullable Integer version) {
    }

    /** 从模板新建: a draft prefilled from a template published above (or by the viewer's own tier). */
    record FromTemplateRequest(
            @NotNull(message = "必须指定模板 templateId") UUID templateId,
            @NotBlank(message = "预案名称不能为空") @Size(max = 300, message = "预案名称不能超过 300 个字") String title,
            @NotNull(message = "必须指定预案所属单位 ownerUnitId") UUID ownerUnitId,
            UUID leadUnitId,
            UUID campaignTaskId) {
    }

    /** 修订: a new draft version of an issued or filed plan; optionally answering a campaign task. */
    record ReviseRequest(@NotNull(message = "必须提供版本号 version") Integer version, UUID campaignTaskId) {
    }

    /** 评估记录. */
    record EvaluationRequest(
            @NotNull(message = "必须填写评估日期 evaluatedOn") LocalDate evaluatedOn,
            @NotBlank(message = "必须选择评估结论 conclusion") String conclusion,
            @NotBlank(message = "必须填写评估发现 findings") @Size(max = 20000, message = "评估发现不能超过 2 万字") String findings,
            @Size(max = 200, message = "评估人不能超过 200 个字") @Nullable String evaluator,
            @NotNull(message = "必须提供版本号 version") Integer version) {
    }

    record Evaluation(UUID id, UUID planId, LocalDate evaluatedOn, String conclusion, String conclusionLabel,
            String findings, @Nullable String evaluator, String recordedBy, OffsetDateTime createdAt) {
    }

    /** 修订触发情形. */
    record TriggerRequest(
            @NotBlank(message = "必须选择触发情形 kind") String kind,
            @NotBlank(message = "必须填写情况说明 note") @Size(max = 2000, message = "情况说明不能超过 2000 字") String note,
            @NotNull(message = "必须填写发生日期 occurredOn") LocalDate occurredOn) {
    }

    public record Trigger(UUID id, UUID planId, String kind, String kindLabel, String note, LocalDate occurredOn,
            String raisedBy, OffsetDateTime createdAt, @Nullable UUID resolvedByPlanId,
            @Nullable OffsetDateTime resolvedAt) {
    }

    /** 上下级衔接: link to the upper-tier plan this one must stay aligned with. */
    record AlignmentRequest(@NotNull(message = "必须指定上级预案 upperPlanId") UUID upperPlanId) {
    }

    /**
     * A link as the lower tier sees it: the upper plan's newest version it may see, and whether that is newer
     * than the version it last checked against (需衔接复核).
     */
    record Alignment(UUID id, UUID planId, UUID upperSeriesId, String upperTenantCode, String upperTenantName,
            @Nullable UUID upperPlanId, @Nullable String upperTitle, int alignedVersionNo,
            @Nullable Integer latestVersionNo, boolean needsReview, @Nullable String confirmedBy,
            @Nullable OffsetDateTime confirmedAt) {
    }

    /** A lower-tier plan aligned with a plan of the viewer's, as the upper tier sees it. */
    record AlignedPlan(UUID planId, String tenantCode, String tenantName, String title, String status,
            String statusLabel, int alignedVersionNo, boolean needsReview) {
    }

    /** 共享范围: up (上级可见), vertical (上下级可见，发布给下级), public (公开). */
    record SharingRequest(@NotBlank(message = "必须选择共享范围 sharing") String sharing,
            @NotNull(message = "必须提供版本号 version") Integer version) {
    }

    /** One version of a plan series. */
    record Version(UUID id, int versionNo, String title, String status, String statusLabel,
            @Nullable String docNumber, @Nullable LocalDate issuedOn, OffsetDateTime updatedAt) {
    }

    /** 印发: the 文号 and the date make a draft an issued plan. */
    record IssueRequest(
            @Size(max = 100, message = "文号不能超过 100 个字") String docNumber,
            LocalDate issuedOn,
            @NotNull(message = "必须提供版本号 version") Integer version) {
    }

    public record VersionRequest(@NotNull(message = "必须提供版本号 version") Integer version) {
    }
}
