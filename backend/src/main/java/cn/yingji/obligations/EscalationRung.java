package cn.yingji.obligations;

import cn.yingji.platform.Labelled;

/** A rung of the escalation ladder of an overdue obligation (逾期升级), in the order they are reached. */
public enum EscalationRung implements Labelled {

    /** 催办: the office is pressed to do it. */
    URGE("urge", "催办"),
    /** 通报: it is reported (to the tier above and in the bulletins). */
    NOTICE("notice", "通报"),
    /** 约谈: the office's head is summoned; recorded. */
    SUMMONS("summons", "约谈");

    private final String literal;
    private final String label;

    EscalationRung(String literal, String label) {
        this.literal = literal;
        this.label = label;
    }

    @Override
    public String literal() {
        return literal;
    }

    @Override
    public String label() {
        return label;
    }

    public static EscalationRung fromLiteral(String literal) {
        return Labelled.byLiteral(EscalationRung.class, literal)
                .orElseThrow(() -> new IllegalArgumentException("unknown escalation rung: " + literal));
    }
}
