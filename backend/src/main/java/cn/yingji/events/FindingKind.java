package cn.yingji.events;

import cn.yingji.platform.Labelled;
import cn.yingji.platform.Term;

/** 报送问题: what an office above finds wrong with a region's reporting of an event. */
public enum FindingKind implements Term {

    /** 漏报: the region did not report an event it had to (the upper tier learned of it otherwise). */
    MISSED("漏报"),
    /** 瞒报: the region hid an event or its figures. */
    CONCEALED("瞒报"),
    /** 谎报: the region reported what was not so. */
    FALSE("谎报");

    private final String label;

    FindingKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    static FindingKind parse(String literal) {
        return Labelled.parse(FindingKind.class, literal, "invalid-finding-kind", "报送问题类型");
    }

    static FindingKind of(String literal) {
        return Term.of(FindingKind.class, literal);
    }
}
