package cn.yingji.events;

import cn.yingji.platform.Labelled;
import cn.yingji.platform.Term;

/** 回头看结论: whether what the event taught was put right. */
public enum ReviewConclusion implements Term {

    EFFECTIVE("整改到位"),
    PARTIAL("部分落实"),
    INEFFECTIVE("未落实到位");

    private final String label;

    ReviewConclusion(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The constant a request names; 400 with the values to choose from otherwise. */
    static ReviewConclusion parse(String literal) {
        return Labelled.parse(ReviewConclusion.class, literal, "invalid-review-conclusion", "回头看结论");
    }

    static ReviewConclusion of(String literal) {
        return Term.of(ReviewConclusion.class, literal);
    }
}
