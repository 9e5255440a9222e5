package cn.yingji.events;

import cn.yingji.platform.Labelled;
import cn.yingji.platform.Term;

/** 事件级别 (《突发事件应对法》): 一般 < 较大 < 重大 < 特别重大, in this order (compareTo ranks them). */
public enum Severity implements Term {

    GENERAL("一般"),
    MAJOR("较大"),
    SERIOUS("重大"),
    ESPECIALLY_SERIOUS("特别重大");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The constant a request names; 400 with the values to choose from otherwise. */
    static Severity parse(String literal) {
        return Labelled.parse(Severity.class, literal, "invalid-event-severity", "事件级别");
    }

    static Severity of(String literal) {
        return Term.of(Severity.class, literal);
    }

    /** The case library's name of the same grade (its catalog predates this one: extraordinary, major, large, general). */
    String caseLiteral() {
        return switch (this) {
            case GENERAL -> "general";
            case MAJOR -> "large";
            case SERIOUS -> "major";
            case ESPECIALLY_SERIOUS -> "extraordinary";
        };
    }
}
