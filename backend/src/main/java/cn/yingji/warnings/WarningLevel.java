package cn.yingji.warnings;

import cn.yingji.platform.Labelled;
import cn.yingji.platform.Term;

/** 预警级别: 红色 (一级, the gravest) to 蓝色 (四级). */
public enum WarningLevel implements Term {

    RED("红色"),
    ORANGE("橙色"),
    YELLOW("黄色"),
    BLUE("蓝色");

    private final String label;

    WarningLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    static WarningLevel parse(String literal) {
        return Labelled.parse(WarningLevel.class, literal, "invalid-warning-level", "预警级别");
    }

    static WarningLevel of(String literal) {
        return Term.of(WarningLevel.class, literal);
    }
}
