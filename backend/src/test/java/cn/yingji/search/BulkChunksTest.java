package cn.yingji.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class BulkChunksTest {

    @Test
    void chunksStayWithinTheByteLimitAndKeepTheOrder() {
        List<Long> sizes = List.of(400L, 300L, 300L, 900L, 100L, 50L);
        assertThat(BulkChunks.split(sizes, Long::longValue, 1000))
                .containsExactly(List.of(400L, 300L, 300L), List.of(900L, 100L), List.of(50L));
    }

    @Test
    void anOperationLargerThanTheLimitGoesAlone() {
        assertThat(BulkChunks.split(List.of(10L, 5000L, 10L), Long::longValue, 1000))
                .containsExactly(List.of(10L), List.of(5000L), List.of(10L));
        assertThat(BulkChunks.split(List.<Long>of(), Long::longValue, 1000)).isEmpty();
    }

    @Test
    void parkedDocumentsAreRetriedLaterAndLater() {
        Duration first = Duration.ofSeconds(30);
        Duration max = Duration.ofHours(1);
        assertThat(BulkChunks.retryDelay(1, first, max)).isEqualTo(first);
        assertThat(BulkChunks.retryDelay(2, first, max)).isEqualTo(Duration.ofMinutes(1));
        assertThat(BulkChunks.retryDelay(4, first, max)).isEqualTo(Duration.ofMinutes(4));
        assertThat(BulkChunks.retryDelay(40, first, max)).isEqualTo(max);
    }
}
