package cn.yingji.duty;

import cn.yingji.platform.Labelled;
import cn.yingji.platform.Term;

/** 值班角色: the leader on duty (带班领导, 「24小时领导带班」) or a duty officer (值班员). */
public enum DutyRole implements Term {

    LEADER("带班领导"),
    OFFICER("值班员");

    private final String label;

    DutyRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    static DutyRole parse(String literal) {
        return Labelled.parse(DutyRole.class, literal, "invalid-duty-role", "值班角色");
    }

    static DutyRole of(String literal) {
        return Term.of(DutyRole.class, literal);
    }
}
