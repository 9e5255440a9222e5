package cn.yingji.duty;

import static cn.yingji.db.Tables.DUTY_POST;
import static cn.yingji.db.Tables.DUTY_SHIFT;
import static cn.yingji.db.Tables.LEADER_ABSENCE;
import static cn.yingji.db.Tables.PERSON;
import static cn.yingji.db.Tables.TENANT;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import cn.yingji.db.tables.records.DutyPostRecord;
import cn.yingji.db.tables.records.DutyShiftRecord;
import cn.yingji.duty.DutyViews.Absence;
import cn.yingji.duty.DutyViews.AbsenceRequest;
import cn.yingji.duty.DutyViews.Gap;
import cn.yingji.duty.DutyViews.Post;
import cn.yingji.duty.DutyViews.PostRequest;
import cn.yingji.duty.DutyViews.Shift;
import cn.yingji.duty.DutyViews.ShiftRequest;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.Coordinates;
import cn.yingji.platform.TransactionLocks;
import cn.yingji.records.RecordWrites;
import cn.yingji.records.Versioned;
import cn.yingji.tenancy.PersonDirectory;
import cn.yingji.tenancy.TenantQueries;
import cn.yingji.tenancy.TenantRows;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 值班表: an office's duty posts, its shifts and its leaders' absence reports, with the two checks of a roster
 * ({@link RosterCheck}): nobody on two shifts at once (refused, 400 listing the conflicts) and the stretches short of
 * the policy's staffing (shown). The roster's writes serialize on a transaction lock of the office's roster, so two
 * browsers cannot put one person on two overlapping shifts.
 */
@Component
class Roster {

    static final String POST_ENTITY = "duty_post";
    static final String SHIFT_ENTITY = "duty_shift";
    static final Versioned<DutyPostRecord> POST = Versioned.stored(POST_ENTITY, "值班岗位", DUTY_POST, DUTY_POST.ID,
            DUTY_POST.VERSION, DUTY_POST.UPDATED_AT);
    /** The longest period a roster is read or checked for. */
    static final Duration MAX_SPAN = Duration.ofDays(62);

    private final TenantTx tx;
    private final RecordWrites writes;
    private final TenantQueries tenants;

    Roster(TenantTx tx, RecordWrites writes, TenantQueries tenants) {
        this.tx = tx;
        this.writes = writes;
        this.tenants = tenants;
    }

    Mono<Post> createPost(Viewer viewer, PostRequest request) {
        Coordinates.check(request.longitude(), request.latitude());
        return tx.call(viewer, dsl -> {
            if (dsl.fetchExists(DUTY_POST, DUTY_POST.TENANT_CODE.eq(viewer.tenant().code())
                    .and(DUTY_POST.NAME.eq(request.name().strip())))) {
                throw ApiException.conflict("duty-post-exists", "本单位已有名为「" + request.name().strip() + "」的值班岗位");
            }
            DutyPostRecord row = dsl.insertInto(DUTY_POST)
                    .set(DUTY_POST.NAME, request.name().strip())
                    .set(DUTY_POST.ROOM, request.room().strip())
                    .set(DUTY_POST.PHONE, request.phone().strip())
                    .set(DUTY_POST.ADDRESS, request.address().strip())
                    .set(DUTY_POST.LONGITUDE, request.longitude())
                    .set(DUTY_POST.LATITUDE, request.latitude())
                    .set(DUTY_POST.CREATED_BY, viewer.username())
                    .onConflictDoNothing().returning().fetchOne();
            if (row == null) {
                throw ApiException.conflict("duty-post-exists", "本单位已有名为「" + request.name().strip() + "」的值班岗位");
            }
            writes.written(dsl, viewer, POST, "duty_post.create", row.getId(), null, Map.of("name", row.getName()));
            return post(row, viewer.tenant().name());
        });
    }

    Mono<Post> updatePost(Viewer viewer, UUID id, PostRequest request) {
        Coordinates.check(request.longitude(), request.latitude());
        if (request.version() == null) {
            throw ApiException.badRequest("version-required", "修改值班岗位必须提供版本号 version");
        }
        return tx.call(viewer, dsl -> {
            DutyPostRecord before = TenantRows.own(viewer, loadPost(dsl, id), "只能修改本单位的值班岗位");
            if (!before.getName().equals(request.name().strip()) && dsl.fetchExists(DUTY_POST,
                    DUTY_POST.TENANT_CODE.eq(viewer.tenant().code()).and(DUTY_POST.NAME.eq(request.name().strip())))) {
                throw ApiException.conflict("duty-post-exists", "本单位已有名为「" + request.name().strip() + "」的值班岗位");
            }
            DutyPostRecord after = writes.update(dsl, POST, before, request.version(), dsl.update(DUTY_POST)
                    .set(DUTY_POST.NAME, request.name().strip())
                    .set(DUTY_POST.ROOM, request.room().strip())
                    .set(DUTY_POST.PHONE, request.phone().strip())
                    .set(DUTY_POST.ADDRESS, request.address().strip())
                    .set(DUTY_POST.LONGITUDE, request.longitude())
                    .set(DUTY_POST.LATITUDE, request.latitude()));
            writes.written(dsl, viewer, POST, "duty_post.update", id, post(before, viewer.tenant().name()),
                    post(after, viewer.tenant().name()));
            return post(after, viewer.tenant().name());
        });
    }

    /** The posts of the viewer's office and of the offices below it that it reads. */
    Mono<List<Post>> posts(Viewer viewer, String tenantCode) {
        return tx.call(viewer, dsl -> {
            String code = visibleTenant(dsl, viewer, tenantCode);
            return posts(dsl, code);
        });
    }

    /**
     * 排班: adds the shifts, all or none. Posts and people must be the office's own; each shift at most 48 hours; 400
     * {@code duty-shift-conflict} listing every overlap of one person's shifts (among these and with those already
     * on the roster). Answers the roster of the days the shifts cover.
     */
    Mono<DutyViews.Roster> addShifts(Viewer viewer, List<ShiftRequest> requests) {
        List<DutyRole> roles = requests.stream().map(r -> DutyRole.parse(r.role())).toList();
        for (ShiftRequest r : requests) {
            if (!r.endsAt().isAfter(r.startsAt())) {
                throw ApiException.badRequest("duty-shift-times", "班次的结束时间须晚于开始时间："
                        + RosterCheck.span(r.startsAt().toInstant(), r.endsAt().toInstant()));
            }
            if (Duration.between(r.startsAt(), r.endsAt()).compareTo(Duration.ofHours(48)) > 0) {
                throw ApiException.badRequest("duty-shift-too-long", "一个班次不能超过 48 小时："
                        + RosterCheck.span(r.startsAt().toInstant(), r.endsAt().toInstant()));
            }
        }
        return tx.call(viewer, dsl -> {
            lock(dsl, viewer);
            String own = viewer.tenant().code();
            Set<UUID> postIds = requests.stream().map(ShiftRequest::postId).collect(Collectors.toSet());
            Set<UUID> ownPosts = dsl.select(DUTY_POST.ID).from(DUTY_POST).where(DUTY_POST.ID.in(postIds))
                    .and(DUTY_POST.TENANT_CODE.eq(own)).fetchSet(DUTY_POST.ID);
            if (!ownPosts.containsAll(postIds)) {
                throw ApiException.badRequest("duty-post-invalid", "值班岗位须为本单位的岗位");
            }
            Set<UUID> personIds = requests.stream().map(ShiftRequest::personId).collect(Collectors.toSet());
            Map<UUID, String> people = dsl.select(PERSON.ID, PERSON.NAME).from(PERSON).where(PERSON.ID.in(personIds))
                    .and(PERSON.TENANT_CODE.eq(own)).fetchMap(PERSON.ID, PERSON.NAME);
            if (!people.keySet().containsAll(personIds)) {
                throw ApiException.badRequest("duty-person-invalid", "值班人员须为本单位人员名录中的人员");
            }
            List<RosterCheck.Shift> added = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                ShiftRequest r = requests.get(i);
                added.add(new RosterCheck.Shift(r.personId(), people.get(r.personId()), roles.get(i),
                        r.startsAt().toInstant(), r.endsAt().toInstant()));
            }
            Instant from = added.stream().map(RosterCheck.Shift::from).min(Instant::compareTo).orElseThrow();
            Instant to = added.stream().map(RosterCheck.Shift::to).max(Instant::compareTo).orElseThrow();
            List<RosterCheck.Shift> existing = checkShifts(dsl, own, from, to).stream()
                    .filter(s -> personIds.contains(s.personId())).toList();
            List<String> conflicts = RosterCheck.overlaps(existing, added);
            if (!conflicts.isEmpty()) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "duty-shift-conflict",
                        "同一人员的班次时间重叠（" + conflicts.size() + "处）：" + String.join("；", conflicts),
                        Map.of("conflicts", conflicts));
            }
            var insert = dsl.insertInto(DUTY_SHIFT, DUTY_SHIFT.POST_ID, DUTY_SHIFT.PERSON_ID, DUTY_SHIFT.DUTY_ROLE,
                    DUTY_SHIFT.STARTS_AT, DUTY_SHIFT.ENDS_AT, DUTY_SHIFT.CREATED_BY);
            for (int i = 0; i < requests.size(); i++) {
                ShiftRequest r = requests.get(i);
                insert = insert.values(r.postId(), r.personId(),
                        cn.yingji.db.enums.DutyRole.lookupLiteral(roles.get(i).literal()), r.startsAt(), r.endsAt(),
                        viewer.username());
            }
            List<UUID> ids = insert.returning(DUTY_SHIFT.ID).fetch(DUTY_SHIFT.ID);
            writes.audited(dsl, viewer, SHIFT_ENTITY, "duty_shift.create", ids.getFirst(), null,
                    Map.of("shifts", ids.size(), "from", from.toString(), "to", to.toString()));
            Instant dayFrom = LocalDate.ofInstant(from, RosterCheck.CHINA).atStartOfDay(RosterCheck.CHINA).toInstant();
            Instant dayTo = LocalDate.ofInstant(to.minusNanos(1), RosterCheck.CHINA).plusDays(1)
                    .atStartOfDay(RosterCheck.CHINA).toInstant();
            return roster(dsl, viewer, own, dayFrom, dayTo.isAfter(dayFrom.plus(MAX_SPAN)) ? dayFrom.plus(MAX_SPAN) : dayTo);
        });
    }

    /** Takes a shift off the roster: the office's own, not yet over. */
    Mono<Void> removeShift(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> {
            lock(dsl, viewer);
            DutyShiftRecord shift = TenantRows.own(viewer,
                    TenantRows.load(dsl, DUTY_SHIFT, DUTY_SHIFT.ID, id, "duty-shift-not-found", "班次"),
                    "只能调整本单位的值班表");
            if (!shift.getEndsAt().toInstant().isAfter(Instant.now())) {
                throw ApiException.conflict("duty-shift-over", "已结束的班次是值班记录，不能删除");
            }
            dsl.deleteFrom(DUTY_SHIFT).where(DUTY_SHIFT.ID.eq(id)).execute();
            writes.audited(dsl, viewer, SHIFT_ENTITY, "duty_shift.delete", id,
                    Map.of("personId", shift.getPersonId().toString(), "startsAt", shift.getStartsAt().toString(),
                            "endsAt", shift.getEndsAt().toString()), null);
            return true;
        }).then();
    }

    /** 离岗报备 of a leader of the office, with who stands in; an absence overlapping one already reported: 400. */
    Mono<Absence> reportAbsence(Viewer viewer, AbsenceRequest request) {
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw ApiException.badRequest("duty-absence-times", "返岗时间须晚于离岗时间");
        }
        if (request.personId().equals(request.deputyId())) {
            throw ApiException.badRequest("duty-absence-deputy", "代岗人员不能是离岗领导本人");
        }
        return tx.call(viewer, dsl -> {
            lock(dsl, viewer);
            String own = viewer.tenant().code();
            Set<UUID> wanted = new java.util.HashSet<>(List.of(request.personId()));
            if (request.deputyId() != null) {
                wanted.add(request.deputyId());
            }
            if (dsl.fetchCount(PERSON, PERSON.ID.in(wanted).and(PERSON.TENANT_CODE.eq(own))) != wanted.size()) {
                throw ApiException.badRequest("duty-person-invalid", "离岗领导和代岗人员须为本单位人员名录中的人员");
            }
            if (dsl.fetchExists(LEADER_ABSENCE, LEADER_ABSENCE.PERSON_ID.eq(request.personId())
                    .and(LEADER_ABSENCE.STARTS_AT.lt(request.endsAt())).and(LEADER_ABSENCE.ENDS_AT.gt(request.startsAt())))) {
                throw ApiException.badRequest("duty-absence-overlap", "该领导在这段时间已有离岗报备");
            }
            PersonDirectory.register(dsl, viewer);
            UUID id = dsl.insertInto(LEADER_ABSENCE)
                    .set(LEADER_ABSENCE.PERSON_ID, request.personId())
                    .set(LEADER_ABSENCE.DEPUTY_ID, request.deputyId())
                    .set(LEADER_ABSENCE.STARTS_AT, request.startsAt())
                    .set(LEADER_ABSENCE.ENDS_AT, request.endsAt())
                    .set(LEADER_ABSENCE.DESTINATION, request.destination().strip())
                    .set(LEADER_ABSENCE.REASON, request.reason().strip())
                    .set(LEADER_ABSENCE.REPORTED_BY, viewer.username())
                    .returning(LEADER_ABSENCE.ID).fetchSingle().getId();
            writes.audited(dsl, viewer, "leader_absence", "leader_absence.create", id, null,
                    Map.of("personId", request.personId().toString(), "destination", request.destination().strip()));
            StaffingRule rule = StaffingRule.of(tenants.policy(dsl, own));
            return absences(dsl, own, request.startsAt().toInstant(), request.endsAt().toInstant(), rule).stream()
                    .filter(a -> a.id().equals(id)).findFirst().orElseThrow();
        });
    }

    /**
     * The roster of an office the viewer reads (its own when {@code tenantCode} is blank) from {@code from} (the
     * Monday of this week when blank) for {@code days} days (7 when blank; at most 62).
     */
    Mono<DutyViews.Roster> roster(Viewer viewer, String tenantCode, LocalDate from, Integer days) {
        LocalDate start = from != null ? from : LocalDate.now(RosterCheck.CHINA).with(DayOfWeek.MONDAY);
        int span = days == null ? 7 : days;
        if (span < 1 || span > MAX_SPAN.toDays()) {
            throw ApiException.badRequest("invalid-roster-days", "值班表的天数须在 1 到 " + MAX_SPAN.toDays() + " 之间");
        }
        return tx.call(viewer, dsl -> roster(dsl, viewer, visibleTenant(dsl, viewer, tenantCode),
                start.atStartOfDay(RosterCheck.CHINA).toInstant(),
                start.plusDays(span).atStartOfDay(RosterCheck.CHINA).toInstant()));
    }

    /** The shifts of the office on duty at {@code at}. */
    static List<Shift> onDuty(DSLContext dsl, String tenantCode, Instant at) {
        return shifts(dsl, tenantCode, at, at.plusMillis(1));
    }

    /** Whether the person with this login name is on a shift of the office at {@code at}. */
    static boolean onRoster(DSLContext dsl, String tenantCode, String username, Instant at) {
        OffsetDateTime t = at.atOffset(ZoneOffset.UTC);
        return dsl.fetchExists(DSL.selectOne().from(DUTY_SHIFT).join(PERSON).on(PERSON.ID.eq(DUTY_SHIFT.PERSON_ID))
                .where(DUTY_SHIFT.TENANT_CODE.eq(tenantCode)).and(PERSON.USERNAME.eq(username))
                .and(DUTY_SHIFT.STARTS_AT.le(t)).and(DUTY_SHIFT.ENDS_AT.gt(t)));
    }

    private DutyViews.Roster roster(DSLContext dsl, Viewer viewer, String code, Instant from, Instant to) {
        StaffingRule rule = StaffingRule.of(tenants.policy(dsl, code));
        List<Shift> shifts = shifts(dsl, code, from, to);
        List<Absence> absences = absences(dsl, code, from, to, rule);
        List<Gap> gaps = RosterCheck.gaps(rule, from, to,
                shifts.stream().map(s -> new RosterCheck.Shift(s.personId(), s.personName(), DutyRole.of(s.role()),
                        s.startsAt().toInstant(), s.endsAt().toInstant())).toList(),
                absences.stream().map(a -> new RosterCheck.Absence(a.personId(), a.startsAt().toInstant(),
                        a.endsAt().toInstant())).toList())
                .stream().map(g -> new Gap(utc(g.from()), utc(g.to()), g.description())).toList();
        String name = dsl.select(TENANT.NAME).from(TENANT).where(TENANT.CODE.eq(code)).fetchSingle().value1();
        List<DutyViews.StaffMember> people = dsl.select(PERSON.ID, PERSON.NAME, PERSON.TITLE).from(PERSON)
                .where(PERSON.TENANT_CODE.eq(code)).orderBy(PERSON.NAME)
                .fetch(r -> new DutyViews.StaffMember(r.value1(), r.value2(), r.value3()));
        return new DutyViews.Roster(code, name, utc(from), utc(to), posts(dsl, code), shifts, absences, gaps,
                onDuty(dsl, code, Instant.now()), people, code.equals(viewer.tenant().code()));
    }

    private static List<Post> posts(DSLContext dsl, String code) {
        return dsl.select(DUTY_POST.asterisk(), TENANT.NAME).from(DUTY_POST).join(TENANT)
                .on(TENANT.CODE.eq(DUTY_POST.TENANT_CODE)).where(DUTY_POST.TENANT_CODE.eq(code))
                .orderBy(DUTY_POST.NAME).fetch(r -> post(r.into(DUTY_POST), r.get(TENANT.NAME)));
    }

    private static List<Shift> shifts(DSLContext dsl, String code, Instant from, Instant to) {
        return dsl.select(DUTY_SHIFT.asterisk(), DUTY_POST.NAME, PERSON.NAME, PERSON.TITLE).from(DUTY_SHIFT)
                .join(DUTY_POST).on(DUTY_POST.ID.eq(DUTY_SHIFT.POST_ID))
                .join(PERSON).on(PERSON.ID.eq(DUTY_SHIFT.PERSON_ID))
                .where(DUTY_SHIFT.TENANT_CODE.eq(code))
                .and(DUTY_SHIFT.STARTS_AT.lt(utc(to))).and(DUTY_SHIFT.ENDS_AT.gt(utc(from)))
                .orderBy(DUTY_SHIFT.STARTS_AT, DUTY_SHIFT.DUTY_ROLE, PERSON.NAME)
                .fetch(Roster::shift);
    }

    private static List<RosterCheck.Shift> checkShifts(DSLContext dsl, String code, Instant from, Instant to) {
        return shifts(dsl, code, from, to).stream().map(s -> new RosterCheck.Shift(s.personId(), s.personName(),
                DutyRole.of(s.role()), s.startsAt().toInstant(), s.endsAt().toInstant())).toList();
    }

    private static Shift shift(Record r) {
        DutyRole role = DutyRole.of(r.get(DUTY_SHIFT.DUTY_ROLE).getLiteral());
        return new Shift(r.get(DUTY_SHIFT.ID), r.get(DUTY_SHIFT.POST_ID), r.get(DUTY_POST.NAME),
                r.get(DUTY_SHIFT.PERSON_ID), r.get(PERSON.NAME), r.get(PERSON.TITLE), role.literal(), role.label(),
                r.get(DUTY_SHIFT.STARTS_AT), r.get(DUTY_SHIFT.ENDS_AT));
    }

    private static List<Absence> absences(DSLContext dsl, String code, Instant from, Instant to, StaffingRule rule) {
        var deputy = PERSON.as("deputy");
        var rows = dsl.select(LEADER_ABSENCE.asterisk(), PERSON.NAME, deputy.NAME).from(LEADER_ABSENCE)
                .join(PERSON).on(PERSON.ID.eq(LEADER_ABSENCE.PERSON_ID))
                .leftJoin(deputy).on(deputy.ID.eq(LEADER_ABSENCE.DEPUTY_ID))
                .where(LEADER_ABSENCE.TENANT_CODE.eq(code))
                .and(LEADER_ABSENCE.STARTS_AT.lt(utc(to))).and(LEADER_ABSENCE.ENDS_AT.gt(utc(from)))
                .orderBy(LEADER_ABSENCE.STARTS_AT).fetch();
        Map<String, String> reporters = PersonDirectory.names(dsl, rows.map(r -> r.get(LEADER_ABSENCE.REPORTED_BY)));
        return rows.map(r -> new Absence(r.get(LEADER_ABSENCE.ID), r.get(LEADER_ABSENCE.PERSON_ID), r.get(PERSON.NAME),
                r.get(LEADER_ABSENCE.DEPUTY_ID), r.get(deputy.NAME), r.get(LEADER_ABSENCE.STARTS_AT),
                r.get(LEADER_ABSENCE.ENDS_AT), r.get(LEADER_ABSENCE.DESTINATION), r.get(LEADER_ABSENCE.REASON),
                reporters.get(r.get(LEADER_ABSENCE.REPORTED_BY)), r.get(LEADER_ABSENCE.REPORTED_AT),
                rule.floodSeason(LocalDate.ofInstant(r.get(LEADER_ABSENCE.STARTS_AT).toInstant(), RosterCheck.CHINA))));
    }

    static DutyPostRecord loadPost(DSLContext dsl, UUID id) {
        return TenantRows.load(dsl, DUTY_POST, DUTY_POST.ID, id, "duty-post-not-found", "值班岗位");
    }

    static Post post(DutyPostRecord r, String tenantName) {
        return new Post(r.getId(), r.getTenantCode(), tenantName, r.getName(), r.getRoom(), r.getPhone(), r.getAddress(),
                r.getLongitude(), r.getLatitude(), r.getVersion());
    }

    /** The viewer's own tenant when blank; otherwise a tenant at or below it, or 404. */
    static String visibleTenant(DSLContext dsl, Viewer viewer, String code) {
        if (code == null || code.isBlank() || code.equals(viewer.tenant().code())) {
            return viewer.tenant().code();
        }
        if (!dsl.fetchExists(TENANT, TENANT.CODE.eq(code)
                .and(TenantQueries.descendantOf(TENANT.PATH, viewer.tenant().path())))) {
            throw ApiException.notFound("tenant-not-found", "未找到行政区划 " + code + "，或不在您的可见范围内");
        }
        return code;
    }

    /** The office's roster is written one transaction at a time (overlap checks see every committed shift). */
    private static void lock(DSLContext dsl, Viewer viewer) {
        TransactionLocks.hold(dsl, "duty_roster:" + viewer.tenant().code());
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
