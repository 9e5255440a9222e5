package cn.yingji.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpreadsheetsTest {

    @Test
    void aCutExportSaysSoBelowItsRows() {
        assertThat(Spreadsheets.cutNote(50_000, 50_000)).isNull();
        String note = Spreadsheets.cutNote(50_000, 123_456);
        assertThat(note).isEqualTo("仅导出前 50,000 条（共 123,456 条），请增加筛选条件后分批导出");

        byte[] xlsx = Spreadsheets.xlsx("应急预案", List.of("预案名称"), List.of(List.of("甲"), List.of("乙")), note);
        assertThat(Spreadsheets.read(xlsx, 10)).extracting(Spreadsheets.SheetRow::cells)
                .containsExactly(List.of("预案名称"), List.of("甲"), List.of("乙"), List.of(note));
    }
}
