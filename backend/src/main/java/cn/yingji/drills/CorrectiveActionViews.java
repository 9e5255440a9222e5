package cn.yingji.drills;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Requests and responses of 整改措施, the one mechanism of a drill's evaluation and an event's 总结评估. */
public final class CorrectiveActionViews {

    private CorrectiveActionViews() {
    }

    /** 整改措施: what, which unit (own or of a region concerned), by when; optionally the plan concerned. */
    public record ActionRequest(
            @NotBlank(message = "必须填写整改内容 description") @Size(max = 2000, message = "整改内容不能超过 2000 字") String description,
            @NotNull(message = "必须指定责任单位 ownerUnitId") UUID ownerUnitId,
            @NotNull(message = "必须填写整改期限 dueOn") LocalDate dueOn,
            @Nullable UUID planId) {
    }

    /** Progress of an action, by its owner or by the region responsible for it. */
    public record ActionProgress(
            @NotBlank(message = "必须选择整改状态 status") String status,
            @Size(max = 2000, message = "进展说明不能超过 2000 字") @Nullable String progressNote,
            @Nullable LocalDate completedOn,
            @NotNull(message = "必须提供版本号 version") Integer version) {
    }

    /**
     * An action of a drill ({@code drillId}) or of an event ({@code eventId}); {@code drillTenantCode} and
     * {@code drillTenantName} name the owner (the drill's organizer or the event's office).
     */
    public record Action(UUID id, @Nullable UUID drillId, @Nullable String drillTitle, @Nullable UUID eventId,
            @Nullable String eventTitle, String drillTenantCode, String drillTenantName,
            String description, UUID ownerUnitId, @Nullable String ownerUnitName, String assigneeCode,
            String assigneeName, LocalDate dueOn, String status, String statusLabel, boolean overdue,
            @Nullable String progressNote, @Nullable LocalDate completedOn, @Nullable UUID planId,
            @Nullable UUID triggerId, boolean own, boolean assigned, int version,
            OffsetDateTime updatedAt) {
    }
}
