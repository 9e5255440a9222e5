package cn.yingji.platform;

import java.util.concurrent.Callable;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The answer of every .xlsx export endpoint: the workbook is built off the event loop ({@link Spreadsheets} and
 * POI block) and sent as a download with its Chinese file name.
 */
@Component
public class XlsxResponses {

    private final JdbcScheduler blocking;

    XlsxResponses(JdbcScheduler blocking) {
        this.blocking = blocking;
    }

    /** The workbook {@code workbook} builds, as the download {@code fileName}. */
    public Mono<ResponseEntity<byte[]>> download(String fileName, Callable<byte[]> workbook) {
        return blocking.call(workbook).map(xlsx -> Spreadsheets.download(fileName, xlsx));
    }

    /**
     * {@link #download}, unless the list has more than {@code max} rows: an export never silently drops rows, so the
     * answer is then 400 {@code export-too-large} with {@code tooLarge} (which says how to narrow the list).
     */
    public Mono<ResponseEntity<byte[]>> download(String fileName, long total, int max, String tooLarge,
            Callable<byte[]> workbook) {
        return total > max ? Mono.error(ApiException.badRequest("export-too-large", tooLarge)) : download(fileName, workbook);
    }
}
