package cn.yingji.attachments;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Text of a PDF through PDFBox's {@link PDFTextStripper}, bounded in pages, characters and memory.
 *
 * <p>A PDF that needs a password to open is refused. One that only carries an owner password (the common
 * "禁止编辑" restriction on official documents) opens without one; we take its text for our own search index
 * and tell the uploader.
 */
final class PdfText {

    /** Decoded streams beyond this spill to a temp file, up to {@link #MAX_SCRATCH_BYTES} in all. */
    static final long MAX_HEAP_SCRATCH_BYTES = 16L * 1024 * 1024;
    static final long MAX_SCRATCH_BYTES = 512L * 1024 * 1024;

    private PdfText() {
    }

    static ExtractedText extract(Path file, int maxPages, int maxChars, Duration maxTime) {
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(MAX_HEAP_SCRATCH_BYTES, MAX_SCRATCH_BYTES);
        try (PDDocument doc = Loader.loadPDF(file.toFile(), "", memory.streamCache)) {
            List<String> warnings = new ArrayList<>();
            if (doc.isEncrypted()) {
                warnings.add("该 PDF 设有权限限制（如禁止复制），已提取文字仅用于本平台检索");
            }
            PDFTextStripper stripper = new BoundedStripper(System.nanoTime() + maxTime.toNanos());
            int pages = doc.getNumberOfPages();
            if (pages > maxPages) {
                stripper.setEndPage(maxPages);
                warnings.add("PDF 共 " + pages + " 页，仅提取前 " + maxPages + " 页的文字用于检索");
            }
            CappedWriter out = new CappedWriter(maxChars);
            try {
                stripper.writeText(doc, out);
            } catch (CappedWriter.Full full) {
                // Enough text: the cap is reported by the inspector after normalisation.
            }
            return new ExtractedText(out.text(), warnings);
        } catch (InvalidPasswordException e) {
            throw AttachmentProblems.encrypted();
        } catch (BoundedStripper.OutOfTime e) {
            throw AttachmentProblems.tooComplex();
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw AttachmentProblems.unreadable(AttachmentKind.PDF);
        }
    }

    /**
     * Stops once the deadline has passed: a 153 KB PDF can hold 150 MB of content-stream operators (one compressed
     * stream shared by every page), which the stripper would work through for many seconds while the upload waits.
     * The clock is read every 1,024 operators.
     */
    static final class BoundedStripper extends PDFTextStripper {

        static final class OutOfTime extends IOException {
            OutOfTime() {
                super("text extraction took too long");
            }
        }

        private final long deadline;
        private long operators;

        BoundedStripper(long deadlineNanos) {
            this.deadline = deadlineNanos;
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if ((++operators & 1023) == 0 && System.nanoTime() - deadline > 0) {
                throw new OutOfTime();
            }
            super.processOperator(operator, operands);
        }
    }

    /** Collects at most {@code limit + 1} characters, then stops the stripper so a huge PDF is not read to the end. */
    static final class CappedWriter extends Writer {

        static final class Full extends IOException {
            Full() {
                super("text cap reached");
            }
        }

        private final StringBuilder text = new StringBuilder();
        private final int limit;

        CappedWriter(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            int room = limit + 1 - text.length();
            text.append(buf, off, Math.min(len, room));
            if (len >= room) {
                throw new Full();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        String text() {
            return text.toString();
        }
    }
}
