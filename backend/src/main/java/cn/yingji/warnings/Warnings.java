package cn.yingji.warnings;

import static cn.yingji.db.Tables.TENANT;
import static cn.yingji.db.Tables.WARNING;
import static cn.yingji.db.Tables.WARNING_ACK;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import cn.yingji.db.tables.records.WarningAckRecord;
import cn.yingji.db.tables.records.WarningRecord;
import cn.yingji.idempotency.Idempotency;
import cn.yingji.notifications.NotificationKind;
import cn.yingji.notifications.Notifications;
import cn.yingji.obligations.DueRule;
import cn.yingji.obligations.ObligationKind;
import cn.yingji.obligations.ObligationState;
import cn.yingji.obligations.Obligations;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.TransactionLocks;
import cn.yingji.records.RecordWrites;
import cn.yingji.records.Versioned;
import cn.yingji.tenancy.PersonDirectory;
import cn.yingji.tenancy.TenantQueries;
import cn.yingji.tenancy.TenantRows;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import cn.yingji.warnings.WarningViews.Acknowledgement;
import cn.yingji.warnings.WarningViews.Warning;
import cn.yingji.warnings.WarningViews.WarningRequest;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * 预警发布: a tier drafts a warning for its own area or tiers below it, a leader signs it off (签发: what CAP requires is
 * checked here, so a warning that cannot be exported is never published), and it is published once — then only an
 * update or a cancellation, each a message of its own referring to it. Each tenant of the area owes its 叫应 within
 * the issuer's {@code warnings.acknowledgeMinutes} (obligation 预警叫应); who has not is the call-down list.
 */
@Component
class Warnings {

    static final String ENTITY = "warning";
    static final Versioned<WarningRecord> TYPE = Versioned.indexed(ENTITY, "预警信息", WARNING, WARNING.ID, WARNING.VERSION,
            WARNING.UPDATED_AT);
    static final int LIST_LIMIT = 200;

    private final TenantTx tx;
    private final RecordWrites writes;
    private final Obligations obligations;
    private final Notifications notifications;
    private final Idempotency idempotency;
    private final TenantQueries tenants;

    Warnings(TenantTx tx, RecordWrites writes, Obligations obligations, Notifications notifications,
            Idempotency idempotency, TenantQueries tenants) {
        this.tx = tx;
        this.writes = writes;
        this.obligations = obligations;
        this.notifications = notifications;
        this.idempotency = idempotency;
        this.tenants = tenants;
    }

    /** A new draft of the viewer's office, once per key. */
    Mono<Warning> create(Viewer viewer, WarningRequest request, String idempotencyKey) {
        WarningLevel level = WarningLevel.parse(request.level());
        var once = new Idempotency.Request(idempotencyKey, "POST", "/api/v1/warnings",
                Idempotency.fingerprint(request.headline(), request.areaCodes(), request.onset(), level.literal()));
        return tx.call(viewer, dsl -> idempotency.once(dsl, viewer, once, Warning.class, () -> {
            List<String> area = area(dsl, viewer, request.areaCodes());
            checkTimes(request);
            WarningRecord row = dsl.insertInto(WARNING).set(fields(request, level, area))
                    .set(WARNING.CREATED_BY, viewer.username())
                    .returning().fetchSingle();
            PersonDirectory.register(dsl, viewer);
            writes.written(dsl, viewer, TYPE, "warning.create", row.getId(), null,
                    Map.of("headline", row.getHeadline(), "level", level.literal()));
            return views(dsl, viewer, List.of(row)).getFirst();
        }));
    }

    /** Changes a draft; a warning signed off or published is never edited (409): only an update or a cancellation. */
    Mono<Warning> edit(Viewer viewer, UUID id, WarningRequest request) {
        WarningLevel level = WarningLevel.parse(request.level());
        if (request.version() == null) {
            throw ApiException.badRequest("version-required", "修改预警必须提供版本号 version");
        }
        return tx.call(viewer, dsl -> {
            WarningRecord before = own(viewer, load(dsl, id));
            if (before.getStatus() != cn.yingji.db.enums.WarningStatus.draft) {
                throw ApiException.conflict("warning-not-draft",
                        "已签发或已发布的预警不能修改；已发布的预警只能发布更新或解除");
            }
            List<String> area = area(dsl, viewer, request.areaCodes());
            checkTimes(request);
            WarningRecord after = writes.update(dsl, TYPE, before, request.version(),
                    dsl.update(WARNING).set(fields(request, level, area)));
            writes.written(dsl, viewer, TYPE, "warning.update", id, Map.of("version", before.getVersion()),
                    Map.of("headline", after.getHeadline()));
            return views(dsl, viewer, List.of(after)).getFirst();
        });
    }

    /**
     * 签发 by a named leader: the warning must still be in force and be a valid CAP 1.2 document (422 listing what
     * is wrong otherwise), so what is published can always be exported.
     */
    Mono<Warning> approve(Viewer viewer, UUID id, String approverName, int version) {
        return tx.call(viewer, dsl -> {
            WarningRecord before = own(viewer, load(dsl, id));
            if (before.getStatus() != cn.yingji.db.enums.WarningStatus.draft) {
                throw ApiException.conflict("warning-not-draft", "只有草稿可以签发");
            }
            List<String> problems = new ArrayList<>();
            if (!before.getExpires().toInstant().isAfter(Instant.now())) {
                problems.add("失效时间已过，请修改后再签发");
            }
            String xml = Cap.xml(alert(dsl, before, Cap.identifier(before.getTenantCode(), Instant.now(), 0)));
            Cap.problems(xml).forEach(p -> problems.add("不符合 CAP 1.2：" + p));
            if (!problems.isEmpty()) {
                throw ApiException.invalid("warning-incomplete", "预警信息不完整，不能签发：" + String.join("；", problems),
                        problems.stream().map(p -> Map.of("message", p)).toList());
            }
            WarningRecord after = writes.update(dsl, TYPE, before, version, dsl.update(WARNING)
                    .set(WARNING.STATUS, cn.yingji.db.enums.WarningStatus.approved)
                    .set(WARNING.APPROVER_NAME, approverName.strip())
                    .set(WARNING.APPROVED_BY, viewer.username())
                    .set(WARNING.APPROVED_AT, OffsetDateTime.now(ZoneOffset.UTC)));
            writes.written(dsl, viewer, TYPE, "warning.approve", id, Map.of("status", "draft"),
                    Map.of("status", "approved", "approver", approverName.strip()));
            return views(dsl, viewer, List.of(after)).getFirst();
        });
    }

    /**
     * 发布, once: the GB/T 35965.1 identifier, shared with the area below and the tiers above; the warning it updates or
     * cancels is replaced; each tenant of the area is told and, for an alert or update, owes its 叫应.
     */
    Mono<Warning> publish(Viewer viewer, UUID id, int version) {
        return tx.call(viewer, dsl -> {
            WarningRecord before = own(viewer, load(dsl, id));
            if (before.getStatus() != cn.yingji.db.enums.WarningStatus.approved) {
                throw ApiException.conflict(before.getPublishedAt() != null ? "warning-published" : "warning-not-approved",
                        before.getPublishedAt() != null ? "该预警已发布，只能发布更新或解除" : "预警须先经领导签发才能发布");
            }
            if (!before.getExpires().toInstant().isAfter(Instant.now())) {
                throw ApiException.conflict("warning-expired", "失效时间已过，不能发布");
            }
            WarningMessage message = WarningMessage.of(before.getMessage().getLiteral());
            if (before.getReferencesId() != null) {
                int replaced = dsl.update(WARNING)
                        .set(WARNING.STATUS, message == WarningMessage.CANCEL ? cn.yingji.db.enums.WarningStatus.cancelled
                                : cn.yingji.db.enums.WarningStatus.superseded)
                        .set(WARNING.VERSION, WARNING.VERSION.plus(1))
                        .set(WARNING.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                        .where(WARNING.ID.eq(before.getReferencesId()))
                        .and(WARNING.STATUS.eq(cn.yingji.db.enums.WarningStatus.published)).execute();
                if (replaced == 0) {
                    throw ApiException.conflict("warning-replaced", "所更新或解除的预警已不在发布状态（已被更新或解除）");
                }
                // its search document says it was updated or cancelled
                writes.reindex(dsl, TYPE, before.getReferencesId());
            }
            Instant now = Instant.now();
            TransactionLocks.hold(dsl, "warning_identifier:" + before.getTenantCode());
            String prefix = Cap.identifier(before.getTenantCode(), now, 0);
            int serial = dsl.fetchCount(WARNING, WARNING.IDENTIFIER.like(prefix.substring(0, prefix.length() - 1) + "%"));
            if (serial > 9) {
                throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "warning-identifier-busy", "同一秒内发布过多，请稍后重试");
            }
            WarningRecord after = writes.update(dsl, TYPE, before, version, dsl.update(WARNING)
                    .set(WARNING.STATUS, cn.yingji.db.enums.WarningStatus.published)
                    .set(WARNING.SHARING, cn.yingji.db.enums.Sharing.vertical)
                    .set(WARNING.IDENTIFIER, Cap.identifier(before.getTenantCode(), now, serial))
                    .set(WARNING.PUBLISHED_BY, viewer.username())
                    .set(WARNING.PUBLISHED_AT, now.atOffset(ZoneOffset.UTC)));
            WarningLevel level = WarningLevel.of(after.getLevel().getLiteral());
            String title = message == WarningMessage.CANCEL ? "预警解除：" + after.getHeadline()
                    : viewer.tenant().name() + "发布" + after.getHazard() + level.label() + "预警";
            Instant due = new DueRule.Minutes(acknowledgeMinutes(dsl, after.getTenantCode())).dueAt(now);
            for (String code : after.getAreaCodes()) {
                if (message != WarningMessage.CANCEL) {
                    obligations.openBelow(dsl, new Obligations.Opening(ObligationKind.WARNING_ACK, id,
                            "预警叫应：" + after.getHeadline(), code, null, now, due, viewer.tenant().name() + "发布"));
                }
                notifications.notify(dsl, new Notifications.Notice(NotificationKind.WARNING_PUBLISHED,
                        Notifications.Recipient.office(code), title, after.getHeadline(), ENTITY, id));
            }
            writes.written(dsl, viewer, TYPE, "warning.publish", id, Map.of("status", "approved"),
                    Map.of("status", "published", "identifier", after.getIdentifier()));
            return views(dsl, viewer, List.of(after)).getFirst();
        });
    }

    /** 更新 or 解除 of a published warning: a new draft referring to it, to be signed off and published in turn. */
    Mono<Warning> followUp(Viewer viewer, UUID id, WarningMessage message) {
        return tx.call(viewer, dsl -> {
            WarningRecord published = own(viewer, load(dsl, id));
            if (published.getStatus() != cn.yingji.db.enums.WarningStatus.published) {
                throw ApiException.conflict("warning-not-published", "只有在发布状态的预警可以更新或解除");
            }
            Instant now = Instant.now();
            WarningRecord row = dsl.insertInto(WARNING)
                    .set(WARNING.MESSAGE, cn.yingji.db.enums.WarningMessage.lookupLiteral(message.literal()))
                    .set(WARNING.REFERENCES_ID, id)
                    .set(WARNING.HAZARD, published.getHazard())
                    .set(WARNING.LEVEL, published.getLevel())
                    .set(WARNING.HEADLINE, message == WarningMessage.CANCEL ? "解除" + published.getHeadline()
                            : published.getHeadline())
                    .set(WARNING.DESCRIPTION, message == WarningMessage.CANCEL ? "根据最新情况，解除" + published.getHeadline() + "。"
                            : published.getDescription())
                    .set(WARNING.INSTRUCTION, published.getInstruction())
                    .set(WARNING.AREA_CODES, published.getAreaCodes())
                    .set(WARNING.AREA_DESC, published.getAreaDesc())
                    .set(WARNING.POLYGON, published.getPolygon())
                    .set(WARNING.AUDIENCE, published.getAudience())
                    .set(WARNING.CHANNELS, published.getChannels())
                    .set(WARNING.ONSET, message == WarningMessage.CANCEL ? now.atOffset(ZoneOffset.UTC) : published.getOnset())
                    .set(WARNING.EXPIRES, message == WarningMessage.CANCEL
                            ? now.plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC) : published.getExpires())
                    .set(WARNING.CREATED_BY, viewer.username())
                    .returning().fetchSingle();
            writes.written(dsl, viewer, TYPE, "warning.follow_" + message.literal(), row.getId(), null,
                    Map.of("references", id.toString()));
            return views(dsl, viewer, List.of(row)).getFirst();
        });
    }

    /** 叫应 by a tenant of the area: once (a second reads it back); after the clock it is late. */
    Mono<Warning> acknowledge(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> {
            WarningRecord warning = load(dsl, id);
            if (!List.of(warning.getAreaCodes()).contains(viewer.tenant().code())) {
                throw ApiException.forbidden("warning-not-addressed", "本单位不在该预警的发布区域内，无需叫应");
            }
            if (warning.getStatus() != cn.yingji.db.enums.WarningStatus.published
                    || WarningMessage.of(warning.getMessage().getLiteral()) == WarningMessage.CANCEL) {
                throw ApiException.conflict("warning-not-in-force", "该预警已不在发布状态，无需叫应");
            }
            PersonDirectory.register(dsl, viewer);
            Instant now = Instant.now();
            ObligationState closed = obligations.closeAssigned(dsl, ObligationKind.WARNING_ACK, id, now);
            WarningAckRecord ack = dsl.insertInto(WARNING_ACK)
                    .set(WARNING_ACK.WARNING_ID, id)
                    .set(WARNING_ACK.ACKNOWLEDGED_BY, viewer.username())
                    .set(WARNING_ACK.ACKNOWLEDGED_AT, now.atOffset(ZoneOffset.UTC))
                    .set(WARNING_ACK.LATE, closed == ObligationState.DONE_LATE)
                    .onConflict(WARNING_ACK.WARNING_ID, WARNING_ACK.TENANT_CODE).doNothing()
                    .returning().fetchOne();
            if (ack != null) {
                notifications.notify(dsl, new Notifications.Notice(NotificationKind.WARNING_ACKNOWLEDGED,
                        Notifications.Recipient.office(warning.getTenantCode()), "预警叫应：" + viewer.tenant().name(),
                        warning.getHeadline(), ENTITY, id));
                writes.audited(dsl, viewer, ENTITY, "warning.acknowledge", id, null, Map.of("late", ack.getLate()));
            }
            return views(dsl, viewer, List.of(warning)).getFirst();
        });
    }

    /** {@code issued} (the viewer's office's), {@code received} (its area's, published), or all it reads; newest first. */
    Mono<List<Warning>> list(Viewer viewer, String scope) {
        Condition where = switch (scope == null || scope.isBlank() ? "all" : scope) {
            case "issued" -> WARNING.TENANT_CODE.eq(viewer.tenant().code());
            case "received" -> DSL.condition("{0} = any({1})", DSL.val(viewer.tenant().code()), WARNING.AREA_CODES)
                    .and(WARNING.PUBLISHED_AT.isNotNull());
            case "all" -> DSL.noCondition();
            default -> throw ApiException.badRequest("invalid-warning-scope",
                    "范围无效，可选值：issued（本级发布）、received（本地区收到）、all（全部）");
        };
        return tx.call(viewer, dsl -> views(dsl, viewer, dsl.selectFrom(WARNING).where(where)
                .orderBy(WARNING.CREATED_AT.desc(), WARNING.ID).limit(LIST_LIMIT).fetch()));
    }

    Mono<Warning> get(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> views(dsl, viewer, List.of(load(dsl, id))).getFirst());
    }

    /** The published warning as CAP 1.2 XML, valid against the schema; a draft has none (409). */
    Mono<String> cap(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> {
            WarningRecord w = load(dsl, id);
            if (w.getIdentifier() == null) {
                throw ApiException.conflict("warning-not-published", "预警发布后才能导出 CAP");
            }
            return Cap.xml(alert(dsl, w, w.getIdentifier()));
        });
    }

    private Cap.Alert alert(DSLContext dsl, WarningRecord w, String identifier) {
        WarningLevel level = WarningLevel.of(w.getLevel().getLiteral());
        JsonNode terms = tenants.policy(dsl, w.getTenantCode()).required("warnings").required("cap").required(level.literal());
        String references = null;
        if (w.getReferencesId() != null) {
            WarningRecord ref = dsl.selectFrom(WARNING).where(WARNING.ID.eq(w.getReferencesId())).fetchSingle();
            references = "yingji-" + ref.getTenantCode() + "," + ref.getIdentifier() + ","
                    + Cap.time(ref.getPublishedAt().toInstant());
        }
        String issuer = dsl.select(TENANT.NAME).from(TENANT).where(TENANT.CODE.eq(w.getTenantCode())).fetchSingle(TENANT.NAME);
        Instant sent = w.getPublishedAt() != null ? w.getPublishedAt().toInstant() : Instant.now();
        return new Cap.Alert(identifier, "yingji-" + w.getTenantCode(), sent, WarningMessage.of(w.getMessage().getLiteral()),
                references, w.getHazard(), level, new Cap.Terms(terms.required("urgency").asString(),
                        terms.required("severity").asString(), terms.required("certainty").asString()),
                w.getAudience(), w.getOnset().toInstant(), w.getExpires().toInstant(), issuer + "应急管理部门",
                w.getHeadline(), w.getDescription(), w.getInstruction(), w.getAreaDesc(), w.getPolygon(),
                List.of(w.getAreaCodes()));
    }

    private int acknowledgeMinutes(DSLContext dsl, String issuer) {
        return tenants.policy(dsl, issuer).required("warnings").required("acknowledgeMinutes").asInt();
    }

    private static WarningRecord load(DSLContext dsl, UUID id) {
        return TenantRows.load(dsl, WARNING, WARNING.ID, id, "warning-not-found", "预警信息");
    }

    private static WarningRecord own(Viewer viewer, WarningRecord row) {
        return TenantRows.own(viewer, row, "只能处理本单位发布的预警");
    }

    /** The area's codes in the order given, each the viewer's own tenant or one below it (400 naming the others). */
    private static List<String> area(DSLContext dsl, Viewer viewer, List<String> codes) {
        List<String> area = List.copyOf(new LinkedHashSet<>(codes));
        var known = dsl.select(TENANT.CODE).from(TENANT).where(TENANT.CODE.in(area))
                .and(TenantQueries.descendantOf(TENANT.PATH, viewer.tenant().path())).fetchSet(TENANT.CODE);
        List<String> wrong = area.stream().filter(c -> !known.contains(c)).toList();
        if (!wrong.isEmpty()) {
            throw ApiException.badRequest("warning-area-not-below", "预警区域须为本级或本级以下的地区：" + String.join("、", wrong));
        }
        return area;
    }

    private static void checkTimes(WarningRequest request) {
        if (!request.expires().isAfter(request.onset())) {
            throw ApiException.badRequest("warning-times", "失效时间须晚于生效时间");
        }
    }

    /** A CAP polygon: at least four "lat,lon" pairs within China's extent, closed; null when blank; 400 otherwise. */
    static String polygon(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] points = text.strip().split("\\s+");
        boolean ok = points.length >= 4 && points[0].equals(points[points.length - 1]);
        for (String p : points) {
            String[] ll = p.split(",");
            try {
                ok &= ll.length == 2 && Double.parseDouble(ll[0]) >= 3 && Double.parseDouble(ll[0]) <= 54
                        && Double.parseDouble(ll[1]) >= 73 && Double.parseDouble(ll[1]) <= 136;
            } catch (NumberFormatException e) {
                ok = false;
            }
        }
        if (!ok) {
            throw ApiException.badRequest("invalid-warning-polygon",
                    "多边形须为至少 4 个“纬度,经度”点、首尾相同、在我国范围内，以空格分隔");
        }
        return String.join(" ", points);
    }

    /** A draft's columns from a request (its area already checked). */
    private static Map<org.jooq.Field<?>, Object> fields(WarningRequest request, WarningLevel level, List<String> area) {
        Map<org.jooq.Field<?>, Object> f = new java.util.LinkedHashMap<>();
        f.put(WARNING.HAZARD, request.hazard().strip());
        f.put(WARNING.LEVEL, cn.yingji.db.enums.WarningLevel.lookupLiteral(level.literal()));
        f.put(WARNING.HEADLINE, request.headline().strip());
        f.put(WARNING.DESCRIPTION, request.description().strip());
        f.put(WARNING.INSTRUCTION, request.instruction() == null ? "" : request.instruction().strip());
        f.put(WARNING.AREA_CODES, area.toArray(String[]::new));
        f.put(WARNING.AREA_DESC, request.areaDesc().strip());
        f.put(WARNING.POLYGON, polygon(request.polygon()));
        f.put(WARNING.AUDIENCE, audience(request.audience()));
        f.put(WARNING.CHANNELS, channels(request.channels()));
        f.put(WARNING.ONSET, request.onset());
        f.put(WARNING.EXPIRES, request.expires());
        return f;
    }

    private static String audience(String audience) {
        return audience == null || audience.isBlank() ? "社会公众" : audience.strip();
    }

    private static String[] channels(List<String> channels) {
        return channels == null ? new String[0] : new LinkedHashSet<>(channels).toArray(String[]::new);
    }

    private List<Warning> views(DSLContext dsl, Viewer viewer, List<WarningRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var codes = rows.stream().flatMap(r -> java.util.stream.Stream.concat(Arrays.stream(r.getAreaCodes()),
                java.util.stream.Stream.of(r.getTenantCode()))).collect(Collectors.toSet());
        Map<String, String> names = dsl.select(TENANT.CODE, TENANT.NAME).from(TENANT).where(TENANT.CODE.in(codes))
                .fetchMap(TENANT.CODE, TENANT.NAME);
        Map<UUID, Map<String, WarningAckRecord>> acks = new HashMap<>();
        dsl.selectFrom(WARNING_ACK).where(WARNING_ACK.WARNING_ID.in(rows.stream().map(WarningRecord::getId).toList()))
                .forEach(a -> acks.computeIfAbsent(a.getWarningId(), k -> new HashMap<>()).put(a.getTenantCode(), a));
        Map<String, String> people = PersonDirectory.names(dsl, java.util.stream.Stream.concat(
                rows.stream().map(WarningRecord::getCreatedBy),
                acks.values().stream().flatMap(m -> m.values().stream()).map(WarningAckRecord::getAcknowledgedBy)).toList());
        Map<String, Integer> minutes = new HashMap<>();
        Instant now = Instant.now();
        return rows.stream().map(r -> {
            WarningLevel level = WarningLevel.of(r.getLevel().getLiteral());
            WarningStatus status = WarningStatus.of(r.getStatus().getLiteral());
            WarningMessage message = WarningMessage.of(r.getMessage().getLiteral());
            boolean owed = r.getPublishedAt() != null && message != WarningMessage.CANCEL;
            Instant ackBy = owed ? r.getPublishedAt().toInstant().plus(Duration.ofMinutes(minutes.computeIfAbsent(
                    r.getTenantCode(), c -> acknowledgeMinutes(dsl, c)))) : null;
            Map<String, WarningAckRecord> mine = acks.getOrDefault(r.getId(), Map.of());
            List<Acknowledgement> acknowledgements = owed ? Arrays.stream(r.getAreaCodes()).map(code -> {
                WarningAckRecord a = mine.get(code);
                return new Acknowledgement(code, names.getOrDefault(code, "未知地区"),
                        a == null ? null : a.getAcknowledgedAt(), a == null ? null : people.get(a.getAcknowledgedBy()),
                        a != null && a.getLate(), a == null && status == WarningStatus.PUBLISHED && now.isAfter(ackBy));
            }).toList() : List.of();
            boolean toAcknowledge = status == WarningStatus.PUBLISHED && message != WarningMessage.CANCEL
                    && List.of(r.getAreaCodes()).contains(viewer.tenant().code()) && !mine.containsKey(viewer.tenant().code());
            return new Warning(r.getId(), r.getTenantCode(), names.get(r.getTenantCode()), r.getIdentifier(),
                    message.literal(), message.label(), r.getReferencesId(), r.getHazard(), level.literal(), level.label(),
                    r.getHeadline(), r.getDescription(), r.getInstruction(), List.of(r.getAreaCodes()),
                    Arrays.stream(r.getAreaCodes()).map(c -> names.getOrDefault(c, "未知地区")).toList(), r.getAreaDesc(),
                    r.getPolygon(), r.getAudience(), List.of(r.getChannels()), r.getOnset(), r.getExpires(),
                    status.literal(), status.label(), people.get(r.getCreatedBy()), r.getApproverName(), r.getApprovedAt(),
                    r.getPublishedAt(), ackBy == null ? null : ackBy.atOffset(ZoneOffset.UTC), acknowledgements,
                    r.getVersion(), r.getTenantCode().equals(viewer.tenant().code()), toAcknowledge);
        }).toList();
    }
}
