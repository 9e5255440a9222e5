package cn.yingji.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Requests and responses of the case library API (典型案例库). */
public final class CaseViews {

    private CaseViews() {
    }

    /** 处置过程的一步: when (local time in China) and what happened or was done. */
    public record Step(@NotNull(message = "必须填写时间 at") LocalDateTime at,
            @NotBlank(message = "必须填写经过 description") @Size(max = 2000, message = "每一步的经过不能超过 2000 字") String description) {
    }

    /**
     * A case as its compiler writes it; an update sends the whole case with its {@code version}. The timeline
     * and the links are replaced whole, in the same transaction as the case.
     */
    public record CaseRequest(
            @NotBlank(message = "案例标题不能为空") @Size(max = 300, message = "案例标题不能超过 300 个字") String title,
            @NotBlank(message = "必须选择事件类型 eventType") String eventType,
            @NotBlank(message = "必须选择事件级别 severity") String severity,
            @NotBlank(message = "必须选择发生地 placeCode") String placeCode,
            @Size(max = 300, message = "具体地点不能超过 300 个字") @Nullable String placeText,
            @NotNull(message = "必须填写发生日期 occurredOn") LocalDate occurredOn,
            @Nullable Integer deaths,
            @Nullable Integer injuries,
            @Nullable Integer missing,
            @Nullable Integer affected,
            @Nullable BigDecimal directLoss,
            @Size(max = 2000, message = "损失情况说明不能超过 2000 字") @Nullable String lossesNote,
            @Size(max = 50000, message = "案情概述不能超过 5 万字") @Nullable String summary,
            @Size(max = 50000, message = "经验做法不能超过 5 万字") @Nullable String whatWorked,
            @Size(max = 50000, message = "存在问题不能超过 5 万字") @Nullable String problems,
            @Size(max = 50000, message = "启示与教训不能超过 5 万字") @Nullable String lessons,
            @Size(max = 1000, message = "来源不能超过 1000 字") @Nullable String source,
            @Valid @Size(max = 200, message = "处置过程不能超过 200 步") @Nullable List<Step> timeline,
            @Size(max = 20, message = "关联预案不能超过 20 个") @Nullable List<UUID> planIds,
            @Size(max = 20, message = "关联演练不能超过 20 个") @Nullable List<UUID> drillIds,
            @Size(max = 50, message = "关联整改措施不能超过 50 个") @Nullable List<UUID> actionIds,
            @Nullable Integer version) {
    }

    /**
     * A workflow action: the version the actor saw, for a return the reason, and when publishing whether the case is
     * a 经典案例 ({@code classic}: ranked first among the cases holding every word of a search).
     */
    record WorkflowRequest(@NotNull(message = "必须提供版本号 version") Integer version,
            @Size(max = 2000, message = "意见不能超过 2000 字") @Nullable String note, @Nullable Boolean classic) {

        boolean isClassic() {
            return Boolean.TRUE.equals(classic);
        }
    }

    /** A linked record; {@code name} null when the viewer may not read it. */
    record Named(String id, @Nullable String name) {
    }

    record Place(String code, String name, String province, @Nullable String city, String text) {
    }

    record Losses(@Nullable Integer deaths, @Nullable Integer injuries, @Nullable Integer missing,
            @Nullable Integer affected, @Nullable BigDecimal directLoss, String note) {
    }

    /**
     * 典型案例 as the API shows it. {@code classic}: published as a 经典案例; {@code own}: the viewer's tenant compiled it;
     * {@code canPublish}/{@code canReturn}: the viewer may take that workflow step now. Linked records the viewer may not read come without a name.
     */
    record Case(UUID id, String tenantCode, String tenantName, String sharing, String status, String statusLabel,
            String title, String eventType, String severity, String severityLabel, Place place, LocalDate occurredOn,
            Losses losses, String summary, String whatWorked, String problems, String lessons, String source,
            List<Step> timeline, List<Named> plans, List<Named> drills, List<Named> actions, @Nullable String reviewedBy,
            @Nullable OffsetDateTime reviewedAt, @Nullable String publishedBy, @Nullable OffsetDateTime publishedAt,
            @Nullable String reviewNote,
            boolean classic, String createdBy, boolean own, boolean canEdit, boolean canPublish, boolean canReturn,
            int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    /** A row of the case list. */
    record CaseRow(UUID id, String tenantCode, String tenantName, String title, String eventType, String severity,
            String severityLabel, String placeName, String placeProvince, @Nullable String placeCity,
            LocalDate occurredOn, @Nullable Integer deaths, String status, String statusLabel, boolean own) {
    }

    record Page<T>(long total, int page, int size, List<T> items) {
    }

    /** 描述正在发生的事件: free text to find similar cases by. */
    record DescriptionRequest(@Nullable String description) {
    }

    /** 保存的检索: a name and the search's parameters. */
    record SavedSearchRequest(
            @NotBlank(message = "必须填写检索名称 name") @Size(max = 100, message = "检索名称不能超过 100 个字") String name,
            @NotNull(message = "必须提供检索条件 query") @Valid SearchParams query) {
    }

    record SearchParams(@Nullable String q, @Nullable String eventType, @Nullable String severity,
            @Nullable String region, @Nullable String year) {
    }

    record SavedSearch(UUID id, String name, SearchParams query, OffsetDateTime createdAt) {
    }
}
