package cn.yingji.tenancy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;

import cn.yingji.db.enums.Sharing;

/**
 * Who may read a tenant-owned record (共享规则). The Java twin of the row-level security policy installed by
 * {@code app.protect_tenant_table} (migration V2): a viewer reads a row when it owns it, when the row is
 * public, when the row lies below the viewer and is shared up, or when it lies above the viewer and is
 * shared down. Siblings and cousins never read each other's non-public rows.
 * <p>
 * Every Elasticsearch document of a tenant-owned record carries {@link #documentFields}, and every search
 * is filtered with {@link #filter}; SharingRuleAgreementIntegrationTest proves SQL and search agree.
 */
public final class SharingRule {

    /** Document fields: the owner's path, the owner's path with all its ancestors, and the sharing value. */
    public static final String PATH = "tenant_path";
    public static final String LINEAGE = "tenant_lineage";
    public static final String SHARING = "sharing";

    /** Shared with the owner's ancestors (oversight). */
    static final Set<Sharing> UPWARD = EnumSet.of(Sharing.up, Sharing.vertical, Sharing.public_);
    /** Shared with the owner's descendants (publication for lower tiers). */
    static final Set<Sharing> DOWNWARD = EnumSet.of(Sharing.down, Sharing.vertical, Sharing.public_);

    private SharingRule() {
    }

    public static boolean canRead(String viewerPath, String ownerPath, Sharing sharing) {
        if (viewerPath.equals(ownerPath) || sharing == Sharing.public_) {
            return true;
        }
        if (isAncestor(viewerPath, ownerPath)) {
            return UPWARD.contains(sharing);
        }
        if (isAncestor(ownerPath, viewerPath)) {
            return DOWNWARD.contains(sharing);
        }
        return false;
    }

    /** The search filter for a viewer: the same four cases as {@link #canRead}. */
    public static Query filter(String viewerPath) {
        return QueryBuilders.bool(b -> b
                .should(QueryBuilders.term(t -> t.field(PATH).value(viewerPath)))
                .should(QueryBuilders.term(t -> t.field(SHARING).value(Sharing.public_.getLiteral())))
                .should(QueryBuilders.bool(below -> below
                        .filter(QueryBuilders.term(t -> t.field(LINEAGE).value(viewerPath)))
                        .filter(terms(SHARING, literals(UPWARD)))))
                .should(QueryBuilders.bool(above -> above
                        .filter(terms(PATH, lineage(viewerPath)))
                        .filter(terms(SHARING, literals(DOWNWARD)))))
                .minimumShouldMatch("1"));
    }

    /**
     * The search filter for a viewer searching {@code entity}: the sharing rule of its tenant, narrowed by its
     * {@link Readership} — the twin of the {@code role_read} policy (migration V20).
     */
    public static Query filter(Viewer viewer, String entity) {
        Query tenancy = filter(viewer.tenant().path());
        if (Readership.of(viewer.roles()) == Readership.OFFICE) {
            return tenancy;
        }
        return QueryBuilders.bool(b -> b.filter(tenancy).filter(readable(viewer, entity)));
    }

    /**
     * The readership part alone, for a feature that widens the sharing rule (a joint drill reaches the regions
     * taking part): the sharing values the viewer's roles let it find in {@code entity}.
     */
    public static Query readable(Viewer viewer, String entity) {
        return terms(SHARING, literals(Readership.of(viewer.roles()).searchable(entity)));
    }

    /** The sharing fields to put into the search document of a record owned by {@code ownerPath}. */
    public static Map<String, Object> documentFields(String ownerPath, Sharing sharing) {
        return Map.of(PATH, ownerPath, LINEAGE, lineage(ownerPath), SHARING, sharing.getLiteral());
    }

    /** {@code p37.c3707.x370702} → {@code [p37, p37.c3707, p37.c3707.x370702]}. */
    public static List<String> lineage(String path) {
        List<String> result = new ArrayList<>();
        int dot = -1;
        while ((dot = path.indexOf('.', dot + 1)) >= 0) {
            result.add(path.substring(0, dot));
        }
        result.add(path);
        return result;
    }

    static boolean isAncestor(String ancestor, String path) {
        return path.startsWith(ancestor + ".");
    }

    private static List<String> literals(Set<Sharing> values) {
        return values.stream().map(Sharing::getLiteral).toList();
    }

    private static Query terms(String field, List<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return QueryBuilders.terms(t -> t.field(field).terms(v -> v.value(fieldValues)));
    }
}
