package cn.yingji.events;

import cn.yingji.platform.Labelled;
import cn.yingji.platform.Term;

/** 应急响应的启动、调整、终止. */
public enum ResponseAction implements Term {

    START("启动"),
    ADJUST("调整"),
    END("终止");

    private final String label;

    ResponseAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    static ResponseAction parse(String literal) {
        return Labelled.parse(ResponseAction.class, literal, "invalid-response-action", "响应动作");
    }

    static ResponseAction of(String literal) {
        return Term.of(ResponseAction.class, literal);
    }
}
