package cn.yingji.events;

import static cn.yingji.db.Tables.EVENT;
import static cn.yingji.db.Tables.EVENT_REPORT;
import static cn.yingji.db.Tables.INFO_BULLETIN;
import static cn.yingji.db.Tables.TENANT;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.db.tables.records.InfoBulletinRecord;
import cn.yingji.events.EventViews.BulletinRequest;
import cn.yingji.events.EventViews.InfoBulletin;
import cn.yingji.events.EventViews.Named;
import cn.yingji.idempotency.Idempotency;
import cn.yingji.notifications.NotificationKind;
import cn.yingji.notifications.Notifications;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.China;
import cn.yingji.platform.PdfWriter;
import cn.yingji.platform.Pdfs;
import cn.yingji.platform.TransactionLocks;
import cn.yingji.records.RecordWrites;
import cn.yingji.records.Versioned;
import cn.yingji.tenancy.TenantRows;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 《信息快报》 and 《值班信息》: an office compiles a bulletin from an event's reports and issues it, numbered per
 * series and year without gaps or repeats (taken under a transaction lock of the series, as reports are), to its
 * leaders, to regions below it (who hear of it live and read it) and to departments; the tiers above oversee it. A PDF
 * with the CJK font for print and fax.
 */
@Component
class InfoBulletins {

    static final String ENTITY = "info_bulletin";
    /** 信息快报: never changed once issued; declared for its audit trail. */
    static final Versioned<InfoBulletinRecord> TYPE = Versioned.stored(ENTITY, "信息快报", INFO_BULLETIN,
            INFO_BULLETIN.ID, INFO_BULLETIN.VERSION, INFO_BULLETIN.UPDATED_AT);
    static final int LIST_LIMIT = 200;

    private final TenantTx tx;
    private final RecordWrites writes;
    private final Notifications notifications;
    private final Idempotency idempotency;
    private final Pdfs pdfs;

    InfoBulletins(TenantTx tx, RecordWrites writes, Notifications notifications, Idempotency idempotency, Pdfs pdfs) {
        this.tx = tx;
        this.writes = writes;
        this.notifications = notifications;
        this.idempotency = idempotency;
        this.pdfs = pdfs;
    }

    /** Issues a bulletin of the viewer's office, once per {@code Idempotency-Key}. */
    Mono<InfoBulletin> issue(Viewer viewer, BulletinRequest request, String idempotencyKey) {
        BulletinSeries series = BulletinSeries.parse(request.series());
        List<String> addressees = request.addresseeCodes() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(request.addresseeCodes()));
        List<UUID> reportIds = request.reportIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(request.reportIds()));
        var once = new Idempotency.Request(idempotencyKey, "POST", "/api/v1/info-bulletins",
                Idempotency.fingerprint(series, request.title(), request.body(), request.eventId(), addressees));
        return tx.call(viewer, dsl -> idempotency.once(dsl, viewer, once, InfoBulletin.class, () -> {
            if (request.eventId() != null) {
                Events.load(dsl, request.eventId());
            }
            if (!reportIds.isEmpty()) {
                Condition ofEvent = request.eventId() == null ? DSL.noCondition()
                        : EVENT_REPORT.EVENT_ID.eq(request.eventId());
                int found = dsl.fetchCount(EVENT_REPORT, EVENT_REPORT.ID.in(reportIds).and(ofEvent));
                if (found != reportIds.size()) {
                    throw ApiException.badRequest("bulletin-report-invalid", "引用的报告不存在、不可见或不属于该事件");
                }
            }
            checkBelow(dsl, viewer, addressees);
            String me = viewer.tenant().code();
            int year = China.today().getYear();
            // the numbers of one series of one office in one year: taken one at a time, none repeated or skipped
            TransactionLocks.hold(dsl, "info_bulletin:" + me + ":" + series.literal() + ":" + year);
            int number = dsl.select(DSL.coalesce(DSL.max(INFO_BULLETIN.NUMBER), 0)).from(INFO_BULLETIN)
                    .where(INFO_BULLETIN.TENANT_CODE.eq(me))
                    .and(INFO_BULLETIN.SERIES.eq(cn.yingji.db.enums.BulletinSeries.lookupLiteral(series.literal())))
                    .and(INFO_BULLETIN.YEAR.eq(year)).fetchSingle().value1() + 1;
            InfoBulletinRecord row = dsl.insertInto(INFO_BULLETIN)
                    .set(INFO_BULLETIN.SERIES, cn.yingji.db.enums.BulletinSeries.lookupLiteral(series.literal()))
                    .set(INFO_BULLETIN.YEAR, year)
                    .set(INFO_BULLETIN.NUMBER, number)
                    .set(INFO_BULLETIN.TITLE, request.title().strip())
                    .set(INFO_BULLETIN.BODY, request.body().strip())
                    .set(INFO_BULLETIN.EVENT_ID, request.eventId())
                    .set(INFO_BULLETIN.REPORT_IDS, reportIds.toArray(UUID[]::new))
                    .set(INFO_BULLETIN.LEADERS, orEmpty(request.leaders()))
                    .set(INFO_BULLETIN.ADDRESSEE_CODES, addressees.toArray(String[]::new))
                    .set(INFO_BULLETIN.DEPARTMENTS, orEmpty(request.departments()))
                    .set(INFO_BULLETIN.COMPILED_BY, request.compiledBy().strip())
                    .set(INFO_BULLETIN.APPROVED_BY, request.approvedBy().strip())
                    .set(INFO_BULLETIN.CREATED_BY, viewer.username())
                    .returning().fetchSingle();
            String issue = series.issue(year, number);
            for (String code : addressees) {
                notifications.notify(dsl, new Notifications.Notice(NotificationKind.BULLETIN_RECEIVED,
                        Notifications.Recipient.office(code), viewer.tenant().name() + issue, row.getTitle(), ENTITY,
                        row.getId()));
            }
            writes.written(dsl, viewer, TYPE, "bulletin.issue", row.getId(), null,
                    Map.of("issue", issue, "title", row.getTitle()));
            return views(dsl, viewer, List.of(row)).getFirst();
        }));
    }

    /** 分送 goes down: each addressee a region below the office (404 for what the office cannot see). */
    private static void checkBelow(DSLContext dsl, Viewer viewer, List<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        String below = viewer.tenant().path() + ".";
        Set<String> valid = dsl.select(TENANT.CODE, TENANT.PATH).from(TENANT).where(TENANT.CODE.in(codes)).fetch()
                .stream().filter(r -> r.value2().data().startsWith(below)).map(r -> r.value1())
                .collect(java.util.stream.Collectors.toSet());
        List<String> invalid = codes.stream().filter(c -> !valid.contains(c)).toList();
        if (!invalid.isEmpty()) {
            throw ApiException.badRequest("bulletin-addressee-invalid",
                    "分送地区须为本地区的下级地区：" + String.join("、", invalid));
        }
    }

    /** The bulletins the viewer reads, newest first: its office's, those sent to it, those of the tiers below. */
    Mono<List<InfoBulletin>> list(Viewer viewer, String series) {
        Condition where = series == null || series.isBlank() ? DSL.noCondition()
                : INFO_BULLETIN.SERIES.eq(cn.yingji.db.enums.BulletinSeries.lookupLiteral(
                        BulletinSeries.parse(series).literal()));
        return tx.call(viewer, dsl -> views(dsl, viewer, dsl.selectFrom(INFO_BULLETIN).where(where)
                .orderBy(INFO_BULLETIN.ISSUED_AT.desc(), INFO_BULLETIN.ID).limit(LIST_LIMIT).fetch()));
    }

    Mono<InfoBulletin> get(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> views(dsl, viewer, List.of(load(dsl, id))).getFirst());
    }

    /** The bulletin as print and fax take it: masthead, issue, title, text, distribution. */
    Mono<byte[]> pdf(Viewer viewer, UUID id) {
        return get(viewer, id).map(b -> {
            try (PdfWriter pdf = pdfs.open(b.tenantName() + b.issue())) {
                pdf.heading(b.seriesLabel(), 26)
                        .paragraph(b.year() + "年第" + b.number() + "期", 12)
                        .paragraph(b.tenantName() + "应急管理局　　" + b.issuedAt().atZoneSameInstant(China.ZONE)
                                .toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日")), 12)
                        .heading(b.title(), 16);
                for (String paragraph : b.body().split("\\n")) {
                    if (!paragraph.isBlank()) {
                        pdf.paragraph(paragraph.strip(), 12);
                    }
                }
                if (!b.leaders().isBlank()) {
                    pdf.paragraph("呈送：" + b.leaders(), 10);
                }
                if (!b.addressees().isEmpty()) {
                    pdf.paragraph("分送：" + String.join("、", b.addressees().stream().map(Named::name).toList()), 10);
                }
                if (!b.departments().isBlank()) {
                    pdf.paragraph("抄送：" + b.departments(), 10);
                }
                pdf.paragraph("编辑：" + b.compiledBy() + "　　签发：" + b.approvedBy(), 10);
                return pdf.finish();
            }
        });
    }

    static InfoBulletinRecord load(DSLContext dsl, UUID id) {
        return TenantRows.load(dsl, INFO_BULLETIN, INFO_BULLETIN.ID, id, "bulletin-not-found", "信息快报");
    }

    private static List<InfoBulletin> views(DSLContext dsl, Viewer viewer, List<InfoBulletinRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        rows.forEach(r -> {
            codes.add(r.getTenantCode());
            codes.addAll(Arrays.asList(r.getAddresseeCodes()));
        });
        // the catalog's public names: an addressee reads its own and its ancestors' tenant rows, not its siblings'
        Map<String, String> names = new java.util.HashMap<>();
        for (String code : codes) {
            names.put(code, dsl.select(DSL.field("t.name", String.class))
                    .from(DSL.table("app.resolve_tenant({0})", DSL.val(code)).as("t")).fetchOne(0, String.class));
        }
        Map<UUID, String> titles = dsl.select(EVENT.ID, EVENT.TITLE).from(EVENT)
                .where(EVENT.ID.in(rows.stream().map(InfoBulletinRecord::getEventId).filter(e -> e != null).toList()))
                .fetchMap(EVENT.ID, EVENT.TITLE);
        return rows.stream().map(r -> {
            BulletinSeries series = BulletinSeries.of(r.getSeries().getLiteral());
            return new InfoBulletin(r.getId(), r.getTenantCode(), names.get(r.getTenantCode()), series.literal(),
                    series.label(), r.getYear(), r.getNumber(), series.issue(r.getYear(), r.getNumber()), r.getTitle(),
                    r.getBody(), r.getEventId(), r.getEventId() == null ? null : titles.get(r.getEventId()),
                    List.of(r.getReportIds()), r.getLeaders(),
                    Arrays.stream(r.getAddresseeCodes()).map(c -> new Named(c, names.getOrDefault(c, c))).toList(),
                    r.getDepartments(), r.getCompiledBy(), r.getApprovedBy(), r.getIssuedAt(),
                    r.getTenantCode().equals(viewer.tenant().code()));
        }).toList();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
