package cn.yingji.plans;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Requests and responses of the filing (备案) API. */
final class FilingViews {

    private FilingViews() {
    }

    record Authority(String tenantCode, String tenantName, String unitRole, String label) {
    }

    record Decision(String decision, String reason, String filingNumber, String verificationCode,
            OffsetDateTime decidedAt, String decidedBy) {
    }

    record Filing(UUID id, UUID planId, int planVersionNo, String planTitle, String submitterTenantCode,
            String submitterTenantName, Authority authority, String deliverVia, List<String> copyTo,
            String routeDescription, OffsetDateTime submittedAt, LocalDate filingDueOn, boolean late,
            LocalDate acknowledgementDueOn, boolean acknowledgementLate, String status, boolean deemedFiled,
            Decision decision) {
    }

    /** One line of the 备案材料 checklist: a role of plan attachments, required by the owner's policy or not. */
    record Material(String role, String label, boolean required, boolean present) {
    }

    /** One step of a plan's history: {@code actor} is the person's name, {@code action} the audit action (the web app labels it). */
    record TimelineEntry(OffsetDateTime at, String actor, String action, String detail) {
    }

    record ReturnRequest(@NotBlank(message = "退回时必须填写理由") @Size(max = 2000, message = "理由不能超过 2000 字") String reason) {
    }
}
