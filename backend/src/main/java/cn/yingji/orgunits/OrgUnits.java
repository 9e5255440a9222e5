package cn.yingji.orgunits;

import static cn.yingji.db.Tables.ORG_UNIT;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import cn.yingji.records.RecordWrites;
import cn.yingji.records.Versioned;
import cn.yingji.db.enums.OrgUnitKind;
import cn.yingji.db.enums.Sharing;
import cn.yingji.db.tables.records.OrgUnitRecord;
import cn.yingji.platform.ApiException;
import cn.yingji.tenancy.TenantRows;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * Organization units of a tenant. Reads return what row-level security lets the viewer see (its own
 * units and those of the tenants below it); writes touch the viewer's own tenant only.
 */
@Component
class OrgUnits {

    /** 组织单位: versioned; listed, not searched. */
    static final Versioned<OrgUnitRecord> TYPE = Versioned.stored("org_unit", "组织单位", ORG_UNIT, ORG_UNIT.ID,
            ORG_UNIT.VERSION, ORG_UNIT.UPDATED_AT);

    private final TenantTx tx;
    private final RecordWrites writes;

    OrgUnits(TenantTx tx, RecordWrites writes) {
        this.tx = tx;
        this.writes = writes;
    }

    Mono<List<OrgUnit>> list(Viewer viewer, String tenantCode) {
        return tx.call(viewer, dsl -> dsl.selectFrom(ORG_UNIT)
                .where(tenantCode == null ? ORG_UNIT.TENANT_CODE.eq(viewer.tenant().code())
                        : ORG_UNIT.TENANT_CODE.eq(tenantCode))
                .orderBy(ORG_UNIT.KIND, ORG_UNIT.NAME)
                .fetch(OrgUnits::view));
    }

    Mono<OrgUnit> create(Viewer viewer, OrgUnitRequest request) {
        OrgUnitKind kind = kind(request.kind());
        Sharing sharing = sharing(request.sharing(), Sharing.up);
        return tx.call(viewer, dsl -> {
            OrgUnitRecord row = dsl.insertInto(ORG_UNIT)
                    .set(ORG_UNIT.KIND, kind)
                    .set(ORG_UNIT.NAME, request.name().strip())
                    .set(ORG_UNIT.PARENT_ID, request.parentId())
                    .set(ORG_UNIT.SUPERVISING_UNIT_ID, request.supervisingUnitId())
                    .set(ORG_UNIT.SHARING, sharing)
                    .set(ORG_UNIT.HIGH_RISK, Boolean.TRUE.equals(request.highRisk()))
                    .returning()
                    .fetchSingle();
            OrgUnit created = view(row);
            writes.written(dsl, viewer, TYPE, "org_unit.create", created.id(), null, created);
            return created;
        });
    }

    Mono<OrgUnit> update(Viewer viewer, UUID id, OrgUnitRequest request) {
        OrgUnitKind kind = kind(request.kind());
        return tx.call(viewer, dsl -> {
            OrgUnitRecord before = dsl.selectFrom(ORG_UNIT).where(ORG_UNIT.ID.eq(id)).fetchOne();
            if (before == null) {
                throw notFound(id);
            }
            TenantRows.own(viewer, before, "只能修改本行政区划的组织单位");
            OrgUnitRecord after = writes.update(dsl, TYPE, before, request.version(), dsl.update(ORG_UNIT)
                    .set(ORG_UNIT.KIND, kind)
                    .set(ORG_UNIT.NAME, request.name().strip())
                    .set(ORG_UNIT.PARENT_ID, request.parentId())
                    .set(ORG_UNIT.SUPERVISING_UNIT_ID, request.supervisingUnitId())
                    .set(ORG_UNIT.SHARING, sharing(request.sharing(), before.getSharing()))
                    .set(ORG_UNIT.HIGH_RISK, request.highRisk() == null ? before.getHighRisk() : request.highRisk())
);
            OrgUnit updated = view(after);
            writes.written(dsl, viewer, TYPE, "org_unit.update", id, view(before), updated);
            return updated;
        });
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("org-unit-not-found", "未找到组织单位 " + id + "，或不在您的可见范围内");
    }

    private static OrgUnitKind kind(String literal) {
        OrgUnitKind kind = OrgUnitKind.lookupLiteral(literal);
        if (kind == null) {
            throw ApiException.badRequest("invalid-org-unit-kind",
                    "单位类型无效，可选值：government、department、township、village、enterprise、institution");
        }
        return kind;
    }

    private static Sharing sharing(String literal, Sharing fallback) {
        if (literal == null) {
            return fallback;
        }
        Sharing sharing = Sharing.lookupLiteral(literal);
        if (sharing == null) {
            throw ApiException.badRequest("invalid-sharing", "共享范围无效，可选值：private、up、down、vertical、public");
        }
        return sharing;
    }

    private static OrgUnit view(OrgUnitRecord r) {
        return new OrgUnit(r.getId(), r.getTenantCode(), r.getKind().getLiteral(), r.getName(), r.getParentId(),
                r.getSupervisingUnitId(), r.getSharing().getLiteral(), r.getHighRisk(), r.getVersion(), r.getCreatedAt(),
                r.getUpdatedAt());
    }
}
