package cn.yingji.events;

import cn.yingji.platform.Labelled;
import cn.yingji.platform.Term;

/** 信息来源 of an intake item (统一接报: 「上级通知、网格上报、社会反映、互联网监测」). */
public enum IntakeSource implements Term {

    LOWER_TIER("下级报告"),
    DEPARTMENT("部门报告"),
    TOWNSHIP("乡镇（街道）报告"),
    GRID_MEMBER("网格员/信息员"),
    HOTLINE("12350热线"),
    TRANSFER("110/119/120转接"),
    UPPER_NOTICE("上级通知"),
    OPINION("舆情监测");

    private final String label;

    IntakeSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The constant a request names; 400 with the values to choose from otherwise. */
    static IntakeSource parse(String literal) {
        return Labelled.parse(IntakeSource.class, literal, "invalid-intake-source", "信息来源");
    }

    static IntakeSource of(String literal) {
        return Term.of(IntakeSource.class, literal);
    }
}
