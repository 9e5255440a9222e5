package cn.yingji.attachments;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Builds the test files in code, so every fixture shows how it was made. */
public final class TestFiles {

    private TestFiles() {
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** A Word document with a body paragraph, a one-cell table and a header line. */
    /** A small .docx with one paragraph, for callers that cannot handle a checked exception. */
    public static byte[] docxUnchecked(String paragraph) {
        try {
            return docx(paragraph, "表格", "页眉");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static byte[] docx(String paragraph, String tableCell, String header) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(paragraph);
            XWPFTable table = doc.createTable(1, 1);
            table.getRow(0).getCell(0).setText(tableCell);
            new XWPFHeaderFooterPolicy(doc).createHeader(XWPFHeaderFooterPolicy.DEFAULT)
                    .createParagraph().createRun().setText(header);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** One page per string, in Helvetica (ASCII only). */
    static byte[] pdf(String... pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.newLineAtOffset(50, 700);
                    cs.showText(text);
                    cs.endText();
                }
            }
            return save(doc);
        }
    }

    /**
     * Chinese text the way many government PDFs carry it: the Adobe-GB1 font STSong-Light, not embedded,
     * with the predefined UniGB-UCS2-H encoding. PDFBox maps those codes to Unicode from the CMaps it ships,
     * so this needs no CJK font file on the machine.
     */
    static byte[] chinesePdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDResources resources = new PDResources();
            COSName font = resources.add(PDFontFactory.createFont(stSongLight()));
            page.setResources(resources);
            StringBuilder hex = new StringBuilder();
            for (char c : text.toCharArray()) {
                hex.append(HexFormat.of().withUpperCase().toHexDigits(c));
            }
            String content = "BT /" + font.getName() + " 12 Tf 50 700 Td <" + hex + "> Tj ET";
            page.setContents(new PDStream(doc, new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII))));
            return save(doc);
        }
    }

    private static COSDictionary stSongLight() {
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "GB1");
        info.setInt(COSName.SUPPLEMENT, 4);
        COSDictionary descriptor = new COSDictionary();
        descriptor.setName(COSName.TYPE, "FontDescriptor");
        descriptor.setName(COSName.FONT_NAME, "STSong-Light");
        descriptor.setInt(COSName.FLAGS, 4);
        descriptor.setItem(COSName.FONT_BBOX, new COSArray(List.of(COSInteger.get(0), COSInteger.get(-200),
                COSInteger.get(1000), COSInteger.get(900))));
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 880);
        descriptor.setInt(COSName.STEM_V, 80);
        COSDictionary cidFont = new COSDictionary();
        cidFont.setName(COSName.TYPE, "Font");
        cidFont.setName(COSName.SUBTYPE, "CIDFontType0");
        cidFont.setName(COSName.BASE_FONT, "STSong-Light");
        cidFont.setItem(COSName.CIDSYSTEMINFO, info);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        COSDictionary type0 = new COSDictionary();
        type0.setName(COSName.TYPE, "Font");
        type0.setName(COSName.SUBTYPE, "Type0");
        type0.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
        type0.setName(COSName.ENCODING, "UniGB-UCS2-H");
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        return type0;
    }

    /** @param userPassword empty for a PDF that opens without a password but restricts copying */
    static byte[] encryptedPdf(String text, String userPassword) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf(text))) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            permissions.setCanModify(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            return save(doc);
        }
    }

    /** A .docx protected with an opening password, as Word saves it: an OLE2 file with an EncryptedPackage. */
    static byte[] encryptedDocx(byte[] docx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** An OLE2 compound file with a WordDocument stream, which is what sniffing sees of a Word 97–2003 file. */
    static byte[] legacyDoc() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** The first bytes of a Windows program. */
    /** A small real PNG photo. */
    public static byte[] png() {
        try (var out = new java.io.ByteArrayOutputStream()) {
            var image = new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
            image.setRGB(1, 1, 0xff0000);
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static byte[] windowsExecutable() {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 0x4E, stub.length);
        return exe;
    }

    static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /**
     * The DOCX again, with {@code padding} characters of whitespace inside the main XML part: whitespace
     * compresses far more than 100-fold, which is how a zip bomb looks.
     */
    static byte[] paddedDocx(byte[] docx, int padding) throws IOException {
        return padded(docx, "word/document.xml", "</w:body>", padding);
    }

    /**
     * The Office file again, with {@code padding} spaces inserted in the XML part {@code entryName} before its last
     * {@code closingTag}. Read through the central directory: POI writes entry sizes after the data, which
     * {@code ZipInputStream} cannot follow.
     */
    public static byte[] padded(byte[] office, String entryName, String closingTag, int padding) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path file = Files.createTempFile("office", ".zip");
        Files.write(file, office);
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile());
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] content = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(entryName)) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf(closingTag);
                    content = (xml.substring(0, end) + " ".repeat(padding) + xml.substring(end))
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        } finally {
            Files.delete(file);
        }
        return out.toByteArray();
    }

    /** A one-page PDF that also carries {@code bytes} random bytes in an unused stream (a large, valid file). */
    static byte[] largePdf(String text, int bytes) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf(text))) {
            byte[] noise = new byte[bytes];
            new java.util.Random(11).nextBytes(noise);
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("YingjiTestPadding"),
                    new PDStream(doc, new ByteArrayInputStream(noise)).getCOSObject());
            return save(doc);
        }
    }

    /**
     * A PDF of {@code pages} pages that all draw one shared Flate-compressed content stream of
     * {@code operatorBytes} bytes of "save, restore" operators: a few KB on disk, hundreds of MB for a parser.
     */
    static byte[] inflatingPdf(int pages, int operatorBytes) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            byte[] operators = "q Q\n".repeat(operatorBytes / 4).getBytes(StandardCharsets.US_ASCII);
            PDStream content = new PDStream(doc,
                    new ByteArrayInputStream(operators), COSName.FLATE_DECODE);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                page.setContents(content);
                doc.addPage(page);
            }
            return save(doc);
        }
    }

    /**
     * A PDF written by hand, byte for byte, so its SHA-256 is a fixed known value. Lines are joined rather
     * than written as a text block because the xref entries end in a significant space.
     */
    static byte[] handWrittenPdf() {
        String pdf = String.join("\n",
                "%PDF-1.4",
                "1 0 obj", "<< /Type /Catalog /Pages 2 0 R >>", "endobj",
                "2 0 obj", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "endobj",
                "3 0 obj",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "endobj",
                "4 0 obj", "<< /Length 36 >>", "stream", "BT /F1 12 Tf 20 50 Td (Yingji) Tj ET", "endstream",
                "endobj",
                "5 0 obj", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", "endobj",
                "xref", "0 6",
                "0000000000 65535 f ",
                "0000000009 00000 n ",
                "0000000058 00000 n ",
                "0000000115 00000 n ",
                "0000000241 00000 n ",
                "0000000327 00000 n ",
                "trailer", "<< /Size 6 /Root 1 0 R >>", "startxref", "397", "%%EOF", "");
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
