package cn.yingji.duty;

import cn.yingji.platform.Labelled;
import cn.yingji.platform.Term;

/** 查岗方式: pushed to the duty post's screen (系统点名), by phone (电话抽查) or by video (视频点名). */
public enum SpotCheckMethod implements Term {

    SYSTEM("系统点名"),
    PHONE("电话抽查"),
    VIDEO("视频点名");

    private final String label;

    SpotCheckMethod(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    static SpotCheckMethod parse(String literal) {
        return Labelled.parse(SpotCheckMethod.class, literal, "invalid-spot-check-method", "查岗方式");
    }

    static SpotCheckMethod of(String literal) {
        return Term.of(SpotCheckMethod.class, literal);
    }
}
