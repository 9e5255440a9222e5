package cn.yingji.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void chineseTextLineBreaksTabsAndEmojiAreStored() {
        assertThat(Text.firstForbidden("潍城区\t突发事件\r\n总体应急预案 😀")).isEqualTo(-1);
        assertThat(Text.firstForbidden("")).isEqualTo(-1);
    }

    @Test
    void nulOtherControlCharactersAndUnpairedSurrogatesAreNot() {
        assertThat(Text.firstForbidden("预案\u0000")).isEqualTo(2);
        assertThat(Text.firstForbidden("a\u0001")).isEqualTo(1);
        assertThat(Text.firstForbidden("\u001f")).isZero();
        assertThat(Text.firstForbidden("a\ud800b")).isEqualTo(1);
        assertThat(Text.firstForbidden("ab\udc00")).isEqualTo(2);
        assertThat(Text.firstForbidden("\ud83d")).isZero();
    }

    @Test
    void aRefusalIsA400WithAStableCodeAndTheField() {
        assertThatThrownBy(() -> Text.require("title", "x\u0000"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("invalid-character");
                    assertThat(e.detail()).contains("U+0000");
                    assertThat(e.extra()).containsEntry("field", "title");
                });
    }
}
