package cn.yingji.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void pagesWithinTheFirstTenThousandRowsAreServed() {
        assertThatCode(() -> Paging.check(0, 1)).doesNotThrowAnyException();
        assertThatCode(() -> Paging.check(499, 20)).doesNotThrowAnyException();
        assertThatCode(() -> Paging.check(99, 100)).doesNotThrowAnyException();
    }

    @Test
    void deeperPagesAndOverflowingOnesAreRefused() {
        assertThatThrownBy(() -> Paging.check(500, 20)).hasFieldOrPropertyWithValue("code", "page-too-deep");
        assertThatThrownBy(() -> Paging.check(Integer.MAX_VALUE, 20)).hasFieldOrPropertyWithValue("code", "page-too-deep");
        assertThatThrownBy(() -> Paging.check(Integer.MAX_VALUE, 100)).hasFieldOrPropertyWithValue("code", "page-too-deep");
    }

    @Test
    void negativePagesAndSizesOutOfRangeAreInvalid() {
        assertThatThrownBy(() -> Paging.check(-1, 20)).hasFieldOrPropertyWithValue("code", "invalid-page");
        assertThatThrownBy(() -> Paging.check(0, 0)).hasFieldOrPropertyWithValue("code", "invalid-page");
        assertThatThrownBy(() -> Paging.check(0, 101)).hasFieldOrPropertyWithValue("code", "invalid-page");
    }
}
