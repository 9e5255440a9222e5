package cn.yingji.events;

import cn.yingji.platform.Labelled;
import cn.yingji.platform.Term;

/** 报告类别: 初报, 续报 (numbered 续报一、二…), 终报. */
public enum ReportStage implements Term {

    INITIAL("初报"),
    FOLLOW_UP("续报"),
    FINAL("终报");

    private final String label;

    ReportStage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The constant a request names; 400 with the values to choose from otherwise. */
    static ReportStage parse(String literal) {
        return Labelled.parse(ReportStage.class, literal, "invalid-report-stage", "报告类别");
    }

    static ReportStage of(String literal) {
        return Term.of(ReportStage.class, literal);
    }
}
