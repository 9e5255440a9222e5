package cn.yingji.support;

import java.util.List;

/** Search input that must get results or a clear 400, never a 500 (plans, experts). */
public final class OddQueries {

    private OddQueries() {
    }

    /** Accepted queries (each at most 100 characters): operators, quotes, emoji, mixed scripts, full width. */
    public static final List<String> ACCEPTED = List.of(
            "AND OR NOT + - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /",
            "\"危险化学品\" AND (火灾 OR 爆炸)",
            "\"危险化学品", "危险化学品\"", "'", "\\", "/", "*", "?", "-", "+应急 -地震", "title:预案", "name:*",
            "应急~2", "预案^10", "[2020 TO 2026]", "{}", "(", ")", "&&", "||", "!",
            "H2S泄漏 应急", "危化品🔥", "🚒 应急 emergency", "🔥", "👨‍🚒", "H₂S", "PM2.5 超标",
            "（防汛）！，。《》【】“”", "ＬＮＧ储罐", "全角　空格", "مرحبا 应急", "Пожар 火灾", "e\u0301",
            "\u0000", "\t\n", "\u200b", "\uFFFD", "%", "&q=", "<script>alert(1)</script>", "' OR 1=1 --",
            "应 ".repeat(49) + "应");

    /** Just over the length limit (in UTF-16 units, as the API counts): 400 {@code search-query-too-long}. */
    public static String tooLong(int limit) {
        StringBuilder q = new StringBuilder();
        while (q.length() <= limit) {
            q.append("危化品🔥");
        }
        return q.toString();
    }
}
