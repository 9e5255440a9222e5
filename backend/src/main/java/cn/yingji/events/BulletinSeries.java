package cn.yingji.events;

import cn.yingji.platform.Labelled;
import cn.yingji.platform.Term;

/** 简报刊物: the numbered series an office issues, each numbered anew every year. */
public enum BulletinSeries implements Term {

    EXPRESS("信息快报"),
    DUTY("值班信息");

    private final String label;

    BulletinSeries(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The constant a request names; 400 with the values to choose from otherwise. */
    static BulletinSeries parse(String literal) {
        return Labelled.parse(BulletinSeries.class, literal, "invalid-bulletin-series", "刊物");
    }

    static BulletinSeries of(String literal) {
        return Term.of(BulletinSeries.class, literal);
    }

    /** 《信息快报》2026年第3期 */
    String issue(int year, int number) {
        return "《" + label + "》" + year + "年第" + number + "期";
    }
}
