package cn.yingji.attachments;

import java.util.regex.Pattern;

/**
 * Makes extracted text fit for the search index: one kind of line break, no control characters, runs of
 * spaces (including the full-width 　 common in Chinese layout) collapsed, at most one blank line in a row.
 * Line breaks are kept: they separate headings and clauses, which helps highlighting.
 */
final class TextNormalizer {

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\f\\u000B\\u0085\\u2028\\u2029]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\uFEFF\\uFFFE\\uFFFF&&[^\\n\\t]]");
    private static final Pattern SPACES = Pattern.compile("[\\t \\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern SPACE_AROUND_BREAK = Pattern.compile(" ?\\n ?");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private TextNormalizer() {
    }

    static String normalize(String raw) {
        String s = LINE_BREAK.matcher(raw).replaceAll("\n");
        s = CONTROL.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ");
        s = SPACE_AROUND_BREAK.matcher(s).replaceAll("\n");
        s = BLANK_LINES.matcher(s).replaceAll("\n\n");
        return s.strip();
    }

    /** Cuts to at most {@code max} chars without splitting a surrogate pair (rare CJK ideographs are pairs). */
    static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }
}
