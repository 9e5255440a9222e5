package cn.yingji.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Catches slips in the hand-entered holiday calendars: 调休 days fall on weekends, ranges are ordered. */
class HolidayCalendarFileTest {

    @Test
    void everyCalendarIsConsistent() throws Exception {
        try (var files = Files.list(Path.of("calendars"))) {
            for (Path file : files.toList()) {
                JsonNode calendar = YAMLMapper.shared().readTree(file.toFile());
                assertThat(file.getFileName().toString()).startsWith(calendar.required("id").asString() + "-");
                for (Map.Entry<String, JsonNode> year : calendar.required("years").properties()) {
                    for (JsonNode holiday : year.getValue().required("holidays")) {
                        LocalDate from = LocalDate.parse(holiday.required("from").asString());
                        LocalDate to = LocalDate.parse(holiday.required("to").asString());
                        assertThat(from).isBeforeOrEqualTo(to);
                        assertThat(from.getYear()).hasToString(year.getKey());
                    }
                    for (JsonNode workday : year.getValue().required("workdays")) {
                        assertThat(LocalDate.parse(workday.asString()).getDayOfWeek())
                                .as("%s %s", file.getFileName(), workday).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                    }
                }
                assertThat(calendar.required("regional").isObject()).isTrue();
            }
        }
    }
}
