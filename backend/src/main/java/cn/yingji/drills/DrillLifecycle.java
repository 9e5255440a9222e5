package cn.yingji.drills;

import java.time.LocalDate;

import cn.yingji.db.enums.CorrectiveActionStatus;
import cn.yingji.db.enums.DrillForm;
import cn.yingji.db.enums.DrillRating;
import cn.yingji.db.enums.DrillStatus;
import cn.yingji.platform.ApiException;

/**
 * 演练生命周期: a drill of the annual plan is planned 计划中, then held 已举办 (recorded with its real date) or
 * cancelled 已取消; a drill recorded after the fact is held from the start. Only a held drill is evaluated.
 * Also the labels and literals of the drill vocabulary, in the offices' words.
 */
final class DrillLifecycle {

    private DrillLifecycle() {
    }

    /** Checks a status change ({@code from} is null on create) and the dates that go with the new status. */
    static void check(DrillStatus from, DrillStatus to, LocalDate plannedOn, LocalDate heldOn, LocalDate today) {
        boolean allowed = from == null
                ? to != DrillStatus.cancelled
                : from == to ? from != DrillStatus.cancelled : from == DrillStatus.planned;
        if (!allowed) {
            throw ApiException.conflict("drill-illegal-transition", from == null
                    ? "新建演练的状态只能是计划中或已举办"
                    : "演练当前状态为「" + label(from) + "」，不能改为「" + label(to) + "」");
        }
        if (to == DrillStatus.held) {
            if (heldOn == null) {
                throw ApiException.badRequest("drill-held-date-missing", "已举办的演练必须填写举办日期 heldOn");
            }
            if (heldOn.isAfter(today)) {
                throw ApiException.badRequest("drill-held-in-future",
                        "举办日期 " + heldOn + " 晚于今天：尚未举办的演练请登记为计划中");
            }
        } else if (heldOn != null) {
            throw ApiException.badRequest("drill-held-date-unexpected", "未举办的演练不能填写举办日期");
        }
        if (to == DrillStatus.planned && plannedOn == null) {
            throw ApiException.badRequest("drill-planned-date-missing", "计划中的演练必须填写计划日期 plannedOn");
        }
    }

    static void checkEvaluable(DrillStatus status) {
        if (status != DrillStatus.held) {
            throw ApiException.conflict("drill-not-held", "演练尚未举办（当前状态为「" + label(status) + "」），不能评估");
        }
    }

    static DrillForm form(String literal) {
        DrillForm form = literal == null ? null : DrillForm.lookupLiteral(literal);
        if (form == null) {
            throw ApiException.badRequest("invalid-drill-form",
                    "演练形式无效，可选值：tabletop（桌面推演）、field（实战演练）、comprehensive（综合演练）、functional（专项演练）");
        }
        return form;
    }

    static DrillStatus status(String literal) {
        DrillStatus status = literal == null ? null : DrillStatus.lookupLiteral(literal);
        if (status == null) {
            throw ApiException.badRequest("invalid-drill-status", "演练状态无效，可选值：planned、held、cancelled");
        }
        return status;
    }

    static DrillRating rating(String literal) {
        DrillRating rating = literal == null ? null : DrillRating.lookupLiteral(literal);
        if (rating == null) {
            throw ApiException.badRequest("invalid-drill-rating", "评估等级无效，可选值：excellent、good、fair、poor");
        }
        return rating;
    }

    static CorrectiveActionStatus actionStatus(String literal) {
        CorrectiveActionStatus status = literal == null ? null : CorrectiveActionStatus.lookupLiteral(literal);
        if (status == null) {
            throw ApiException.badRequest("invalid-action-status", "整改状态无效，可选值：open、in_progress、done");
        }
        return status;
    }

    static String label(DrillStatus status) {
        return switch (status) {
            case planned -> "计划中";
            case held -> "已举办";
            case cancelled -> "已取消";
        };
    }

    static String label(DrillForm form) {
        return switch (form) {
            case tabletop -> "桌面推演";
            case field -> "实战演练";
            case comprehensive -> "综合演练";
            case functional -> "专项演练";
        };
    }

    static String label(DrillRating rating) {
        return switch (rating) {
            case excellent -> "优秀";
            case good -> "良好";
            case fair -> "一般";
            case poor -> "较差";
        };
    }

    static String label(CorrectiveActionStatus status) {
        return switch (status) {
            case open -> "待整改";
            case in_progress -> "整改中";
            case done -> "已完成";
        };
    }
}
