package cn.yingji.obligations;

import cn.yingji.platform.Labelled;

/**
 * Where an obligation stands: open until it is done (on time or late), missed when it can no longer be done, or
 * waived with a reason. One definition of "on time" for every feature: done at or before the due time
 * ({@code app.close_obligation} applies it).
 */
public enum ObligationState implements Labelled {

    OPEN("open", "待办"),
    DONE_ON_TIME("done_on_time", "按时办结"),
    DONE_LATE("done_late", "逾期办结"),
    MISSED("missed", "逾期未办"),
    WAIVED("waived", "已免办");

    private final String literal;
    private final String label;

    ObligationState(String literal, String label) {
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

    public static ObligationState fromLiteral(String literal) {
        return Labelled.byLiteral(ObligationState.class, literal)
                .orElseThrow(() -> new IllegalArgumentException("unknown obligation state: " + literal));
    }
}
