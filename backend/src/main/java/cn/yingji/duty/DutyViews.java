package cn.yingji.duty;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Requests and responses of the duty (值班值守) and spot-check (查岗) API. */
final class DutyViews {

    private DutyViews() {
    }

    /** 值班岗位: a fixed duty room, its phone and place (with coordinates); {@code version} when changing one. */
    record PostRequest(
            @NotBlank(message = "必须填写岗位名称 name") @Size(max = 50, message = "岗位名称不能超过 50 个字") String name,
            @NotBlank(message = "必须填写值班室 room") @Size(max = 100, message = "值班室不能超过 100 个字") String room,
            @NotBlank(message = "必须填写值班电话 phone") @Size(max = 30, message = "值班电话不能超过 30 个字符") String phone,
            @NotBlank(message = "必须填写地址 address") @Size(max = 300, message = "地址不能超过 300 个字") String address,
            @NotNull(message = "必须填写经度 longitude") Double longitude,
            @NotNull(message = "必须填写纬度 latitude") Double latitude,
            @Nullable Integer version) {
    }

    record Post(UUID id, String tenantCode, String tenantName, String name, String room, String phone, String address,
            double longitude, double latitude, int version) {
    }

    /** 班次: a person of the office on one of its posts, as 带班领导 ({@code leader}) or 值班员 ({@code officer}). */
    record ShiftRequest(
            @NotNull(message = "必须选择值班岗位 postId") UUID postId,
            @NotNull(message = "必须选择值班人员 personId") UUID personId,
            @NotBlank(message = "必须选择值班角色 role") String role,
            @NotNull(message = "必须填写开始时间 startsAt") OffsetDateTime startsAt,
            @NotNull(message = "必须填写结束时间 endsAt") OffsetDateTime endsAt) {
    }

    /** 排班: shifts added together (a week's roster), all or none. */
    record ShiftsRequest(
            @NotEmpty(message = "至少需要一个班次 shifts") @Size(max = 200, message = "一次最多排 200 个班次")
            List<@Valid @NotNull(message = "班次不能为空") ShiftRequest> shifts) {
    }

    record Shift(UUID id, UUID postId, String postName, UUID personId, String personName, @Nullable String personTitle,
            String role, String roleLabel, OffsetDateTime startsAt, OffsetDateTime endsAt) {
    }

    /** 离岗报备: a leader away, where to, why, and who stands in ({@code deputyId}). */
    record AbsenceRequest(
            @NotNull(message = "必须选择离岗领导 personId") UUID personId,
            @Nullable UUID deputyId,
            @NotNull(message = "必须填写离岗时间 startsAt") OffsetDateTime startsAt,
            @NotNull(message = "必须填写返岗时间 endsAt") OffsetDateTime endsAt,
            @NotBlank(message = "必须填写去向 destination") @Size(max = 100, message = "去向不能超过 100 个字") String destination,
            @NotBlank(message = "必须填写事由 reason") @Size(max = 500, message = "事由不能超过 500 个字") String reason) {
    }

    record Absence(UUID id, UUID personId, String personName, @Nullable UUID deputyId, @Nullable String deputyName,
            OffsetDateTime startsAt, OffsetDateTime endsAt, String destination, String reason, String reportedBy,
            OffsetDateTime reportedAt, boolean floodSeason) {
    }

    /** A stretch short of staff (缺岗), what is missing in Chinese. */
    record Gap(OffsetDateTime from, OffsetDateTime to, String description) {
    }

    /**
     * 值班表: an office's posts, shifts and leaders' absences from {@code from} to {@code to}, with the stretches where
     * the roster falls short of the policy ({@code gaps}) and who is on duty now.
     */
    record Roster(String tenantCode, String tenantName, OffsetDateTime from, OffsetDateTime to, List<Post> posts,
            List<Shift> shifts, List<Absence> absences, List<Gap> gaps, List<Shift> onDutyNow, List<StaffMember> people,
            boolean editable) {
    }

    /** A person of the office's 人员名录 who can be put on the roster: the name and post, never the login. */
    record StaffMember(UUID id, String name, @Nullable String title) {
    }

    record LogRequest(
            @NotBlank(message = "必须填写日志内容 content") @Size(max = 4000, message = "日志内容不能超过 4000 字") String content) {
    }

    /** 值班日志: one entry, by whom (a name). */
    record LogEntry(UUID id, String tenantCode, OffsetDateTime loggedAt, String loggedBy, String content) {
    }

    /** 交班: the outgoing officer's note; the items are the office's open clocks at that moment. */
    record HandoverRequest(@Size(max = 4000, message = "交班说明不能超过 4000 字") @Nullable String note) {
    }

    /** 接班: every item of the handover acknowledged by the incoming officer. */
    record AcceptRequest(@NotNull(message = "必须逐项确认交接事项 itemIds") List<@NotNull UUID> itemIds) {
    }

    record HandoverItem(UUID id, String kind, String kindLabel, String recordEntity, UUID recordId, String subject,
            OffsetDateTime dueAt, @Nullable OffsetDateTime acknowledgedAt) {
    }

    record Handover(UUID id, String handedBy, OffsetDateTime handedAt, String note, @Nullable String acceptedBy,
            @Nullable OffsetDateTime acceptedAt, List<HandoverItem> items, boolean mine) {
    }

    /** 查岗: a tier below the caller's ({@code checkedTenantCode}), optionally one of its posts, and how. */
    record SpotCheckRequest(
            @NotBlank(message = "必须选择被查单位 checkedTenantCode") String checkedTenantCode,
            @Nullable UUID postId,
            @NotBlank(message = "必须选择查岗方式 method") String method) {
    }

    /**
     * 随机抽查: {@code count} checks at random moments of the period, of the tiers named (every tier directly below
     * when none), under a name (抽查名目, e.g. 元旦假期值班抽查).
     */
    record ScheduleRequest(
            @NotBlank(message = "必须填写抽查名目 occasion") @Size(max = 50, message = "抽查名目不能超过 50 个字") String occasion,
            @NotNull(message = "必须填写抽查开始时间 from") OffsetDateTime from,
            @NotNull(message = "必须填写抽查结束时间 to") OffsetDateTime to,
            @NotNull(message = "必须填写抽查次数 count") @jakarta.validation.constraints.Min(value = 1, message = "抽查次数至少 1 次")
            @jakarta.validation.constraints.Max(value = 50, message = "一次最多排定 50 次抽查") Integer count,
            @Nullable List<@NotBlank String> checkedTenantCodes,
            @NotBlank(message = "必须选择查岗方式 method") String method) {
    }

    record AnswerRequest(@Size(max = 500, message = "应答说明不能超过 500 字") @Nullable String note) {
    }

    /** The checker's conclusion: the violation found ({@code none} for none), rectification ordered, any sanction. */
    record ConclusionRequest(
            @NotBlank(message = "必须选择查岗结论 violation") String violation,
            @Size(max = 1000, message = "整改要求不能超过 1000 字") @Nullable String rectification,
            @Size(max = 500, message = "处理意见不能超过 500 字") @Nullable String sanction,
            @NotNull(message = "必须提供版本号 version") Integer version) {
    }

    record SpotCheck(UUID id, String tenantCode, String tenantName, String checkedTenantCode, String checkedTenantName,
            @Nullable UUID postId, @Nullable String postName, @Nullable String postPhone, String method,
            String methodLabel, OffsetDateTime sentAt, OffsetDateTime answerDueAt, String checkedBy,
            @Nullable OffsetDateTime answeredAt, @Nullable String answeredBy, @Nullable String answerNote,
            String outcome, String outcomeLabel, @Nullable String violation, @Nullable String violationLabel,
            @Nullable String rectification, @Nullable String sanction, @Nullable String concludedBy,
            @Nullable OffsetDateTime concludedAt, @Nullable String occasion, int version, boolean mine, boolean toAnswer) {
    }
}
