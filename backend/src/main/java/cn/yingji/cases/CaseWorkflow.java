package cn.yingji.cases;

import java.util.Set;

import cn.yingji.db.enums.CaseSeverity;
import cn.yingji.db.enums.CaseStatus;
import cn.yingji.db.enums.Sharing;
import cn.yingji.platform.ApiException;
import cn.yingji.tenancy.Access;
import cn.yingji.tenancy.Role;

/**
 * 案例发布流程: draft 草稿 → reviewed 已审核 → published 已发布, and back to draft. The status decides the sharing
 * (draft private, reviewed up, published public), so the one read rule of row-level security and search applies.
 * <ul>
 * <li>compile and edit a draft, and {@code review} it (本单位审核): an officer of the compiling tenant;</li>
 * <li>{@code publish} a reviewed case: a {@code reviewer} of the compiling tenant or of a tier above it;</li>
 * <li>{@code withdraw} a reviewed or published case to draft: an officer of the compiling tenant (撤回), or a
 * reviewer of a tier above (退回, with a reason).</li>
 * </ul>
 */
final class CaseWorkflow {

    /** 编制人员: the officials of every tier ({@link Access#OFFICIAL_ROLES}). */
    static final Set<Role> OFFICERS = Access.OFFICIAL_ROLES;

    enum Action {
        REVIEW, PUBLISH, WITHDRAW
    }

    /** Where the actor stands to the case: its compiling tenant, a tier above it, or neither. */
    enum Standing {
        OWNER, ABOVE, OTHER
    }

    private CaseWorkflow() {
    }

    /** The status after {@code action}, or the problem why this actor may not take it now. */
    static CaseStatus next(CaseStatus from, Action action, Standing standing, Set<Role> roles) {
        ApiException problem = problem(from, action, standing, roles);
        if (problem != null) {
            throw problem;
        }
        return action == Action.REVIEW ? CaseStatus.reviewed
                : action == Action.PUBLISH ? CaseStatus.published : CaseStatus.draft;
    }

    /** Whether this actor may take {@code action} now (the buttons the UI shows). */
    static boolean allows(CaseStatus from, Action action, Standing standing, Set<Role> roles) {
        return problem(from, action, standing, roles) == null;
    }

    private static ApiException problem(CaseStatus from, Action action, Standing standing, Set<Role> roles) {
        boolean officer = roles.stream().anyMatch(OFFICERS::contains);
        boolean reviewer = roles.contains(Role.REVIEWER);
        return switch (action) {
            case REVIEW -> !(standing == Standing.OWNER && officer) ? forbidden("只有编制案例地区的业务人员可以审核本单位的案例")
                    : from != CaseStatus.draft ? illegal("只有草稿可以审核", from) : null;
            case PUBLISH -> !(standing != Standing.OTHER && reviewer) ? forbidden("只有本级或上级的审查员可以发布案例")
                    : from != CaseStatus.reviewed ? illegal("只有已审核的案例可以发布", from) : null;
            case WITHDRAW -> !(standing == Standing.OWNER && officer || standing == Standing.ABOVE && reviewer)
                    ? forbidden("只有编制案例的地区或上级审查员可以将案例退回草稿")
                    : from == CaseStatus.draft ? illegal("案例已是草稿", from) : null;
        };
    }

    /** Only a draft is edited: a reviewed or published case goes back to draft first. */
    static void checkEditable(CaseStatus status) {
        if (status != CaseStatus.draft) {
            throw ApiException.conflict("case-not-editable", "案例" + label(status) + "，退回草稿后才能修改");
        }
    }

    static Sharing sharing(CaseStatus status) {
        return switch (status) {
            case draft -> Sharing.private_;
            case reviewed -> Sharing.up;
            case published -> Sharing.public_;
        };
    }

    /**
     * Whether the viewer reads published cases only: anyone who neither compiles nor reviews (experts, unit
     * administrators) — a draft shared up for review is the reviewers' business, not theirs.
     */
    static boolean publishedOnly(Set<Role> roles) {
        return roles.stream().noneMatch(r -> OFFICERS.contains(r) || r == Role.REVIEWER);
    }

    static CaseSeverity severity(String literal) {
        CaseSeverity severity = literal == null ? null : CaseSeverity.lookupLiteral(literal.strip());
        if (severity == null) {
            throw ApiException.badRequest("invalid-case-severity",
                    "事件级别无效，可选值：extraordinary（特别重大）、major（重大）、large（较大）、general（一般）");
        }
        return severity;
    }

    static String label(CaseSeverity severity) {
        return switch (severity) {
            case extraordinary -> "特别重大";
            case major -> "重大";
            case large -> "较大";
            case general -> "一般";
        };
    }

    static String label(CaseStatus status) {
        return switch (status) {
            case draft -> "草稿";
            case reviewed -> "已审核";
            case published -> "已发布";
        };
    }

    private static ApiException forbidden(String detail) {
        return ApiException.forbidden("case-workflow-forbidden", detail);
    }

    private static ApiException illegal(String detail, CaseStatus from) {
        return ApiException.conflict("case-illegal-transition", detail + "（当前：" + label(from) + "）");
    }
}
