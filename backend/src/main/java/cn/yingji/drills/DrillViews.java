package cn.yingji.drills;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Requests and responses of the drills API. */
final class DrillViews {

    private DrillViews() {
    }

    /**
     * Plan a drill (status {@code planned}, with {@code plannedOn}) or record one held (status {@code held}, with
     * {@code heldOn}); an update sends the whole drill with its {@code version}.
     */
    record DrillRequest(
            @NotBlank(message = "演练名称不能为空") @Size(max = 300, message = "演练名称不能超过 300 个字") String title,
            @NotBlank(message = "必须选择演练形式 form") String form,
            @NotBlank(message = "必须选择演练状态 status") String status,
            @Nullable Integer planYear,
            @Nullable LocalDate plannedOn,
            @Nullable LocalDate heldOn,
            @Size(max = 20000, message = "演练情景不能超过 2 万字") @Nullable String scenario,
            @Size(max = 20, message = "事件类型不能超过 20 个") List<String> eventTypes,
            @NotNull(message = "必须指定组织单位 organizerUnitId") UUID organizerUnitId,
            @Size(max = 200, message = "参演单位不能超过 200 个") List<UUID> participatingUnitIds,
            @Size(max = 50, message = "参演地区不能超过 50 个") List<String> participantCodes,
            @Nullable Integer participantCount,
            @Size(max = 20, message = "关联预案不能超过 20 个") List<UUID> planIds,
            @Size(max = 200000, message = "演练总结不能超过 20 万字") @Nullable String summary,
            @Nullable String sharing,
            @Nullable Integer version) {
    }

    /** 演练评估 (after-action report): rating, strengths and problems found. */
    record EvaluationRequest(
            @NotBlank(message = "必须选择评估等级 rating") String rating,
            @Size(max = 20000, message = "做得好的方面不能超过 2 万字") @Nullable String strengths,
            @NotBlank(message = "必须填写发现的问题 problems") @Size(max = 20000, message = "发现的问题不能超过 2 万字") String problems,
            @Size(max = 200, message = "评估人不能超过 200 个字") @Nullable String evaluatedBy,
            @NotNull(message = "必须填写评估日期 evaluatedOn") LocalDate evaluatedOn,
            @NotNull(message = "必须提供版本号 version") Integer version) {
    }

    /** A linked record; {@code name} is null when the viewer may not read it (a unit or plan of another tenant). */
    record Named(String id, @Nullable String name) {
    }

    record Evaluation(String rating, String ratingLabel, String strengths, String problems,
            @Nullable String evaluatedBy, LocalDate evaluatedOn) {
    }

    /** 演练 as the API shows it; {@code own} tells whether the viewer's tenant organized it. */
    record Drill(UUID id, String tenantCode, String tenantName, String sharing, String title, String form,
            String formLabel, String status, String statusLabel, @Nullable Integer planYear,
            @Nullable LocalDate plannedOn, @Nullable LocalDate heldOn, String scenario, List<String> eventTypes,
            UUID organizerUnitId, @Nullable String organizerUnitName, List<Named> participatingUnits,
            List<Named> participants, @Nullable Integer participantCount, List<Named> plans, String summary,
            @Nullable Evaluation evaluation, boolean own, int version, OffsetDateTime createdAt,
            OffsetDateTime updatedAt, List<CorrectiveActionViews.Action> actions) {
    }

    /** A row of the drill list. */
    record DrillRow(UUID id, String tenantCode, String tenantName, String title, String form, String formLabel,
            String status, String statusLabel, @Nullable Integer planYear, @Nullable LocalDate plannedOn,
            @Nullable LocalDate heldOn, @Nullable String organizerUnitName, List<String> participantCodes, List<String> participantNames, boolean evaluated,
            boolean own) {
    }

    record Page<T>(long total, int page, int size, List<T> items) {
    }

    /** 由整改措施登记修订触发情形: the plan (of the viewer's own) the lesson concerns. */
    record TriggerRequest(@NotNull(message = "必须指定预案 planId") UUID planId) {
    }


    /** 年度演练计划执行: the annual plan against what was held, and the comprehensive-drill minimums. */
    record YearCounts(int year, int planned, int plannedHeld, int cancelled, int held, int joint,
            int comprehensiveHeld, @Nullable Integer comprehensiveRequired) {
    }

    record TownshipCount(UUID unitId, String name, int comprehensiveHeld, int required) {
    }

    record Compliance(YearCounts counts, List<TownshipCount> townships, List<DrillFrequency.DueItem> plans,
            List<DrillFrequency.DueItem> units) {
    }
}
