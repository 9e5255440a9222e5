package cn.yingji.filing;

import java.util.Optional;

import cn.yingji.platform.Labelled;

/**
 * A kind of document filed with a plan (备案材料), the same values as the plan attachment's role (database enum
 * {@code attachment_role}): {@link #literal()} is the role and the value in the policy's
 * {@code filing.requiredMaterials}, {@link #label()} its zh-CN name.
 */
public enum FilingMaterial implements Labelled {

    /** 预案正文 (第二十六条: 预案文本). */
    TEXT("text", "预案正文"),
    /** 编制说明 (第二十六条). */
    COMPILATION_NOTE("compilation_note", "编制说明"),
    /** 工作手册. */
    HANDBOOK("handbook", "工作手册"),
    /** 行动方案. */
    ACTION_PLAN("action_plan", "行动方案"),
    /** 应急处置卡. */
    DISPOSAL_CARD("disposal_card", "应急处置卡"),
    /** 应急预案备案申报表 (《生产安全事故应急预案管理办法》). */
    FILING_FORM("filing_form", "备案申报表"),
    /** 应急预案评审意见 (enterprise rule). */
    REVIEW_OPINION("review_opinion", "评审意见"),
    /** 风险评估结果 (enterprise rule). */
    RISK_ASSESSMENT("risk_assessment", "风险评估结果"),
    /** 应急资源调查清单 (enterprise rule). */
    RESOURCE_SURVEY("resource_survey", "应急资源调查清单"),
    /** 其他材料. */
    OTHER("other", "其他材料");

    private final String literal;
    private final String label;

    FilingMaterial(String literal, String label) {
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

    public static Optional<FilingMaterial> fromLiteral(String literal) {
        return Labelled.byLiteral(FilingMaterial.class, literal);
    }
}
