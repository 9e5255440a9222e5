package cn.yingji.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import cn.yingji.drills.CorrectiveActionViews;
import cn.yingji.obligations.Obligations;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Requests and responses of the intake (统一接报), events (事件) and reports (信息报送) API. */
final class EventViews {

    private EventViews() {
    }

    /** 接报登记: what the office was told, by whom, how and when (now when not given). */
    record IntakeRequest(
            @NotBlank(message = "必须选择信息来源 source") String source,
            @NotBlank(message = "必须选择接报方式 channel") String channel,
            @Nullable OffsetDateTime receivedAt,
            @NotBlank(message = "必须填写报告人 reporter") @Size(max = 100, message = "报告人不能超过 100 个字") String reporter,
            @Size(max = 30, message = "联系电话不能超过 30 个字符") @Nullable String reporterPhone,
            @NotBlank(message = "必须填写报告内容 content") @Size(max = 4000, message = "报告内容不能超过 4000 字") String content,
            @Nullable OffsetDateTime occurredAt,
            @Size(max = 300, message = "地点不能超过 300 个字") @Nullable String address,
            @Nullable Double longitude,
            @Nullable Double latitude) {
    }

    /** 接报 as the console shows it; names of people, never login names. */
    record IntakeItem(UUID id, String source, String sourceLabel, String channel, String channelLabel,
            OffsetDateTime receivedAt, String reporter, @Nullable String reporterPhone, String content,
            @Nullable OffsetDateTime occurredAt, @Nullable String address, @Nullable Double longitude,
            @Nullable Double latitude, String state, String stateLabel, @Nullable UUID eventId,
            @Nullable String eventTitle, String takenBy, @Nullable String screenedBy, @Nullable OffsetDateTime screenedAt,
            @Nullable String forwardedToName, int version) {
    }

    /**
     * 甄别研判: open a new event from the item ({@code open}, with {@code event}), attach it to an event already open
     * ({@code attach}, with {@code eventId}) or set it aside ({@code dismiss}); with the item's {@code version}.
     */
    record ScreenRequest(
            @NotBlank(message = "必须选择研判结果 decision") String decision,
            @Nullable UUID eventId,
            @Valid @Nullable EventRequest event,
            @NotNull(message = "必须提供版本号 version") Integer version,
            /** 转办: the tier right above or a tier below that takes the item over. */
            @Nullable String forwardTo,
            @Size(max = 500, message = "转办说明不能超过 500 字") @Nullable String note) {
    }

    /** 事件: what happened, how grave, when, where (with coordinates). {@code learnedAt} defaults to now. */
    record EventRequest(
            @NotBlank(message = "必须填写事件名称 title") @Size(max = 200, message = "事件名称不能超过 200 个字") String title,
            @NotBlank(message = "必须选择事件类型 eventType") String eventType,
            @NotBlank(message = "必须选择事件级别 severity") String severity,
            @NotNull(message = "必须填写事发时间 occurredAt") OffsetDateTime occurredAt,
            @Nullable OffsetDateTime learnedAt,
            @NotBlank(message = "必须填写事发地点 address") @Size(max = 300, message = "事发地点不能超过 300 个字") String address,
            @NotNull(message = "必须标注事发地点的经度 longitude") Double longitude,
            @NotNull(message = "必须标注事发地点的纬度 latitude") Double latitude,
            @Size(max = 4000, message = "事件概要不能超过 4000 字") @Nullable String summary,
            /** 事发地: the division it happened in, the office's own (the default) or one below it. */
            @Nullable String placeCode) {
    }

    /** An event in a list: its place and clocks (the open report obligations of every tier, soonest due first). */
    record EventRow(UUID id, String tenantCode, String tenantName, String title, String eventType, String severity,
            String severityLabel, OffsetDateTime occurredAt, OffsetDateTime learnedAt, String placeCode,
            String placeName, String address, double longitude, double latitude, String status, String statusLabel,
            int reports, @Nullable OffsetDateTime lastReportAt, List<Obligations.Clock> clocks, boolean own) {
    }

    /**
     * 事件 with its timeline: the intake it came from, every report and 批示 the viewer reads, every clock (the
     * event's report clocks and its instructions' feedback clocks).
     */
    record Event(EventRow event, String summary, int version, List<IntakeItem> intake, List<Report> reports,
            List<Instruction> instructions, List<Obligations.Item> obligations, Closing closing,
            List<Finding> findings, Response response) {
    }

    /**
     * 应急响应 of the event: which tier handles an event of its severity by the policy ({@code handlingTierLabel}, and
     * whether that is above the event's office), every tier's response entries and command, the viewer's level in
     * force (null: none).
     */
    record Response(String handlingTier, String handlingTierLabel, boolean handledAbove,
            List<ResponseEntry> entries, List<Command> commands, @Nullable String levelInForce) {
    }

    /** 启动/调整/终止 of a response level by a tier's body, decided by a leader, with the plan activated. */
    record ResponseEntry(UUID id, String tenantCode, String tenantName, String action, String actionLabel,
            @Nullable String level, @Nullable String levelLabel, String body, String decidedBy,
            OffsetDateTime decidedAt, @Nullable UUID planId, @Nullable String planTitle, String note, boolean own) {
    }

    record ResponseRequest(
            @NotBlank(message = "必须选择响应动作 action") String action,
            @Nullable String level,
            @NotBlank(message = "必须填写响应主体 body") @Size(max = 100, message = "响应主体不能超过 100 个字") String body,
            @NotBlank(message = "必须填写决定人 decidedBy") @Size(max = 100, message = "决定人不能超过 100 个字") String decidedBy,
            @Nullable OffsetDateTime decidedAt,
            @Nullable UUID planId,
            @Size(max = 1000, message = "说明不能超过 1000 字") @Nullable String note) {
    }

    /** 指挥部 or 工作组 of a tier on the event, with its leader and duties. */
    record Command(UUID id, String tenantCode, String tenantName, String kind, String kindLabel, String name,
            String leaderName, String leaderTitle, String duties, OffsetDateTime establishedAt, boolean own) {
    }

    record CommandRequest(
            @NotBlank(message = "必须选择机构类型 kind") String kind,
            @NotBlank(message = "必须填写机构名称 name") @Size(max = 100, message = "机构名称不能超过 100 个字") String name,
            @NotBlank(message = "必须填写负责人 leaderName") @Size(max = 50, message = "负责人不能超过 50 个字") String leaderName,
            @Size(max = 50, message = "职务不能超过 50 个字") @Nullable String leaderTitle,
            @Size(max = 2000, message = "职责不能超过 2000 字") @Nullable String duties,
            @Nullable OffsetDateTime establishedAt) {
    }

    /**
     * 报送问题: an office's finding about a region below it — a 漏报 the check suspects (待核查, {@code detail} says
     * why) or one a person confirmed or dismissed, a 瞒报 or 谎报 recorded after 核查 — with the basis and who decided.
     */
    record Finding(UUID id, String tenantCode, String tenantName, String kind, String kindLabel, String state,
            String stateLabel, UUID eventId, String eventTitle, @Nullable UUID reportId, String subjectTenantCode,
            String subjectTenantName, String detail, String basis, boolean detected, @Nullable String decidedBy,
            @Nullable OffsetDateTime decidedAt, OffsetDateTime createdAt, int version, boolean decidable) {
    }

    /** 记录报送问题 after 核查: the region (default: the report's or the event's), with the basis. */
    record FindingRequest(
            @NotBlank(message = "必须选择问题类型 kind") String kind,
            @NotNull(message = "必须指定事件 eventId") UUID eventId,
            @Nullable UUID reportId,
            @Nullable String subjectTenantCode,
            @NotBlank(message = "必须填写认定依据 basis") @Size(max = 4000, message = "认定依据不能超过 4000 字") String basis) {
    }

    /** 认定 ({@code confirm}) or 排除 ({@code dismiss}) a 漏报 candidate, with the basis and the version read. */
    record DecisionRequest(
            @NotBlank(message = "必须选择核查结论 decision") String decision,
            @NotBlank(message = "必须填写核查依据 basis") @Size(max = 4000, message = "核查依据不能超过 4000 字") String basis,
            @NotNull(message = "必须提供版本号 version") Integer version) {
    }

    /** 报送问题统计: confirmed findings per region below (by the region found at fault) and candidates still open. */
    record FindingFigures(String tenantCode, String tenantName, List<FindingLine> lines) {
    }

    record FindingLine(String tenantCode, String tenantName, boolean own, boolean total, int missed, int concealed,
            int falseReports, int candidates) {
    }

    /**
     * After the event: the 总结评估 (null until written) with its 整改措施, what closing still lacks (empty when the
     * office may close it; «尚未报送终报», «尚未完成总结评估»), who closed it when, the draft case made of it, the
     * 回头看 reviews; {@code canClose}, {@code canEvaluate}: the viewer's office handles the event and it is open.
     */
    record Closing(@Nullable Evaluation evaluation, List<CorrectiveActionViews.Action> actions, List<String> missing,
            boolean canEvaluate, boolean canClose, @Nullable String closedBy, @Nullable OffsetDateTime closedAt,
            @Nullable UUID caseId, List<Review> reviews) {
    }

    /** 总结评估: 处置过程评估, 经验做法, 存在问题, 启示与教训; who wrote it when. */
    record Evaluation(String process, String whatWorked, String problems, String lessons, String evaluatedBy,
            OffsetDateTime evaluatedAt) {
    }

    /** 总结评估 by the office handling the event, with the event's {@code version}; written again until it is closed. */
    record EvaluationRequest(
            @NotBlank(message = "必须填写处置过程评估 process") @Size(max = 20000, message = "处置过程评估不能超过 2 万字") String process,
            @Size(max = 20000, message = "经验做法不能超过 2 万字") @Nullable String whatWorked,
            @Size(max = 20000, message = "存在问题不能超过 2 万字") @Nullable String problems,
            @Size(max = 20000, message = "启示与教训不能超过 2 万字") @Nullable String lessons,
            @NotNull(message = "必须提供版本号 version") Integer version) {
    }

    /** 结案, with the event's {@code version}. */
    record CloseRequest(@NotNull(message = "必须提供版本号 version") Integer version) {
    }

    /** 回头看: when, by whom, what was found, and whether the corrective actions held. */
    record ReviewRequest(
            @NotNull(message = "必须填写回头看日期 reviewedOn") LocalDate reviewedOn,
            @NotBlank(message = "必须填写回头看人员 reviewers") @Size(max = 200, message = "回头看人员不能超过 200 个字") String reviewers,
            @NotBlank(message = "必须填写回头看情况 findings") @Size(max = 20000, message = "回头看情况不能超过 2 万字") String findings,
            @NotBlank(message = "必须选择结论 conclusion") String conclusion) {
    }

    /**
     * 编发《信息快报》/《值班信息》: the series, title and text (compiled from an event's reports, edited by the duty
     * officer), the event and reports it comes from, 呈送 leaders, 分送 regions below the office, 抄送 departments,
     * who compiled and who approved (签发) it. Numbered when issued.
     */
    record BulletinRequest(
            @NotBlank(message = "必须选择刊物 series") String series,
            @NotBlank(message = "必须填写标题 title") @Size(max = 200, message = "标题不能超过 200 个字") String title,
            @NotBlank(message = "必须填写正文 body") @Size(max = 20000, message = "正文不能超过 2 万字") String body,
            @Nullable UUID eventId,
            @Size(max = 50, message = "引用的报告不能超过 50 份") @Nullable List<UUID> reportIds,
            @Size(max = 500, message = "呈送领导不能超过 500 字") @Nullable String leaders,
            @Size(max = 50, message = "分送地区不能超过 50 个") @Nullable List<String> addresseeCodes,
            @Size(max = 500, message = "抄送部门不能超过 500 字") @Nullable String departments,
            @NotBlank(message = "必须填写编辑人 compiledBy") @Size(max = 50, message = "编辑人不能超过 50 个字") String compiledBy,
            @NotBlank(message = "必须填写签发人 approvedBy") @Size(max = 50, message = "签发人不能超过 50 个字") String approvedBy) {
    }

    /** A bulletin as its readers see it: 《信息快报》2026年第3期, from which office, to whom. */
    record InfoBulletin(UUID id, String tenantCode, String tenantName, String series, String seriesLabel, int year,
            int number, String issue, String title, String body, @Nullable UUID eventId, @Nullable String eventTitle,
            List<UUID> reportIds, String leaders, List<Named> addressees, String departments, String compiledBy,
            String approvedBy, OffsetDateTime issuedAt, boolean own) {
    }

    /** A tenant by its name. */
    record Named(String code, String name) {
    }

    record Review(UUID id, LocalDate reviewedOn, String reviewers, String findings, String conclusion,
            String conclusionLabel, String createdBy, OffsetDateTime createdAt) {
    }

    /**
     * 领导批示 on an event (or one of its reports): the named leader and title, what to do, the tiers below named;
     * {@code passedDownFrom} the upper tier's instruction it passes down (传达).
     */
    record InstructionRequest(
            @NotBlank(message = "必须填写批示领导 leaderName") @Size(max = 50, message = "批示领导不能超过 50 个字") String leaderName,
            @NotBlank(message = "必须填写领导职务 leaderTitle") @Size(max = 50, message = "领导职务不能超过 50 个字") String leaderTitle,
            @NotBlank(message = "必须填写批示内容 content") @Size(max = 4000, message = "批示内容不能超过 4000 字") String content,
            @Nullable UUID reportId,
            @NotNull(message = "必须指定批示对象 addresseeCodes") @Size(min = 1, max = 50, message = "批示对象须为 1 至 50 个地区") List<String> addresseeCodes,
            @Nullable UUID passedDownFrom) {
    }

    /** 落实情况: what the addressee did on the instruction. */
    record FeedbackRequest(
            @NotBlank(message = "必须填写落实情况 content") @Size(max = 4000, message = "落实情况不能超过 4000 字") String content) {
    }

    /** One feedback as its readers see it; {@code late} when its clock had passed (frozen). */
    record Feedback(UUID id, String tenantCode, String tenantName, String content, String fedBackBy,
            OffsetDateTime fedBackAt, boolean late) {
    }

    /** An addressee of an instruction: its feedback clock (when the viewer reads it) and its feedbacks. */
    record Addressee(String tenantCode, String tenantName, @Nullable OffsetDateTime dueAt, @Nullable String state,
            @Nullable String stateLabel, boolean overdue, List<Feedback> feedbacks) {
    }

    /** 批示 as its readers see it: issued by the viewer's office ({@code own}) or addressed to it ({@code toMe}). */
    record Instruction(UUID id, @Nullable UUID eventId, String eventTitle, @Nullable UUID reportId,
            @Nullable UUID bulletinId, @Nullable String bulletinTitle, String tenantCode,
            String tenantName, String leaderName, String leaderTitle, String content, OffsetDateTime issuedAt,
            @Nullable String passedDownFrom, List<Addressee> addressees, boolean own, boolean toMe) {
    }

    /**
     * 初报 / 续报 / 终报: the content and the figures (as of now, by a 口径), with the three responsible people
     * (一把手, 分管领导, the compiling duty officer); {@code direct} is 直报 (also to the tier above the next).
     */
    record ReportRequest(
            @NotBlank(message = "必须选择报告类别 stage") String stage,
            @NotBlank(message = "必须选择报送方式 channel") String channel,
            boolean direct,
            @NotBlank(message = "必须填写报告内容 content") @Size(max = 8000, message = "报告内容不能超过 8000 字") String content,
            @PositiveOrZero(message = "死亡人数不能为负数") @Nullable Integer dead,
            @PositiveOrZero(message = "受伤人数不能为负数") @Nullable Integer injured,
            @PositiveOrZero(message = "失踪人数不能为负数") @Nullable Integer missing,
            @PositiveOrZero(message = "转移人数不能为负数") @Nullable Integer relocated,
            @PositiveOrZero(message = "受灾人数不能为负数") @Nullable Integer affected,
            @PositiveOrZero(message = "直接经济损失不能为负数")
            @Digits(integer = 12, fraction = 2, message = "直接经济损失（万元）最多 12 位整数、2 位小数") @Nullable BigDecimal economicLoss,
            @Nullable String figureBasis,
            @NotBlank(message = "必须填写主要负责人 principal") @Size(max = 50, message = "主要负责人不能超过 50 个字") String principal,
            @NotBlank(message = "必须填写分管负责人 deputy") @Size(max = 50, message = "分管负责人不能超过 50 个字") String deputy,
            @NotBlank(message = "必须填写值班编报人 compiledBy") @Size(max = 50, message = "编报人不能超过 50 个字") String compiledBy) {
    }

    /** Who of an office read a report, and when (已读). */
    record Reading(String readerName, String tenantName, OffsetDateTime readAt) {
    }

    /** A report as its readers see it: {@code title} is 初报, 续报一 … or 终报; {@code late} is 迟报, frozen when sent. */
    record Report(UUID id, UUID eventId, String eventTitle, String tenantCode, String tenantName, int seq,
            String stage, String title, String channel, String channelLabel, boolean direct, String content,
            @Nullable Integer dead, @Nullable Integer injured, @Nullable Integer missing, @Nullable Integer relocated,
            @Nullable Integer affected, @Nullable BigDecimal economicLoss,
            @Nullable String figureBasis, @Nullable String figureBasisLabel, String principal, String deputy,
            String compiledBy, OffsetDateTime reportedAt, boolean late, boolean own, boolean readByMyOffice,
            List<Reading> readings) {
    }
}
