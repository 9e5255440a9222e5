package cn.yingji.plans;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import cn.yingji.db.enums.PlanStatus;
import cn.yingji.platform.ApiException;

/**
 * 预案生命周期: draft 编制 → issued 印发 → submitted 报备 → filed 已备案 | returned 退回 → submitted again;
 * an issued or filed version is evaluated 评估 and revised 修订 (a new draft version; issuing it makes this one
 * superseded 已被修订); any version in force can be abolished 废止. Every transition goes through {@link #check}.
 */
public final class PlanLifecycle {

    public enum Action {
        EDIT("修改"), ISSUE("印发"), SUBMIT("报送备案"), ACCEPT("备案登记"), RETURN("退回"), ABOLISH("废止"), REVISE("修订"),
        EVALUATE("评估"), PUBLISH("调整共享范围"), ADD_FILE("上传附件"), REMOVE_FILE("删除附件");

        final String label;

        Action(String label) {
            this.label = label;
        }
    }

    /** Versions in force: issued and not yet replaced or abolished. */
    public static final Set<PlanStatus> IN_FORCE = EnumSet.of(PlanStatus.issued, PlanStatus.submitted, PlanStatus.filed,
            PlanStatus.returned);

    /** Once submitted for filing the materials stay as the authority received them; later versions are history. */
    private static final Set<PlanStatus> FILES_MAY_CHANGE = EnumSet.of(PlanStatus.draft, PlanStatus.issued,
            PlanStatus.returned);

    private static final Map<Action, Set<PlanStatus>> ALLOWED_FROM = Map.ofEntries(
            Map.entry(Action.EDIT, EnumSet.of(PlanStatus.draft, PlanStatus.returned)),
            Map.entry(Action.ISSUE, EnumSet.of(PlanStatus.draft)),
            Map.entry(Action.SUBMIT, EnumSet.of(PlanStatus.issued, PlanStatus.returned)),
            Map.entry(Action.ACCEPT, EnumSet.of(PlanStatus.submitted)),
            Map.entry(Action.RETURN, EnumSet.of(PlanStatus.submitted)),
            Map.entry(Action.ABOLISH, IN_FORCE),
            Map.entry(Action.REVISE, EnumSet.of(PlanStatus.issued, PlanStatus.filed)),
            Map.entry(Action.EVALUATE, IN_FORCE),
            Map.entry(Action.PUBLISH, IN_FORCE),
            Map.entry(Action.ADD_FILE, FILES_MAY_CHANGE),
            Map.entry(Action.REMOVE_FILE, FILES_MAY_CHANGE));

    private PlanLifecycle() {
    }

    static boolean allowed(PlanStatus from, Action action) {
        return ALLOWED_FROM.get(action).contains(from);
    }

    public static void check(PlanStatus from, Action action) {
        if (!allowed(from, action)) {
            throw ApiException.conflict("plan-illegal-transition",
                    "预案当前状态为「" + label(from) + "」，不能" + action.label);
        }
    }

    public static String label(PlanStatus status) {
        return switch (status) {
            case draft -> "编制中";
            case issued -> "已印发";
            case submitted -> "已报备";
            case filed -> "已备案";
            case returned -> "已退回";
            case superseded -> "已被修订";
            case abolished -> "已废止";
        };
    }
}
