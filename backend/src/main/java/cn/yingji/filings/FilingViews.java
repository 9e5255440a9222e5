package cn.yingji.filings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Requests and responses of the filing (备案) API. */
final class FilingViews {

    private FilingViews() {
    }

    /**
     * @param label  the authority as its route names it, e.g. 潍坊市人民政府 or 潍坊市应急管理局
     * @param unitId the organization unit of the receiving tenant that took the filing in (备案受理单位), if on the
     *               platform
     */
    record Authority(@Nullable String tenantCode, @Nullable String tenantName, String unitRole, String label,
            @Nullable UUID unitId) {
    }

    /**
     * 备案去向 computed before submission.
     *
     * @param receivingUnit the receiving tenant's unit that will take the filing in; null outside the platform
     */
    record RoutePreview(String description, String authority, @Nullable String receivingUnit,
            @Nullable String deliverVia, List<String> copyTo, boolean outsidePlatform) {
    }

    /** @param decidedBy the reviewer's name from the people directory (人员名录) */
    record Decision(String decision, @Nullable String reason, @Nullable String filingNumber,
            @Nullable String verificationCode, OffsetDateTime decidedAt, String decidedBy) {
    }

    /**
     * @param planTitle   the title as submitted
     * @param submittedBy the submitter's name from the people directory; null for records without one
     * @param submittedOn the date of record the deadlines are counted from (submittedAt: when the row was written)
     */
    record Filing(UUID id, UUID planId, int planVersionNo, String planTitle, String submitterTenantCode,
            String submitterTenantName, @Nullable String submittedBy, Authority authority, @Nullable String deliverVia,
            List<String> copyTo, String routeDescription, OffsetDateTime submittedAt, LocalDate submittedOn,
            LocalDate filingDueOn, boolean late, @Nullable LocalDate acknowledgementDueOn, boolean acknowledgementLate,
            String status, boolean deemedFiled, @Nullable Decision decision) {
    }

    /** One line of the 备案材料 checklist: a role of plan attachments, required by the owner's policy or not. */
    record Material(String role, String label, boolean required, boolean present) {
    }

    /** One step of a plan's history: {@code actor} is the person's name, {@code action} the audit action (the web app labels it). */
    record TimelineEntry(OffsetDateTime at, String actor, String action, @Nullable String detail) {
    }

    record ReturnRequest(@NotBlank(message = "退回时必须填写理由") @Size(max = 2000, message = "理由不能超过 2000 字") String reason) {
    }
}
