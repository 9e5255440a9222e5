package cn.yingji.plans;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Requests and responses of the plans API. */
final class PlanViews {

    private PlanViews() {
    }

    /** 预案 as the API shows it. */
    record Plan(UUID id, String tenantCode, String sharing, UUID seriesId, int versionNo, UUID previousVersionId,
            String title, String category, List<String> eventTypes, UUID ownerUnitId, UUID leadUnitId,
            String docNumber, LocalDate issuedOn, String summary, String status, String statusLabel, int version,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    record Page<T>(long total, int page, int size, List<T> items) {
    }

    /** Create a draft, or edit a draft or returned plan ({@code version} required then). */
    record PlanRequest(
            @NotBlank(message = "预案名称不能为空") @Size(max = 300, message = "预案名称不能超过 300 个字") String title,
            @NotBlank(message = "预案类别不能为空") String category,
            @Size(max = 20, message = "事件类型不能超过 20 个") List<String> eventTypes,
            @NotNull(message = "必须指定预案所属单位 ownerUnitId") UUID ownerUnitId,
            UUID leadUnitId,
            @Size(max = 100, message = "文号不能超过 100 个字") String docNumber,
            LocalDate issuedOn,
            @Size(max = 200000, message = "正文不能超过 20 万字") String summary,
            Integer version) {
    }

    /** 印发: the 文号 and the date make a draft an issued plan. */
    record IssueRequest(
            @Size(max = 100, message = "文号不能超过 100 个字") String docNumber,
            LocalDate issuedOn,
            @NotNull(message = "必须提供版本号 version") Integer version) {
    }

    record VersionRequest(@NotNull(message = "必须提供版本号 version") Integer version) {
    }
}
