package cn.yingji.events;

import cn.yingji.platform.Labelled;
import cn.yingji.platform.Term;

/** 报送方式: how something was told or reported (电话、短信、传真、书面、系统). */
public enum ReportChannel implements Term {

    PHONE("电话"),
    SMS("短信"),
    FAX("传真"),
    WRITTEN("书面"),
    SYSTEM("系统报送");

    private final String label;

    ReportChannel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The constant a request names; 400 with the values to choose from otherwise. */
    static ReportChannel parse(String literal) {
        return Labelled.parse(ReportChannel.class, literal, "invalid-report-channel", "报送方式");
    }

    static ReportChannel of(String literal) {
        return Term.of(ReportChannel.class, literal);
    }
}
