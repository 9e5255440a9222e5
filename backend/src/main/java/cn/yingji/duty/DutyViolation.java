package cn.yingji.duty;

import cn.yingji.platform.Labelled;
import cn.yingji.platform.Term;

/**
 * 值守问题: what a spot check found (「坚决杜绝脱岗、漏岗和空岗」「严禁门卫、保安等人员顶替班」), recorded by the checking tier
 * as its conclusion.
 */
public enum DutyViolation implements Term {

    NONE("未发现问题"),
    ABSENT("脱岗"),
    MISSED("漏岗"),
    EMPTY("空岗"),
    STAND_IN("顶岗");

    private final String label;

    DutyViolation(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    static DutyViolation parse(String literal) {
        return Labelled.parse(DutyViolation.class, literal, "invalid-duty-violation", "值守问题");
    }

    static DutyViolation of(String literal) {
        return Term.of(DutyViolation.class, literal);
    }
}
