package cn.yingji.warnings;

import cn.yingji.platform.Term;

/** 预警状态: drafted, approved (签发), published once; then superseded by an update or cancelled (解除). */
public enum WarningStatus implements Term {

    DRAFT("草稿"), APPROVED("已签发"), PUBLISHED("已发布"), SUPERSEDED("已更新"), CANCELLED("已解除");

    private final String label;

    WarningStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }


    static WarningStatus of(String literal) {
        return Term.of(WarningStatus.class, literal);
    }
}
