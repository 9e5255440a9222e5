package cn.yingji.experts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Requests and responses of the experts API. */
final class ExpertViews {

    private ExpertViews() {
    }

    /**
     * 专家 as the API shows it. {@code phone} and {@code email} are null for viewers who may not invoke
     * experts ({@link cn.yingji.tenancy.Access#INVOKER_ROLES}); {@code contactVisible} says which case it is.
     */
    record Expert(UUID id, String tenantCode, @Nullable String tenantName, String sharing, String name,
            String organization, String title, List<String> specialties, String level, String levelLabel,
            boolean contactVisible, @Nullable String phone, @Nullable String email, String availability,
            String availabilityLabel, boolean inPool, @Nullable String outReason, @Nullable LocalDate outOn,
            @Nullable UUID affiliationUnitId, String note, int version,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, boolean accountLinked) {
    }

    record Page<T>(long total, int page, int size, List<T> items) {
    }

    /** Register an expert, or edit one ({@code version} required then). */
    record ExpertRequest(String name, String organization, @Nullable String title, List<String> specialties,
            String level, String phone, @Nullable String email, @Nullable String availability,
            @Nullable UUID affiliationUnitId, @Size(max = 2000, message = "备注不能超过 2000 字") @Nullable String note,
            @Nullable String sharing, @Nullable Integer version) {

        ExpertFields fields() {
            return new ExpertFields(name, organization, title, specialties, level, phone, email, availability, note);
        }
    }

    /** 出库: why and since when the expert leaves the pool. */
    record LeavePoolRequest(
            @NotBlank(message = "必须填写出库原因 reason") @Size(max = 500, message = "出库原因不能超过 500 字") String reason,
            LocalDate outOn,
            @NotNull(message = "必须提供版本号 version") Integer version) {
    }

    /** 关联专家账号: the login of the expert themself, confirmed by the registering office; blank unlinks. */
    record AccountLinkRequest(@Size(max = 100, message = "账号不能超过 100 个字符") String username,
            @NotNull(message = "必须提供版本号 version") Integer version) {
    }

    record VersionRequest(@NotNull(message = "必须提供版本号 version") Integer version) {
    }

    /** 调用申请. */
    record InvocationRequest(
            @NotNull(message = "必须指定专家 expertId") UUID expertId,
            @NotBlank(message = "必须选择调用事由 purpose") String purpose,
            @Nullable UUID planId,
            @Nullable UUID drillId,
            @NotBlank(message = "必须填写调用事项 subject") @Size(max = 500, message = "调用事项不能超过 500 字") String subject,
            @Nullable LocalDate neededOn) {
    }

    record Invocation(UUID id, String tenantCode, @Nullable String tenantName, UUID expertId,
            @Nullable String expertName, @Nullable String expertOrganization, String expertTenantCode, String purpose,
            String purposeLabel, @Nullable UUID planId, @Nullable UUID drillId, String subject,
            @Nullable LocalDate neededOn, String requestedBy, String status, String statusLabel,
            @Nullable String respondedBy, @Nullable OffsetDateTime respondedAt, @Nullable String responseNote,
            @Nullable String workRecord, @Nullable OffsetDateTime completedAt, @Nullable Integer score,
            @Nullable String evaluationComment, @Nullable String evaluatedBy, @Nullable BigDecimal feeAmount,
            @Nullable String feeNote, int version, OffsetDateTime createdAt, boolean expertAnswers) {
    }

    /** 应答 (accept or decline). */
    record ResponseRequest(@Size(max = 1000, message = "应答说明不能超过 1000 字") String note) {
    }

    /** 工作记录: what the expert did; completes the invocation. */
    record WorkRecordRequest(
            @NotBlank(message = "必须填写工作记录 workRecord") @Size(max = 20000, message = "工作记录不能超过 2 万字") String workRecord,
            @NotNull(message = "必须提供版本号 version") Integer version) {
    }

    /** 考核评价. */
    record EvaluationRequest(
            @NotNull(message = "必须评分 score（1–5）") @Min(value = 1, message = "评分为 1–5") @Max(value = 5, message = "评分为 1–5") Integer score,
            @Size(max = 2000, message = "评价不能超过 2000 字") String comment,
            @NotNull(message = "必须提供版本号 version") Integer version) {
    }

    /** 专家费用. */
    record FeeRequest(
            @NotNull(message = "必须填写费用金额 amount") @DecimalMin(value = "0", message = "费用金额不能为负")
            @Digits(integer = 10, fraction = 2, message = "费用金额最多两位小数") BigDecimal amount,
            @Size(max = 500, message = "费用说明不能超过 500 字") String note,
            @NotNull(message = "必须提供版本号 version") Integer version) {
    }

    /** One proposed expert for a plan review, nearest tier first. */
    record Candidate(UUID id, String name, String organization, String title, String tenantCode, String tenantName,
            String tier, String level, String levelLabel, List<String> specialties, List<String> matchedSpecialties,
            @Nullable Double averageScore) {
    }
}
