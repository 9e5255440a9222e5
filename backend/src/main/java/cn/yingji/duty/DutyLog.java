package cn.yingji.duty;

import static cn.yingji.db.Tables.DUTY_HANDOVER;
import static cn.yingji.db.Tables.DUTY_HANDOVER_ITEM;
import static cn.yingji.db.Tables.DUTY_LOG_ENTRY;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import cn.yingji.db.tables.records.DutyHandoverItemRecord;
import cn.yingji.db.tables.records.DutyHandoverRecord;
import cn.yingji.duty.DutyViews.Handover;
import cn.yingji.duty.DutyViews.HandoverItem;
import cn.yingji.duty.DutyViews.LogEntry;
import cn.yingji.notifications.NotificationKind;
import cn.yingji.notifications.Notifications;
import cn.yingji.obligations.ObligationKind;
import cn.yingji.obligations.Obligations;
import cn.yingji.platform.ApiException;
import cn.yingji.records.RecordWrites;
import cn.yingji.tenancy.PersonDirectory;
import cn.yingji.tenancy.TenantRows;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 值班日志 and 交接班: what a shift records, and the handover that passes every open clock of the office (report
 * clocks, 批示 to answer, spot checks to answer, warnings in force to acknowledge) to the next shift, each
 * acknowledged by the incoming officer.
 */
@Component
class DutyLog {

    static final String HANDOVER_ENTITY = "duty_handover";
    static final int LIST_LIMIT = 200;
    /** The clocks a shift hands over: what the office must still do within minutes or hours. */
    static final Set<ObligationKind> HANDED_OVER = EnumSet.of(ObligationKind.REPORT_INITIAL,
            ObligationKind.REPORT_WRITTEN, ObligationKind.REPORT_FOLLOW_UP, ObligationKind.REPORT_RELAY,
            ObligationKind.INSTRUCTION_FEEDBACK, ObligationKind.SPOT_CHECK_ANSWER, ObligationKind.WARNING_ACK);

    private final TenantTx tx;
    private final RecordWrites writes;
    private final Obligations obligations;
    private final Notifications notifications;

    DutyLog(TenantTx tx, RecordWrites writes, Obligations obligations, Notifications notifications) {
        this.tx = tx;
        this.writes = writes;
        this.obligations = obligations;
        this.notifications = notifications;
    }

    Mono<LogEntry> log(Viewer viewer, String content) {
        return tx.call(viewer, dsl -> {
            PersonDirectory.register(dsl, viewer);
            var row = dsl.insertInto(DUTY_LOG_ENTRY)
                    .set(DUTY_LOG_ENTRY.LOGGED_BY, viewer.username())
                    .set(DUTY_LOG_ENTRY.CONTENT, content.strip())
                    .returning().fetchSingle();
            writes.audited(dsl, viewer, "duty_log_entry", "duty_log.create", row.getId(), null, Map.of());
            return new LogEntry(row.getId(), row.getTenantCode(), row.getLoggedAt(),
                    PersonDirectory.nameOf(dsl, viewer.username()), row.getContent());
        });
    }

    /** The duty log of an office the viewer reads (its own when blank), newest first. */
    Mono<List<LogEntry>> entries(Viewer viewer, String tenantCode) {
        return tx.call(viewer, dsl -> {
            String code = Roster.visibleTenant(dsl, viewer, tenantCode);
            var rows = dsl.selectFrom(DUTY_LOG_ENTRY).where(DUTY_LOG_ENTRY.TENANT_CODE.eq(code))
                    .orderBy(DUTY_LOG_ENTRY.LOGGED_AT.desc(), DUTY_LOG_ENTRY.ID).limit(LIST_LIMIT).fetch();
            Map<String, String> names = PersonDirectory.names(dsl, rows.map(r -> r.getLoggedBy()));
            return rows.map(r -> new LogEntry(r.getId(), r.getTenantCode(), r.getLoggedAt(), names.get(r.getLoggedBy()),
                    r.getContent()));
        });
    }

    /**
     * 交班: hands over the office's open clocks as they are now, one item each, with a note; one handover of an
     * office waits for its acceptance at a time (409 otherwise).
     */
    Mono<Handover> handOver(Viewer viewer, String note) {
        return tx.call(viewer, dsl -> {
            String own = viewer.tenant().code();
            if (dsl.fetchExists(DUTY_HANDOVER, DUTY_HANDOVER.TENANT_CODE.eq(own).and(DUTY_HANDOVER.ACCEPTED_AT.isNull()))) {
                throw ApiException.conflict("duty-handover-open", "上一次交班尚未接班确认，请先完成接班");
            }
            PersonDirectory.register(dsl, viewer);
            DutyHandoverRecord row = dsl.insertInto(DUTY_HANDOVER)
                    .set(DUTY_HANDOVER.HANDED_BY, viewer.username())
                    .set(DUTY_HANDOVER.NOTE, note == null ? "" : note.strip())
                    .onConflictDoNothing().returning().fetchOne();
            if (row == null) {
                throw ApiException.conflict("duty-handover-open", "上一次交班尚未接班确认，请先完成接班");
            }
            var items = obligations.openOf(dsl, HANDED_OVER, own);
            if (!items.isEmpty()) {
                var insert = dsl.insertInto(DUTY_HANDOVER_ITEM, DUTY_HANDOVER_ITEM.HANDOVER_ID,
                        DUTY_HANDOVER_ITEM.OBLIGATION_ID, DUTY_HANDOVER_ITEM.KIND, DUTY_HANDOVER_ITEM.RECORD_ID,
                        DUTY_HANDOVER_ITEM.SUBJECT, DUTY_HANDOVER_ITEM.DUE_AT);
                for (Obligations.Open o : items) {
                    insert = insert.values(row.getId(), o.id(),
                            cn.yingji.db.enums.ObligationKind.lookupLiteral(o.kind().literal()), o.recordId(),
                            o.subject(), o.dueAt().atOffset(ZoneOffset.UTC));
                }
                insert.execute();
            }
            String who = PersonDirectory.nameOf(dsl, viewer.username());
            notifications.notify(dsl, new Notifications.Notice(NotificationKind.DUTY_HANDOVER,
                    Notifications.Recipient.office(own), "交班：" + who + "已交班，待接班确认",
                    items.isEmpty() ? "无未办结的时限事项" : "交接事项" + items.size() + "项", HANDOVER_ENTITY, row.getId()));
            writes.audited(dsl, viewer, HANDOVER_ENTITY, "duty_handover.create", row.getId(), null,
                    Map.of("items", items.size()));
            return views(dsl, viewer, List.of(row)).getFirst();
        });
    }

    /**
     * 接班: the incoming officer (not the one who handed over) acknowledges every item; 400 listing the items not
     * acknowledged; 409 once accepted.
     */
    Mono<Handover> accept(Viewer viewer, UUID id, List<UUID> itemIds) {
        return tx.call(viewer, dsl -> {
            DutyHandoverRecord handover = TenantRows.own(viewer, TenantRows.load(dsl, DUTY_HANDOVER, DUTY_HANDOVER.ID,
                    id, "duty-handover-not-found", "交班记录"), "只能接本单位的班");
            if (handover.getAcceptedAt() != null) {
                throw ApiException.conflict("duty-handover-accepted", "该交班已由"
                        + PersonDirectory.nameOf(dsl, handover.getAcceptedBy()) + "接班确认");
            }
            if (handover.getHandedBy().equals(viewer.username())) {
                throw ApiException.badRequest("duty-handover-self", "交班人不能自己接班，须由接班人员逐项确认");
            }
            var items = dsl.selectFrom(DUTY_HANDOVER_ITEM).where(DUTY_HANDOVER_ITEM.HANDOVER_ID.eq(id)).fetch();
            Set<UUID> acknowledged = new HashSet<>(itemIds);
            List<String> missing = items.stream().filter(i -> !acknowledged.contains(i.getId()))
                    .map(DutyHandoverItemRecord::getSubject).toList();
            if (!missing.isEmpty()) {
                throw ApiException.badRequest("duty-handover-unacknowledged",
                        "还有" + missing.size() + "项交接事项未确认：" + String.join("；", missing));
            }
            Instant now = Instant.now();
            PersonDirectory.register(dsl, viewer);
            dsl.update(DUTY_HANDOVER_ITEM).set(DUTY_HANDOVER_ITEM.ACKNOWLEDGED_AT, now.atOffset(ZoneOffset.UTC))
                    .where(DUTY_HANDOVER_ITEM.HANDOVER_ID.eq(id)).execute();
            int accepted = dsl.update(DUTY_HANDOVER)
                    .set(DUTY_HANDOVER.ACCEPTED_BY, viewer.username())
                    .set(DUTY_HANDOVER.ACCEPTED_AT, now.atOffset(ZoneOffset.UTC))
                    .where(DUTY_HANDOVER.ID.eq(id)).and(DUTY_HANDOVER.ACCEPTED_AT.isNull()).execute();
            if (accepted == 0) {
                throw ApiException.conflict("duty-handover-accepted", "该交班已被接班确认");
            }
            writes.audited(dsl, viewer, HANDOVER_ENTITY, "duty_handover.accept", id, null, Map.of("items", items.size()));
            return views(dsl, viewer, List.of(dsl.fetchSingle(DUTY_HANDOVER, DUTY_HANDOVER.ID.eq(id)))).getFirst();
        });
    }

    /** The handovers of an office the viewer reads (its own when blank), newest first. */
    Mono<List<Handover>> handovers(Viewer viewer, String tenantCode) {
        return tx.call(viewer, dsl -> {
            String code = Roster.visibleTenant(dsl, viewer, tenantCode);
            return views(dsl, viewer, dsl.selectFrom(DUTY_HANDOVER).where(DUTY_HANDOVER.TENANT_CODE.eq(code))
                    .orderBy(DUTY_HANDOVER.HANDED_AT.desc(), DUTY_HANDOVER.ID).limit(50).fetch());
        });
    }

    Mono<Handover> handover(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> views(dsl, viewer, List.of(TenantRows.load(dsl, DUTY_HANDOVER, DUTY_HANDOVER.ID,
                id, "duty-handover-not-found", "交班记录"))).getFirst());
    }

    private static List<Handover> views(DSLContext dsl, Viewer viewer, List<DutyHandoverRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<HandoverItem>> items = dsl.selectFrom(DUTY_HANDOVER_ITEM)
                .where(DUTY_HANDOVER_ITEM.HANDOVER_ID.in(rows.stream().map(DutyHandoverRecord::getId).toList()))
                .orderBy(DUTY_HANDOVER_ITEM.DUE_AT, DUTY_HANDOVER_ITEM.ID).fetch().stream()
                .collect(Collectors.groupingBy(DutyHandoverItemRecord::getHandoverId, Collectors.mapping(i -> {
                    ObligationKind kind = ObligationKind.fromLiteral(i.getKind().getLiteral());
                    return new HandoverItem(i.getId(), kind.literal(), kind.label(), kind.recordEntity(),
                            i.getRecordId(), i.getSubject(), i.getDueAt(), i.getAcknowledgedAt());
                }, Collectors.toList())));
        Map<String, String> names = PersonDirectory.names(dsl, rows.stream()
                .flatMap(r -> Stream.of(r.getHandedBy(), r.getAcceptedBy())).toList());
        return rows.stream().map(r -> new Handover(r.getId(), names.get(r.getHandedBy()), r.getHandedAt(), r.getNote(),
                r.getAcceptedBy() == null ? null : names.get(r.getAcceptedBy()), r.getAcceptedAt(),
                items.getOrDefault(r.getId(), List.of()), r.getHandedBy().equals(viewer.username()))).toList();
    }
}
