package cn.yingji.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import cn.yingji.platform.ApiException;

class AttachmentInspectorTest {

    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @TempDir
    Path dir;

    private final AttachmentInspector inspector = new AttachmentInspector(AttachmentProperties.defaults());

    @Test
    void docxTextIncludesBodyTableCellsAndHeader() throws Exception {
        Path file = TestFiles.write(dir, "预案.docx",
                TestFiles.docx("本预案适用于危险化学品泄漏事故的应急处置。", "应急指挥部", "某县应急管理局"));

        Inspected result = inspector.inspect("预案.docx", file);

        assertThat(result.mediaType()).isEqualTo(DOCX_TYPE);
        assertThat(result.extension()).isEqualTo("docx");
        assertThat(result.text())
                .contains("本预案适用于危险化学品泄漏事故的应急处置")
                .contains("应急指挥部")
                .contains("某县应急管理局");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void chinesePdfTextIsExtracted() throws Exception {
        Path file = TestFiles.write(dir, "预案.pdf", TestFiles.chinesePdf("本预案适用于危险化学品泄漏事故的应急处置"));

        Inspected result = inspector.inspect("预案.pdf", file);

        assertThat(result.mediaType()).isEqualTo("application/pdf");
        assertThat(result.extension()).isEqualTo("pdf");
        assertThat(result.text()).isEqualTo("本预案适用于危险化学品泄漏事故的应急处置");
    }

    @Test
    void sizeAndChecksumAreOfTheExactBytes() throws Exception {
        byte[] bytes = TestFiles.handWrittenPdf();
        Path file = TestFiles.write(dir, "min.pdf", bytes);

        Inspected result = inspector.inspect("min.pdf", file);

        assertThat(result.size()).isEqualTo(bytes.length).isEqualTo(580);
        assertThat(result.sha256Hex()).isEqualTo("acc8af7b15b808423a70d6e632f8435c3737b26cc676cb24b8477909346bd6c5");
        assertThat(result.text()).isEqualTo("Yingji");
    }

    @Test
    void docxNamedPdfIsAcceptedAsDocxWithAWarning() throws Exception {
        Path file = TestFiles.write(dir, "upload", TestFiles.docx("应急响应分为四级", "", ""));

        Inspected result = inspector.inspect("预案.pdf", file);

        assertThat(result.mediaType()).isEqualTo(DOCX_TYPE);
        assertThat(result.extension()).isEqualTo("docx");
        assertThat(result.text()).contains("应急响应分为四级");
        assertThat(result.warnings()).singleElement().asString().contains("预案.pdf").contains("Word");
    }

    @Test
    void executableNamedDocxIsRejectedAsWrongType() throws Exception {
        Path file = TestFiles.write(dir, "upload", TestFiles.windowsExecutable());

        assertProblem(() -> inspector.inspect("预案.docx", file), HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "attachment-type-not-allowed", "仅支持 .docx 和 .pdf 文件（按文件内容判断）");
    }

    @Test
    void plainZipNamedDocxIsRejectedAsWrongType() throws Exception {
        Path file = TestFiles.write(dir, "upload", TestFiles.zip("预案.txt", "内容".getBytes(StandardCharsets.UTF_8)));

        assertProblem(() -> inspector.inspect("预案.docx", file), HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "attachment-type-not-allowed", "仅支持 .docx 和 .pdf 文件（按文件内容判断）");
    }

    @Test
    void legacyWordDocIsRejectedWithSaveAsHint() throws Exception {
        Path file = TestFiles.write(dir, "upload", TestFiles.legacyDoc());

        assertProblem(() -> inspector.inspect("预案.docx", file), HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "attachment-type-not-allowed", "请另存为 .docx 后上传");
    }

    @Test
    void plainTextIsRejectedAsWrongType() throws Exception {
        Path file = TestFiles.write(dir, "upload", "本预案适用于……".getBytes(StandardCharsets.UTF_8));

        assertProblem(() -> inspector.inspect("预案.pdf", file), HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "attachment-type-not-allowed", "仅支持");
    }

    @Test
    void emptyFileIsRejected() throws Exception {
        Path file = TestFiles.write(dir, "upload", new byte[0]);

        assertProblem(() -> inspector.inspect("预案.pdf", file), HttpStatus.BAD_REQUEST, "attachment-empty", "空");
    }

    @Test
    void fileOverTheConfiguredLimitIsRejectedBeforeParsing() throws Exception {
        var small = new AttachmentInspector(AttachmentProperties.defaults().withMaxSize(DataSize.ofKilobytes(1)));
        Path file = TestFiles.write(dir, "upload", new byte[1025]);

        assertProblem(() -> small.inspect("预案.pdf", file), HttpStatus.CONTENT_TOO_LARGE, "attachment-too-large",
                "附件超过 1 KB 上限");
    }

    @Test
    void fileExactlyAtTheLimitIsAccepted() throws Exception {
        byte[] bytes = TestFiles.handWrittenPdf();
        var exact = new AttachmentInspector(AttachmentProperties.defaults().withMaxSize(DataSize.ofBytes(bytes.length)));

        assertThat(exact.inspect("min.pdf", TestFiles.write(dir, "min.pdf", bytes)).size()).isEqualTo(bytes.length);
    }

    @Test
    void defaultLimitIsFiftyMegabytes() {
        ApiException problem = AttachmentProblems.tooLarge(AttachmentProperties.defaults().maxSize());

        assertThat(problem.detail()).isEqualTo("附件超过 50 MB 上限");
        assertThat(problem.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
    }

    @Test
    void pdfWithOpeningPasswordIsRejectedAsEncrypted() throws Exception {
        Path file = TestFiles.write(dir, "upload", TestFiles.encryptedPdf("Secret plan", "open-me"));

        assertProblem(() -> inspector.inspect("预案.pdf", file), HttpStatus.BAD_REQUEST, "attachment-encrypted",
                "请去除密码后重新上传");
    }

    @Test
    void pdfRestrictedOnlyByPermissionsIsReadWithAWarning() throws Exception {
        Path file = TestFiles.write(dir, "upload", TestFiles.encryptedPdf("Restricted plan", ""));

        Inspected result = inspector.inspect("预案.pdf", file);

        assertThat(result.text()).isEqualTo("Restricted plan");
        assertThat(result.warnings()).singleElement().asString().contains("权限限制");
    }

    @Test
    void docxWithOpeningPasswordIsRejectedAsEncrypted() throws Exception {
        Path file = TestFiles.write(dir, "upload", TestFiles.encryptedDocx(TestFiles.docx("机密", "", "")));

        assertProblem(() -> inspector.inspect("预案.docx", file), HttpStatus.BAD_REQUEST, "attachment-encrypted",
                "请去除密码后重新上传");
    }

    @Test
    void corruptPdfIsUnreadable() throws Exception {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, garbage, 0, header.length);
        Path file = TestFiles.write(dir, "upload", garbage);

        assertProblem(() -> inspector.inspect("预案.pdf", file), HttpStatus.BAD_REQUEST, "attachment-unreadable",
                "PDF");
    }

    @Test
    void truncatedDocxIsUnreadable() throws Exception {
        byte[] docx = TestFiles.docx("应急预案", "", "");
        Path file = TestFiles.write(dir, "upload", Arrays.copyOf(docx, docx.length / 2));

        assertProblem(() -> inspector.inspect("预案.docx", file), HttpStatus.BAD_REQUEST, "attachment-unreadable",
                "Word");
    }

    @Test
    void zipBombDocxIsRefusedInsteadOfExhaustingMemory() throws Exception {
        byte[] bomb = TestFiles.paddedDocx(TestFiles.docx("应急预案", "", ""), 20 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(100 * 1024);
        Path file = TestFiles.write(dir, "upload", bomb);

        assertProblem(() -> inspector.inspect("预案.docx", file), HttpStatus.UNPROCESSABLE_CONTENT,
                "attachment-too-complex", "解压后过大");
    }

    @Test
    void aSmallPdfThatExpandsHugelyIsRefusedWithinTheParseTime() throws Exception {
        // 400 pages share one compressed content stream of 1 MB of drawing operators: 400 MB to work through
        byte[] bomb = TestFiles.inflatingPdf(400, 1024 * 1024);
        assertThat(bomb.length).isLessThan(200 * 1024);
        Path file = TestFiles.write(dir, "upload", bomb);
        var bounded = new AttachmentInspector(AttachmentProperties.defaults().withMaxParseTime(Duration.ofSeconds(1)));

        long started = System.nanoTime();
        assertProblem(() -> bounded.inspect("预案.pdf", file), HttpStatus.UNPROCESSABLE_CONTENT,
                "attachment-too-complex", "无法在限定时间内读取");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void textBeyondTheCapIsCutWithAWarning() throws Exception {
        var capped = new AttachmentInspector(new AttachmentProperties(DataSize.ofMegabytes(50), 10, 2000, Duration.ofSeconds(10)));
        Path file = TestFiles.write(dir, "upload", TestFiles.docx("一二三四五六七八九十十一十二", "", ""));

        Inspected result = capped.inspect("预案.docx", file);

        assertThat(result.text()).isEqualTo("一二三四五六七八九十");
        assertThat(result.warnings()).singleElement().asString().contains("10");
    }

    @Test
    void pdfTextIsTakenFromTheFirstPagesOnlyWhenOverThePageCap() throws Exception {
        var twoPages = new AttachmentInspector(new AttachmentProperties(DataSize.ofMegabytes(50), 5_000_000, 1, Duration.ofSeconds(10)));
        Path file = TestFiles.write(dir, "upload", TestFiles.pdf("First page", "Second page"));

        Inspected result = twoPages.inspect("预案.pdf", file);

        assertThat(result.text()).isEqualTo("First page");
        assertThat(result.warnings()).singleElement().asString().contains("仅提取前 1 页");
    }

    @Test
    void pdfWithoutTextIsAcceptedWithAScanWarning() throws Exception {
        Path file = TestFiles.write(dir, "upload", TestFiles.pdf(""));

        Inspected result = inspector.inspect("扫描件.pdf", file);

        assertThat(result.text()).isEmpty();
        assertThat(result.warnings()).singleElement().asString().contains("扫描件");
    }

    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, HttpStatus status,
            String code, String detailPart) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.detail()).contains(detailPart);
        });
    }
}
