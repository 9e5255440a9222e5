package cn.yingji.warnings;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Requests and responses of the warnings (预警发布) API. */
final class WarningViews {

    private WarningViews() {
    }

    /** A draft: hazard, level, words, area (tenants below or the caller's own, optional polygon), time, audience. */
    record WarningRequest(
            @NotBlank(message = "必须填写预警种类 hazard") @Size(max = 50, message = "预警种类不能超过 50 个字") String hazard,
            @NotBlank(message = "必须选择预警级别 level") String level,
            @NotBlank(message = "必须填写预警标题 headline") @Size(max = 200, message = "预警标题不能超过 200 个字") String headline,
            @NotBlank(message = "必须填写预警内容 description") @Size(max = 4000, message = "预警内容不能超过 4000 字") String description,
            @Size(max = 2000, message = "防御指南不能超过 2000 字") @Nullable String instruction,
            @NotEmpty(message = "必须选择预警区域 areaCodes") @Size(max = 200, message = "预警区域最多 200 个地区") List<@NotBlank String> areaCodes,
            @NotBlank(message = "必须填写区域描述 areaDesc") @Size(max = 300, message = "区域描述不能超过 300 个字") String areaDesc,
            @Size(max = 20000, message = "多边形不能超过 20000 个字符") @Nullable String polygon,
            @Size(max = 100, message = "发布对象不能超过 100 个字") @Nullable String audience,
            @Nullable List<@NotBlank String> channels,
            @NotNull(message = "必须填写生效时间 onset") OffsetDateTime onset,
            @NotNull(message = "必须填写失效时间 expires") OffsetDateTime expires,
            @Nullable Integer version) {
    }

    /** 签发: the leader who signs it off. */
    record ApproveRequest(
            @NotBlank(message = "必须填写签发领导 approverName") @Size(max = 50, message = "签发领导不能超过 50 个字") String approverName,
            @NotNull(message = "必须提供版本号 version") Integer version) {
    }

    record VersionRequest(@NotNull(message = "必须提供版本号 version") Integer version) {
    }

    /** A tenant of the area and its 叫应: when and by whom, late or not; {@code callDown} once its time has passed. */
    record Acknowledgement(String tenantCode, String tenantName, @Nullable OffsetDateTime acknowledgedAt,
            @Nullable String acknowledgedBy, boolean late, boolean callDown) {
    }

    record Warning(UUID id, String tenantCode, String tenantName, @Nullable String identifier, String message,
            String messageLabel, @Nullable UUID referencesId, String hazard, String level, String levelLabel,
            String headline, String description, String instruction, List<String> areaCodes, List<String> areaNames,
            String areaDesc, @Nullable String polygon, String audience, List<String> channels, OffsetDateTime onset,
            OffsetDateTime expires, String status, String statusLabel, String createdBy, @Nullable String approverName,
            @Nullable OffsetDateTime approvedAt, @Nullable OffsetDateTime publishedAt,
            @Nullable OffsetDateTime acknowledgeBy, List<Acknowledgement> acknowledgements, int version, boolean mine,
            boolean toAcknowledge) {
    }
}
