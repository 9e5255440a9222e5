package cn.yingji.warnings;

import cn.yingji.platform.Term;

/** 预警信息类型 (CAP msgType): the first warning (首发), an update of one (更新), its cancellation (解除). */
public enum WarningMessage implements Term {

    ALERT("首发"), UPDATE("更新"), CANCEL("解除");

    private final String label;

    WarningMessage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }


    static WarningMessage of(String literal) {
        return Term.of(WarningMessage.class, literal);
    }
}
