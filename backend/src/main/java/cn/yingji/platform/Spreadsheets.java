package cn.yingji.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;

import reactor.core.publisher.Mono;

/**
 * 导出/导入 .xlsx: the one way every list is exported and every bulk import is read. Cells are typed text or
 * numbers, so a title like {@code =cmd()} stays text in Excel, never a formula; read cells come back as the
 * text Excel shows, and a formula is read as its text, never evaluated.
 */
public final class Spreadsheets {

    /**
     * No export is larger than this: a list that would be is refused (narrow its filters first) or, where the export
     * says so in the file ({@link #cutNote}), cut after this many rows.
     */
    public static final int MAX_ROWS = 50_000;
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    static {
        ZipBombs.tighten();
    }

    private Spreadsheets() {
    }

    /**
     * The line an export adds below its rows when it holds fewer than matched ({@code null} when it holds all): a
     * cut file must say so, never look complete.
     */
    public static String cutNote(long exported, long total) {
        return total <= exported ? null : String.format("仅导出前 %,d 条（共 %,d 条），请增加筛选条件后分批导出", exported, total);
    }

    /** One sheet: a bold header row, then the rows; {@code null} cells stay empty. */
    public static byte[] xlsx(String sheetName, List<String> headers, List<List<Object>> rows) {
        return xlsx(sheetName, headers, rows, null);
    }

    /** The same, and when {@code note} is not null, a blank row and the note (in bold) below the rows. */
    public static byte[] xlsx(String sheetName, List<String> headers, List<List<Object>> rows, String note) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        row.createCell(i).setCellValue(value.toString());
                    }
                }
            }
            if (note != null) {
                Cell cell = sheet.createRow(r + 1).createCell(0);
                cell.setCellValue(note);
                cell.setCellStyle(bold);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An uploaded workbook to import: a few MB at most (5,000 rows of text are far less). */
    public static final org.springframework.util.unit.DataSize MAX_UPLOAD =
            org.springframework.util.unit.DataSize.ofMegabytes(10);

    /** The bytes of an uploaded .xlsx, refused with 413 {@code xlsx-too-large} past {@link #MAX_UPLOAD}. */
    public static Mono<byte[]> upload(FilePart part) {
        return DataBufferUtils.join(part.content(), (int) MAX_UPLOAD.toBytes())
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .onErrorMap(DataBufferLimitException.class, e -> new ApiException(HttpStatus.CONTENT_TOO_LARGE,
                        "xlsx-too-large", "表格文件超过 " + MAX_UPLOAD.toMegabytes() + " MB，请分批导入"));
    }

    /** A row read from a sheet: its number as Excel shows it (1 = the header) and its cells as text. */
    public record SheetRow(int number, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    /**
     * The non-blank rows of the first sheet, each cell as the trimmed text Excel shows (numbers as typed, so a
     * phone number stays {@code 13800138000}). Anything that is not a readable .xlsx workbook is the client's
     * mistake: 400 {@code xlsx-malformed}; more than {@code maxRows} data rows: 400 {@code xlsx-too-many-rows}; a
     * part that inflates past the {@link ZipBombs} limits (a zip bomb): 422 {@code xlsx-too-complex}, before POI
     * builds its tree.
     */
    public static List<SheetRow> read(byte[] xlsx, int maxRows) {
        List<SheetRow> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw malformed();
            }
            DataFormatter format = new DataFormatter();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : format.formatCellValue(cell).strip());
                }
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (rows.size() > maxRows) {
                    throw ApiException.badRequest("xlsx-too-many-rows", "表格超过 " + maxRows + " 行，请分批导入");
                }
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            if (ZipBombs.detected(e)) {
                throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "xlsx-too-complex",
                        "表格解压后过大（超过安全上限，疑似压缩炸弹），无法读取；请删除多余内容后重新导出为 .xlsx，或分批导入");
            }
            // POI reports a broken zip, a foreign format or a bomb with assorted runtime exceptions
            throw malformed();
        }
        return rows;
    }

    private static ApiException malformed() {
        return ApiException.badRequest("xlsx-malformed", "无法读取上传的文件：请上传 Excel 2007 及以上版本的 .xlsx 工作簿");
    }

    /** The download response, with a UTF-8 file name (Chinese names survive every browser). */
    public static ResponseEntity<byte[]> download(String fileName, byte[] xlsx) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(xlsx);
    }
}
