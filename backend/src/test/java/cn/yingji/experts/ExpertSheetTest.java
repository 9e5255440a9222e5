package cn.yingji.experts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.yingji.experts.ExpertSheet.Row;
import cn.yingji.experts.ExpertSheet.RowProblem;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.Spreadsheets;

/** The import's row validation: per-row problems, duplicates within the file, and the sheet's shape. */
class ExpertSheetTest {

    @Test
    void aGoodRowHasNoProblemAndLabelsBecomeValues() {
        List<Row> rows = ExpertSheet.read(sheet(List.of("张三", "山东大学", "教授", "地震、 火灾，森林火灾", "省级", "13800000000",
                "", "忙碌", "")));
        assertThat(ExpertSheet.problems(rows)).isEmpty();
        ExpertFields f = rows.getFirst().fields();
        assertThat(f.cleanSpecialties()).containsExactly("地震", "火灾", "森林火灾");
        assertThat(f.levelValue().getLiteral()).isEqualTo("province");
        assertThat(f.availabilityValue().getLiteral()).isEqualTo("busy");
        assertThat(rows.getFirst().number()).isEqualTo(2);
    }

    @Test
    void everyProblemOfEveryRowIsReportedWithItsRowNumber() {
        List<Row> rows = ExpertSheet.read(sheet(
                List.of("", "", "", "", "", "", "", "", ""),  // blank rows are skipped, not reported
                List.of("李四", "", "", "外星入侵", "宇宙级", "12345", "a@", "请假", ""),
                List.of("王五", "单位", "", "地震", "县级", "0536-8888888", "", "", "")));
        assertThat(ExpertSheet.problems(rows)).extracting(RowProblem::row, RowProblem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "organization"), org.assertj.core.groups.Tuple.tuple(3, "specialties"),
                org.assertj.core.groups.Tuple.tuple(3, "level"), org.assertj.core.groups.Tuple.tuple(3, "phone"),
                org.assertj.core.groups.Tuple.tuple(3, "email"), org.assertj.core.groups.Tuple.tuple(3, "availability"));
    }

    @Test
    void aRowRepeatingAnEarlierPersonIsADuplicate() {
        List<Row> rows = ExpertSheet.read(sheet(
                List.of("张三", "单位甲", "", "地震", "省级", "13800000000", "", "", ""),
                List.of("张三", "单位乙", "", "火灾", "市级", "13800000001", "", "", ""),
                List.of("张三", "单位丙", "", "火灾", "市级", "13800000000", "", "", "")));
        assertThat(ExpertSheet.problems(rows)).containsExactly(new RowProblem(4, "name", "与第 2 行重复（同名同电话）"));
    }

    @Test
    void aForeignHeaderOrNoDataIsRefusedAsAWhole() {
        assertThatThrownBy(() -> ExpertSheet.read(Spreadsheets.xlsx("x", List.of("name", "org"), List.of())))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("import-header-mismatch"));
        assertThatThrownBy(() -> ExpertSheet.read(sheet()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("import-empty"));
        assertThatThrownBy(() -> ExpertSheet.read("not a zip".getBytes()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("xlsx-malformed"));
    }

    @SafeVarargs
    private static byte[] sheet(List<String>... rows) {
        return Spreadsheets.xlsx("专家", ExpertSheet.IMPORT_HEADERS,
                Arrays.stream(rows).map(r -> List.<Object>copyOf(r)).toList());
    }
}
