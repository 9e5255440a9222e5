package cn.yingji.tenancy;

import static cn.yingji.db.Tables.TENANT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.postgres.extensions.types.Ltree;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import cn.yingji.db.tables.records.TenantRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads of the tenant tree. Row-level security already limits a viewer to its ancestors and its subtree;
 * the explicit path conditions make the intent visible and let PostgreSQL use the GiST index.
 */
@Component
public class TenantQueries {

    record TenantSummary(String code, String name, String tier) {
    }

    record TenantNode(String code, String name, String tier, List<TenantNode> children) {
    }

    record TenantDetail(String code, String name, String tier, String path, @Nullable String parentCode,
            List<TenantSummary> ancestors, List<TenantSummary> children) {
    }

    private final JsonMapper json;

    TenantQueries(JsonMapper json) {
        this.json = json;
    }

    /** Ancestors from the province down, without the tenant itself. */
    List<TenantSummary> ancestors(DSLContext dsl, String path) {
        return dsl.select(TENANT.CODE, TENANT.NAME, TENANT.TIER)
                .from(TENANT)
                .where(ancestorOf(TENANT.PATH, path)).and(TENANT.PATH.ne(Ltree.valueOf(path)))
                .orderBy(DSL.function("nlevel", Integer.class, TENANT.PATH))
                .fetch(r -> new TenantSummary(r.value1(), r.value2(), r.value3().getLiteral()));
    }

    /** The effective tier policy of a tenant (tenants/policies, merged national → province → city → county). */
    public JsonNode policy(DSLContext dsl, String code) {
        var policy = dsl.select(TENANT.POLICY).from(TENANT).where(TENANT.CODE.eq(code)).fetchOne(TENANT.POLICY);
        return json.readTree(policy == null ? "{}" : policy.data());
    }

    TenantNode subtree(DSLContext dsl, String path) {
        List<TenantRecord> rows = dsl.selectFrom(TENANT)
                .where(descendantOf(TENANT.PATH, path))
                .orderBy(TENANT.PATH)
                .fetch();
        Map<String, List<TenantNode>> childrenByParent = new HashMap<>();
        Map<String, TenantNode> nodes = new HashMap<>();
        for (TenantRecord r : rows) {
            List<TenantNode> children = new ArrayList<>();
            childrenByParent.put(r.getCode(), children);
            nodes.put(r.getCode(), new TenantNode(r.getCode(), r.getName(), r.getTier().getLiteral(), children));
        }
        TenantNode root = null;
        for (TenantRecord r : rows) {
            TenantNode node = nodes.get(r.getCode());
            List<TenantNode> siblings = childrenByParent.get(r.getParentCode());
            if (r.getPath().data().equals(path)) {
                root = node;
            } else if (siblings != null) {
                siblings.add(node);
            }
        }
        return root;
    }

    Optional<TenantDetail> detail(DSLContext dsl, String code) {
        TenantRecord t = dsl.selectFrom(TENANT).where(TENANT.CODE.eq(code)).fetchOne();
        if (t == null) {
            return Optional.empty();
        }
        List<TenantSummary> children = dsl.select(TENANT.CODE, TENANT.NAME, TENANT.TIER)
                .from(TENANT)
                .where(TENANT.PARENT_CODE.eq(code))
                .orderBy(TENANT.CODE)
                .fetch(r -> new TenantSummary(r.value1(), r.value2(), r.value3().getLiteral()));
        String path = t.getPath().data();
        return Optional.of(new TenantDetail(t.getCode(), t.getName(), t.getTier().getLiteral(), path,
                t.getParentCode(), ancestors(dsl, path), children));
    }

    /** The path lies at or below {@code path} (ltree {@code <@}): a tenant's subtree. */
    public static Condition descendantOf(Field<Ltree> field, String path) {
        return DSL.condition("{0} <@ {1}", field, DSL.val(Ltree.valueOf(path), field));
    }

    /** The path lies at or above {@code path} (ltree {@code @>}): a tenant's line up to the province. */
    public static Condition ancestorOf(Field<Ltree> field, String path) {
        return DSL.condition("{0} @> {1}", field, DSL.val(Ltree.valueOf(path), field));
    }
}
