package cn.yingji.experts;

import static cn.yingji.db.Tables.EXPERT;
import static cn.yingji.db.Tables.ORG_UNIT;
import static cn.yingji.db.Tables.TENANT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import cn.yingji.db.enums.Sharing;
import cn.yingji.db.tables.records.ExpertRecord;
import cn.yingji.experts.ExpertViews.Expert;
import cn.yingji.experts.ExpertViews.ExpertRequest;
import cn.yingji.experts.ExpertViews.Page;
import cn.yingji.platform.ApiException;
import cn.yingji.records.RecordWrites;
import cn.yingji.records.Versioned;
import cn.yingji.tenancy.Access;
import cn.yingji.tenancy.TenantRows;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 专家库: registering, editing, taking experts out of the pool and back. Every write bumps the row version
 * (optimistic locking) and writes its audit row and outbox row in the same transaction.
 */
@Component
class Experts {

    static final String ENTITY = "expert";
    /** 专家: versioned, with a search document of its own. */
    static final Versioned<ExpertRecord> TYPE = Versioned.indexed(ENTITY, "专家信息", EXPERT, EXPERT.ID, EXPERT.VERSION,
            EXPERT.UPDATED_AT);
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The sharing values an office may give its experts; vertical (the whole line) is the default. */
    private static final List<Sharing> SHARINGS = List.of(Sharing.vertical, Sharing.down, Sharing.private_);

    private final TenantTx tx;
    private final RecordWrites writes;

    Experts(TenantTx tx, RecordWrites writes) {
        this.tx = tx;
        this.writes = writes;
    }

    /** The list's filters (all optional); the same filters drive the list and its .xlsx export. */
    record Filter(String tenantCode, String specialty, String level, String availability, Boolean inPool) {

        Condition condition() {
            Condition where = DSL.noCondition();
            if (!ExpertFields.blank(tenantCode)) {
                where = where.and(EXPERT.TENANT_CODE.eq(tenantCode.strip()));
            }
            if (!ExpertFields.blank(specialty)) {
                where = where.and(EXPERT.SPECIALTIES.contains(new String[] {specialty.strip()}));
            }
            if (!ExpertFields.blank(level)) {
                var value = ExpertFields.level(level);
                if (value == null) {
                    throw ApiException.badRequest("invalid-expert-level", "专家级别无效，可选：national、province、city、county");
                }
                where = where.and(EXPERT.LEVEL.eq(value));
            }
            if (!ExpertFields.blank(availability)) {
                var value = ExpertFields.availability(availability);
                if (value == null) {
                    throw ApiException.badRequest("invalid-expert-availability", "可调用状态无效，可选：available、busy、unavailable");
                }
                where = where.and(EXPERT.AVAILABILITY.eq(value));
            }
            if (inPool != null) {
                where = where.and(EXPERT.IN_POOL.eq(inPool));
            }
            return where;
        }
    }

    Mono<Page<Expert>> list(Viewer viewer, Filter filter, int page, int size) {
        Condition where = filter.condition();
        boolean contact = viewer.hasAnyRole(Access.INVOKER_ROLES);
        return tx.call(viewer, dsl -> new Page<>(dsl.fetchCount(EXPERT, where), page, size,
                dsl.select(EXPERT.fields()).select(TENANT.NAME).from(EXPERT)
                        .leftJoin(TENANT).on(TENANT.CODE.eq(EXPERT.TENANT_CODE))
                        .where(where).orderBy(EXPERT.UPDATED_AT.desc(), EXPERT.ID)
                        .limit(size).offset((long) page * size)
                        .fetch(r -> view(r.into(EXPERT), r.get(TENANT.NAME), contact))));
    }

    Mono<Expert> get(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> view(dsl, load(dsl, id), viewer.hasAnyRole(Access.INVOKER_ROLES)));
    }

    Mono<Expert> create(Viewer viewer, ExpertRequest request) {
        ExpertFields fields = valid(request.fields());
        Sharing sharing = sharing(request.sharing());
        return tx.call(viewer, dsl -> {
            checkAffiliation(dsl, viewer, request.affiliationUnitId());
            refuseDuplicate(dsl, fields, null);
            ExpertRecord row = dsl.insertInto(EXPERT).set(editable(fields, request.affiliationUnitId()))
                    .set(EXPERT.SHARING, sharing).returning().fetchSingle();
            return written(dsl, viewer, "expert.create", null, row);
        });
    }

    Mono<Expert> update(Viewer viewer, UUID id, ExpertRequest request) {
        if (request.version() == null) {
            return Mono.error(ApiException.badRequest("validation-failed", "更新时必须提供版本号 version"));
        }
        ExpertFields fields = valid(request.fields());
        Sharing sharing = sharing(request.sharing());
        return tx.call(viewer, dsl -> {
            ExpertRecord before = loadOwn(dsl, viewer, id);
            checkAffiliation(dsl, viewer, request.affiliationUnitId());
            refuseDuplicate(dsl, fields, id);
            ExpertRecord after = writes.update(dsl, TYPE, before, request.version(), dsl.update(EXPERT)
                    .set(editable(fields, request.affiliationUnitId())).set(EXPERT.SHARING, sharing));
            return written(dsl, viewer, "expert.update", before, after);
        });
    }

    /** 出库: the expert stays on record (invocations refer to them) but is no longer proposed or invocable. */
    Mono<Expert> leavePool(Viewer viewer, UUID id, String reason, LocalDate outOn, int version) {
        LocalDate on = outOn != null ? outOn : LocalDate.now(CHINA);
        return tx.call(viewer, dsl -> {
            ExpertRecord before = loadOwn(dsl, viewer, id);
            if (!before.getInPool()) {
                throw ApiException.conflict("expert-not-in-pool", "该专家已出库");
            }
            ExpertRecord after = writes.update(dsl, TYPE, before, version, dsl.update(EXPERT).set(EXPERT.IN_POOL, false)
                    .set(EXPERT.OUT_REASON, reason.strip()).set(EXPERT.OUT_ON, on));
            return written(dsl, viewer, "expert.leave_pool", before, after);
        });
    }

    /**
     * 关联专家账号: the registering office confirms which login is the expert themself; that account then reads
     * and answers the expert's own invitations (我的邀请). One account is linked to one expert at most (409).
     */
    Mono<Expert> linkAccount(Viewer viewer, UUID id, String username, int version) {
        String account = username == null || username.isBlank() ? null : username.strip();
        OffsetDateTime now = account == null ? null : OffsetDateTime.now();
        return tx.call(viewer, dsl -> {
            ExpertRecord before = loadOwn(dsl, viewer, id);
            ExpertRecord after;
            try {
                after = writes.update(dsl, TYPE, before, version, dsl.update(EXPERT).set(EXPERT.ACCOUNT_USERNAME, account)
                        .set(EXPERT.ACCOUNT_LINKED_BY, account == null ? null : viewer.username())
                        .set(EXPERT.ACCOUNT_LINKED_AT, now));
            } catch (org.jooq.exception.IntegrityConstraintViolationException e) {
                // expert_account_uq: the account is somebody else's record already, possibly in another office
                throw ApiException.conflict("expert-account-taken", "该账号已关联其他专家，一个账号只能关联一位专家");
            }
            return written(dsl, viewer, account == null ? "expert.unlink_account" : "expert.link_account", before, after);
        });
    }

    /** 重新入库. */
    Mono<Expert> returnToPool(Viewer viewer, UUID id, int version) {
        return tx.call(viewer, dsl -> {
            ExpertRecord before = loadOwn(dsl, viewer, id);
            if (before.getInPool()) {
                throw ApiException.conflict("expert-in-pool", "该专家已在库中");
            }
            ExpertRecord after = writes.update(dsl, TYPE, before, version, dsl.update(EXPERT).set(EXPERT.IN_POOL, true)
                    .setNull(EXPERT.OUT_REASON).setNull(EXPERT.OUT_ON));
            return written(dsl, viewer, "expert.return_to_pool", before, after);
        });
    }

    /**
     * 批量导入: every row is checked against the others and against the office's registered experts; one bad
     * row and nothing is written (422 with every problem), otherwise all rows in this one transaction.
     */
    Mono<Integer> importAll(Viewer viewer, List<ExpertSheet.Row> rows) {
        return tx.call(viewer, dsl -> {
            List<ExpertSheet.RowProblem> problems = new ArrayList<>(ExpertSheet.problems(rows));
            Map<String, ExpertSheet.Row> byPerson = new HashMap<>();
            rows.stream().filter(r -> r.fields().problems().isEmpty())
                    .forEach(r -> byPerson.putIfAbsent(r.fields().personKey(), r));
            dsl.select(EXPERT.NAME, EXPERT.PHONE).from(EXPERT).where(EXPERT.TENANT_CODE.eq(viewer.tenant().code()))
                    .and(EXPERT.NAME.in(byPerson.values().stream().map(r -> r.fields().name().strip()).toList()))
                    .forEach(existing -> {
                        ExpertSheet.Row row = byPerson.get(new ExpertFields(existing.value1(), null, null, null, null,
                                existing.value2(), null, null, null).personKey());
                        if (row != null) {
                            problems.add(new ExpertSheet.RowProblem(row.number(), "name",
                                    "本单位已登记同名同电话的专家：" + existing.value1()));
                        }
                    });
            if (!problems.isEmpty()) {
                throw ApiException.invalid("import-rows-invalid", "导入文件有 " + problems.size()
                        + " 处错误，未导入任何专家；请按错误清单修改后重新上传", problems.stream()
                        .sorted(java.util.Comparator.comparingInt(ExpertSheet.RowProblem::row)).toList());
            }
            for (ExpertSheet.Row row : rows) {
                ExpertRecord created = dsl.insertInto(EXPERT).set(editable(row.fields(), null)).returning().fetchSingle();
                written(dsl, viewer, "expert.import", null, created);
            }
            return rows.size();
        });
    }

    private static ExpertFields valid(ExpertFields fields) {
        List<ExpertFields.Problem> problems = fields.problems();
        if (!problems.isEmpty()) {
            // the same status and code as the platform's request validation, with every field's problem
            throw new ApiException(HttpStatus.BAD_REQUEST, "validation-failed", "专家信息有误：" + problems.getFirst().message(),
                    Map.of("errors", problems));
        }
        return fields;
    }

    private static Sharing sharing(String literal) {
        if (ExpertFields.blank(literal)) {
            return Sharing.vertical;
        }
        Sharing sharing = Sharing.lookupLiteral(literal.strip());
        if (sharing == null || !SHARINGS.contains(sharing)) {
            throw ApiException.badRequest("invalid-expert-sharing", "专家共享范围无效，可选：vertical（上下级共享）、down（下级共享）、private（仅本级）");
        }
        return sharing;
    }

    private static void checkAffiliation(DSLContext dsl, Viewer viewer, UUID unitId) {
        if (unitId != null && !dsl.fetchExists(ORG_UNIT, ORG_UNIT.ID.eq(unitId)
                .and(ORG_UNIT.TENANT_CODE.eq(viewer.tenant().code())))) {
            throw ApiException.badRequest("affiliation-unit-invalid", "所属单位 " + unitId + " 不是本行政区划的组织单位");
        }
    }

    private static void refuseDuplicate(DSLContext dsl, ExpertFields fields, UUID self) {
        Condition same = EXPERT.TENANT_CODE.eq(DSL.field("app.tenant_code()", String.class))
                .and(EXPERT.NAME.eq(fields.name().strip())).and(EXPERT.PHONE.eq(fields.phone().strip()));
        if (self != null) {
            same = same.and(EXPERT.ID.ne(self));
        }
        if (dsl.fetchExists(EXPERT, same)) {
            throw ApiException.conflict("expert-duplicate", "本单位已登记同名同电话的专家：" + fields.name().strip());
        }
    }

    private static ExpertRecord editable(ExpertFields f, UUID affiliationUnitId) {
        ExpertRecord r = new ExpertRecord();
        r.setName(f.name().strip());
        r.setOrganization(f.organization().strip());
        r.setTitle(f.title() == null ? "" : f.title().strip());
        r.setSpecialties(f.cleanSpecialties().toArray(String[]::new));
        r.setLevel(f.levelValue());
        r.setPhone(f.phone().strip());
        r.setEmail(ExpertFields.optional(f.email()));
        r.setAvailability(f.availabilityValue());
        r.setAffiliationUnitId(affiliationUnitId);
        r.setNote(f.note() == null ? "" : f.note());
        return r;
    }

    private Expert written(DSLContext dsl, Viewer viewer, String action, ExpertRecord before, ExpertRecord after) {
        Expert view = view(dsl, after, true);
        writes.written(dsl, viewer, TYPE, action, after.getId(), before == null ? null : view(dsl, before, true), view);
        return view(dsl, after, viewer.hasAnyRole(Access.INVOKER_ROLES));
    }

    static ExpertRecord load(DSLContext dsl, UUID id) {
        return TenantRows.load(dsl, EXPERT, EXPERT.ID, id, "expert-not-found", "专家");
    }

    /** Writes touch own experts only; experts of other tiers are read-only (and invocable). */
    static ExpertRecord loadOwn(DSLContext dsl, Viewer viewer, UUID id) {
        return TenantRows.own(viewer, load(dsl, id), "只能修改本行政区划登记的专家");
    }

    private static Expert view(DSLContext dsl, ExpertRecord r, boolean contact) {
        Record name = dsl.select(TENANT.NAME).from(TENANT).where(TENANT.CODE.eq(r.getTenantCode())).fetchOne();
        return view(r, name == null ? null : name.get(TENANT.NAME), contact);
    }

    static Expert view(ExpertRecord r, String tenantName, boolean contact) {
        return new Expert(r.getId(), r.getTenantCode(), tenantName, r.getSharing().getLiteral(), r.getName(),
                r.getOrganization(), r.getTitle(), Arrays.asList(r.getSpecialties()), r.getLevel().getLiteral(),
                ExpertFields.LEVEL_LABELS.get(r.getLevel()), contact, contact ? r.getPhone() : null,
                contact ? r.getEmail() : null, r.getAvailability().getLiteral(),
                ExpertFields.AVAILABILITY_LABELS.get(r.getAvailability()), r.getInPool(), r.getOutReason(),
                r.getOutOn(), r.getAffiliationUnitId(), r.getNote(), r.getVersion(), r.getCreatedAt(), r.getUpdatedAt(),
                r.getAccountUsername() != null);
    }
}
