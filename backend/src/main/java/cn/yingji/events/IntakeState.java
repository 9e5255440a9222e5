package cn.yingji.events;

import cn.yingji.platform.Labelled;
import cn.yingji.platform.Term;

/** 接报状态: 待研判, 已研判 (opened as or attached to an event), 不予处理. */
public enum IntakeState implements Term {

    NEW("待研判"),
    SCREENED("已研判"),
    DISMISSED("不予处理"),
    /** 已转办: passed to the tier above or a tier below (分级流转). */
    FORWARDED("已转办");

    private final String label;

    IntakeState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The constant a request names; 400 with the values to choose from otherwise. */
    static IntakeState parse(String literal) {
        return Labelled.parse(IntakeState.class, literal, "invalid-intake-state", "接报状态");
    }

    static IntakeState of(String literal) {
        return Term.of(IntakeState.class, literal);
    }
}
