package cn.yingji.events;

import cn.yingji.platform.Labelled;
import cn.yingji.platform.Term;

/** 应急响应级别（Ⅰ级最高）. */
public enum ResponseLevel implements Term {

    I("Ⅰ级"),
    II("Ⅱ级"),
    III("Ⅲ级"),
    IV("Ⅳ级");

    private final String label;

    ResponseLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    static ResponseLevel parse(String literal) {
        return Labelled.parse(ResponseLevel.class, literal, "invalid-response-level", "响应级别");
    }

    static ResponseLevel of(String literal) {
        return Term.of(ResponseLevel.class, literal);
    }
}
