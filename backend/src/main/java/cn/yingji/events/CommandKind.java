package cn.yingji.events;

import cn.yingji.platform.Labelled;
import cn.yingji.platform.Term;

/** 应急指挥机构：指挥部或工作组. */
public enum CommandKind implements Term {

    HEADQUARTERS("指挥部"),
    GROUP("工作组");

    private final String label;

    CommandKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    static CommandKind parse(String literal) {
        return Labelled.parse(CommandKind.class, literal, "invalid-command-kind", "指挥机构类型");
    }

    static CommandKind of(String literal) {
        return Term.of(CommandKind.class, literal);
    }
}
