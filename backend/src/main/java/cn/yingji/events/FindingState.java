package cn.yingji.events;

import cn.yingji.platform.Labelled;
import cn.yingji.platform.Term;

/** 核查状态 of a reporting finding. */
public enum FindingState implements Term {

    /** 待核查: a 漏报 the check suspects, for a person to confirm or dismiss. */
    CANDIDATE("待核查"),
    /** 已认定: confirmed by a person with the basis; it counts on the compliance dashboard. */
    CONFIRMED("已认定"),
    /** 已排除: dismissed by a person with the basis. */
    DISMISSED("已排除");

    private final String label;

    FindingState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    static FindingState parse(String literal) {
        return Labelled.parse(FindingState.class, literal, "invalid-finding-state", "核查状态");
    }

    static FindingState of(String literal) {
        return Term.of(FindingState.class, literal);
    }
}
