package cn.yingji.filing;

import java.util.Arrays;

/**
 * The unit of a tier that receives a filing or a copy (备案/抄送单位). {@link #literal()} is the {@code unit} or
 * {@code deliverVia} value of the policy's {@code filing.routes}.
 */
public enum UnitRole {

    /** 人民政府. */
    GOVERNMENT("government"),
    /** 应急管理部门. */
    EMERGENCY_MANAGEMENT("emergencyManagement"),
    /** 相应牵头（主管）部门 of the plan's subject. */
    LEAD_DEPARTMENT("leadDepartment"),
    /** 有关部门. */
    RELEVANT_DEPARTMENTS("relevantDepartments"),
    /** 乡镇人民政府/街道办事处 (a unit inside a county tenant, not a tenant itself). */
    TOWNSHIP("township"),
    /** 主管/监管部门 of an enterprise or institution (谁管理、谁备案). */
    SUPERVISING_DEPARTMENT("supervisingDepartment");

    private final String literal;

    UnitRole(String literal) {
        this.literal = literal;
    }

    public String literal() {
        return literal;
    }

    static UnitRole fromLiteral(String literal) {
        return Arrays.stream(values()).filter(r -> r.literal.equals(literal)).findFirst()
                .orElseThrow(() -> new IllegalStateException("filing.routes: unknown unit " + literal));
    }
}
