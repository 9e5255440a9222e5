package cn.yingji.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void collapsesSpacesIncludingFullWidthAndKeepsOneBlankLine() {
        String raw = "  第一章\u3000\u3000总则 \r\n\r\n\r\n\r\n1.1\t编制目的\f第二章\u00A0组织体系  ";

        assertThat(TextNormalizer.normalize(raw)).isEqualTo("第一章 总则\n\n1.1 编制目的\n第二章 组织体系");
    }

    @Test
    void dropsControlCharactersButKeepsLineBreaks() {
        assertThat(TextNormalizer.normalize("应急\u0000指挥\u0007部\n\uFEFF成员")).isEqualTo("应急指挥部\n成员");
    }

    @Test
    void truncationDoesNotSplitASurrogatePair() {
        String rare = "预案𠀀"; // U+20000 is two chars

        assertThat(TextNormalizer.truncate(rare, 3)).isEqualTo("预案");
        assertThat(TextNormalizer.truncate(rare, 4)).isEqualTo(rare);
    }
}
