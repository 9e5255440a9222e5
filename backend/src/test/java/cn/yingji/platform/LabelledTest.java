package cn.yingji.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class LabelledTest {

    enum Colour implements Labelled {
        RED("red", "红色"), BLUE("blue", "蓝色");

        private final String literal;
        private final String label;

        Colour(String literal, String label) {
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
    }

    @Test
    void aRequestsLiteralIsReadBackOrRefusedWithEveryChoiceInChinese() {
        assertThat(Labelled.parse(Colour.class, "blue", "invalid-colour", "颜色")).isSameAs(Colour.BLUE);
        for (String bad : new String[] {"green", "", null, "BLUE"}) {
            assertThatThrownBy(() -> Labelled.parse(Colour.class, bad, "invalid-colour", "颜色"))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                        assertThat(e.code()).isEqualTo("invalid-colour");
                        assertThat(e.getMessage()).isEqualTo("颜色无效，可选值：red（红色）、blue（蓝色）");
                    });
        }
    }
}
