package cn.yingji.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes an A4 document top to bottom: headings, wrapped paragraphs and tables that continue on new pages
 * (repeating their header row), or text at fixed places for one-page forms. Opened by {@link Pdfs}.
 */
public final class PdfWriter implements AutoCloseable {

    private static final float MARGIN = 50;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document = new PDDocument();
    private final TrueTypeCollection collection;
    private final PDType0Font font;
    private PDPageContentStream content;
    private float y;

    PdfWriter(Path fontFile, String fontName, String title) throws IOException {
        collection = new TrueTypeCollection(fontFile.toFile());
        font = PDType0Font.load(document, collection.getFontByName(fontName), true);
        document.getDocumentInformation().setTitle(title);
        newPage();
    }

    /** Text at a fixed place of the current page (x, y in points from the bottom left). */
    public PdfWriter at(float x, float yPos, float size, String text) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, yPos);
            content.showText(text);
            content.endText();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line in a larger size, centred. */
    public PdfWriter heading(String text, float size) {
        room(size * 2);
        at(MARGIN + (WIDTH - width(text, size)) / 2, y - size, size, text);
        y -= size * 1.8f;
        return this;
    }

    /** Text wrapped to the page width. */
    public PdfWriter paragraph(String text, float size) {
        for (String line : wrap(text, size, WIDTH)) {
            room(size * 1.6f);
            at(MARGIN, y - size, size, line);
            y -= size * 1.6f;
        }
        y -= size * 0.6f;
        return this;
    }

    /** A table with a header row; {@code shares} are the columns' parts of the page width. */
    public PdfWriter table(List<String> header, List<List<String>> rows, float[] shares, float size) {
        float total = 0;
        for (float share : shares) {
            total += share;
        }
        float[] widths = new float[shares.length];
        for (int i = 0; i < shares.length; i++) {
            widths[i] = WIDTH * shares[i] / total;
        }
        row(header, widths, size, true);
        for (List<String> cells : rows) {
            if (!row(cells, widths, size, false)) {
                row(header, widths, size, true);
                row(cells, widths, size, false);
            }
        }
        y -= size;
        return this;
    }

    public byte[] finish() {
        try {
            content.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (collection; document) {
            // both closed; the content stream belongs to the document
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One table row; false (nothing drawn, new page begun) when it does not fit on this page. */
    private boolean row(List<String> cells, float[] widths, float size, boolean header) {
        List<List<String>> lines = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < widths.length; i++) {
            List<String> wrapped = wrap(i < cells.size() && cells.get(i) != null ? cells.get(i) : "", size, widths[i] - 6);
            lines.add(wrapped);
            height = Math.max(height, wrapped.size());
        }
        float rowHeight = height * size * 1.4f + 6;
        if (y - rowHeight < MARGIN) {
            newPage();
            return false;
        }
        try {
            if (header) {
                content.setNonStrokingColor(0.92f, 0.94f, 0.97f);
                content.addRect(MARGIN, y - rowHeight, WIDTH, rowHeight);
                content.fill();
                content.setNonStrokingColor(0f, 0f, 0f);
            }
            // the cells' borders as one path, then the text (no text may sit inside a path)
            float x = MARGIN;
            for (float width : widths) {
                content.addRect(x, y - rowHeight, width, rowHeight);
                x += width;
            }
            content.setLineWidth(0.5f);
            content.stroke();
            x = MARGIN;
            for (int i = 0; i < widths.length; i++) {
                float lineY = y - size - 3;
                for (String line : lines.get(i)) {
                    at(x + 3, lineY, size, line);
                    lineY -= size * 1.4f;
                }
                x += widths[i];
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= rowHeight;
        return true;
    }

    private void room(float needed) {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of {@code text} no wider than {@code max}, broken between characters (Chinese has no spaces). */
    private List<String> wrap(String text, float size, float max) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (int offset = 0; offset < paragraph.length(); ) {
                int cp = paragraph.codePointAt(offset);
                String next = line + Character.toString(cp);
                if (line.length() > 0 && width(next, size) > max) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(cp);
                offset += Character.charCount(cp);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
