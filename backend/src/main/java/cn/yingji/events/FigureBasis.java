package cn.yingji.events;

import cn.yingji.platform.Labelled;
import cn.yingji.platform.Term;

/** 统计口径 of a report's figures: 部门口径, 属地口径, 核定口径. */
public enum FigureBasis implements Term {

    DEPARTMENT("部门口径"),
    TERRITORIAL("属地口径"),
    VERIFIED("核定口径");

    private final String label;

    FigureBasis(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The constant a request names; 400 with the values to choose from otherwise. */
    static FigureBasis parse(String literal) {
        return Labelled.parse(FigureBasis.class, literal, "invalid-figure-basis", "统计口径");
    }

    static FigureBasis of(String literal) {
        return Term.of(FigureBasis.class, literal);
    }
}
