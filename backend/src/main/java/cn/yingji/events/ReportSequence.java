package cn.yingji.events;

import java.util.List;

import cn.yingji.platform.ApiException;

/**
 * 报告顺序: a tenant's reports on an event begin with its 初报, go on with 续报一、续报二… and end with its 终报, after
 * which it sends nothing more on that event. Pure.
 */
final class ReportSequence {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ReportSequence() {
    }

    /** 400 or 409 when {@code next} may not follow the tenant's {@code earlier} reports on the event. */
    static void check(List<ReportStage> earlier, ReportStage next) {
        if (earlier.contains(ReportStage.FINAL)) {
            throw ApiException.conflict("report-after-final", "本单位已报送该事件的终报，不能再报送");
        }
        if (earlier.isEmpty() && next != ReportStage.INITIAL) {
            throw ApiException.badRequest("report-initial-first", "本单位尚未报送该事件的初报，请先报送初报");
        }
        if (!earlier.isEmpty() && next == ReportStage.INITIAL) {
            throw ApiException.badRequest("report-initial-sent", "本单位已报送该事件的初报，请报送续报或终报");
        }
    }

    /** What the report is called: 初报, 续报一 … 续报九十九, 终报. */
    static String title(ReportStage stage, Integer followUpNo) {
        return switch (stage) {
            case INITIAL -> "初报";
            case FINAL -> "终报";
            case FOLLOW_UP -> "续报" + numeral(followUpNo);
        };
    }

    /** A Chinese numeral as documents number their issues: 一, 十, 十一, 二十, 九十九; larger ones in digits. */
    static String numeral(int n) {
        if (n < 1 || n > 99) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (ones == 0 ? "" : DIGITS[ones]);
    }
}
