package cn.yingji.platform;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * What text the platform stores: no control characters but tab and line breaks, no unpaired surrogates.
 * PostgreSQL refuses NUL (0x00) outright, and the other C0 controls cannot be written into the XML of .xlsx
 * exports, so such text is refused when it arrives rather than when it is stored or exported.
 */
public final class Text {

    private Text() {
    }

    /** The index of the first character the platform does not store, or -1 when there is none. */
    public static int firstForbidden(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Refuses text with a character {@link #firstForbidden} names: 400 {@code invalid-character}, naming the
     * request's {@code field} (may be null) in the problem for the client.
     */
    public static void require(String field, CharSequence text) {
        int at = firstForbidden(text);
        if (at >= 0) {
            String detail = String.format("提交的文本含有不允许的字符（U+%04X，如 NUL 等控制字符），请删除后重试",
                    (int) text.charAt(at));
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-character", detail,
                    field == null ? Map.of() : Map.of("field", field));
        }
    }

    /** At most {@code max} characters of {@code text} and an ellipsis when it was longer (for a title, a note). */
    public static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
