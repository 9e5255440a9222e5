package cn.yingji.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RosterCheckTest {

    static final StaffingRule RULE = new StaffingRule(1, 1, Set.of(5, 6, 7, 8, 9, 10), 2);
    static final UUID WANG = UUID.randomUUID();
    static final UUID LIU = UUID.randomUUID();
    static final UUID ZHAO = UUID.randomUUID();

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(RosterCheck.CHINA).toInstant();
    }

    static RosterCheck.Shift shift(UUID person, String name, DutyRole role, String from, String to) {
        return new RosterCheck.Shift(person, name, role, at(from), at(to));
    }

    @Test
    void aPersonOnTwoShiftsAtOnceIsAConflictListedOnce() {
        var existing = List.of(shift(WANG, "王强", DutyRole.OFFICER, "2026-12-07T08:00", "2026-12-07T20:00"));
        var added = List.of(
                shift(WANG, "王强", DutyRole.OFFICER, "2026-12-07T18:00", "2026-12-08T08:00"),
                shift(LIU, "刘洋", DutyRole.LEADER, "2026-12-07T08:00", "2026-12-08T08:00"),
                shift(LIU, "刘洋", DutyRole.OFFICER, "2026-12-07T20:00", "2026-12-08T08:00"));
        assertThat(RosterCheck.overlaps(existing, added)).containsExactly(
                "王强：12月7日18:00–12月8日08:00 与 12月7日08:00–12月7日20:00 重叠",
                "刘洋：12月7日08:00–12月8日08:00 与 12月7日20:00–12月8日08:00 重叠");
    }

    @Test
    void backToBackShiftsDoNotOverlap() {
        var existing = List.of(shift(WANG, "王强", DutyRole.OFFICER, "2026-12-07T08:00", "2026-12-07T20:00"));
        var added = List.of(shift(WANG, "王强", DutyRole.OFFICER, "2026-12-07T20:00", "2026-12-08T08:00"),
                shift(LIU, "刘洋", DutyRole.OFFICER, "2026-12-07T08:00", "2026-12-07T20:00"));
        assertThat(RosterCheck.overlaps(existing, added)).isEmpty();
    }

    @Test
    void aFullyStaffedDayHasNoGap() {
        var shifts = List.of(shift(LIU, "刘洋", DutyRole.LEADER, "2026-12-07T00:00", "2026-12-08T00:00"),
                shift(WANG, "王强", DutyRole.OFFICER, "2026-12-07T00:00", "2026-12-08T00:00"));
        assertThat(RosterCheck.gaps(RULE, at("2026-12-07T00:00"), at("2026-12-08T00:00"), shifts, List.of())).isEmpty();
    }

    @Test
    void stretchesWithoutALeaderOrOfficerAreGapsMergedAndInOrder() {
        var shifts = List.of(shift(LIU, "刘洋", DutyRole.LEADER, "2026-12-07T08:00", "2026-12-08T00:00"),
                shift(WANG, "王强", DutyRole.OFFICER, "2026-12-07T00:00", "2026-12-07T12:00"),
                shift(ZHAO, "赵敏", DutyRole.OFFICER, "2026-12-07T12:00", "2026-12-07T20:00"));
        var gaps = RosterCheck.gaps(RULE, at("2026-12-07T00:00"), at("2026-12-08T00:00"), shifts, List.of());
        assertThat(gaps).extracting(RosterCheck.Gap::description).containsExactly("无带班领导", "无值班员，应为1人");
        assertThat(gaps.get(0).from()).isEqualTo(at("2026-12-07T00:00"));
        assertThat(gaps.get(0).to()).isEqualTo(at("2026-12-07T08:00"));
        assertThat(gaps.get(1).from()).isEqualTo(at("2026-12-07T20:00"));
        assertThat(gaps.get(1).to()).isEqualTo(at("2026-12-08T00:00"));
    }

    @Test
    void floodSeasonAsksForTwoOfficersFromItsFirstMonth() {
        var shifts = List.of(shift(LIU, "刘洋", DutyRole.LEADER, "2026-04-30T08:00", "2026-05-01T08:00"),
                shift(WANG, "王强", DutyRole.OFFICER, "2026-04-30T08:00", "2026-05-01T08:00"));
        var gaps = RosterCheck.gaps(RULE, at("2026-04-30T08:00"), at("2026-05-01T08:00"), shifts, List.of());
        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.from()).isEqualTo(at("2026-05-01T00:00"));
            assertThat(g.description()).isEqualTo("值班员1人，应为2人（汛期双人双岗）");
        });
    }

    @Test
    void aLeaderReportedAbsentDoesNotCountWhileAway() {
        var shifts = List.of(shift(LIU, "刘洋", DutyRole.LEADER, "2026-12-07T00:00", "2026-12-08T00:00"),
                shift(WANG, "王强", DutyRole.OFFICER, "2026-12-07T00:00", "2026-12-08T00:00"));
        var away = List.of(new RosterCheck.Absence(LIU, at("2026-12-07T14:00"), at("2026-12-07T18:00")));
        var gaps = RosterCheck.gaps(RULE, at("2026-12-07T00:00"), at("2026-12-08T00:00"), shifts, away);
        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.from()).isEqualTo(at("2026-12-07T14:00"));
            assertThat(g.to()).isEqualTo(at("2026-12-07T18:00"));
            assertThat(g.description()).isEqualTo("无带班领导；带班领导已离岗报备");
        });
    }
}
