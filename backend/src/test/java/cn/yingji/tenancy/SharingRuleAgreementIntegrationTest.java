package cn.yingji.tenancy;

import static cn.yingji.support.AppRole.asReader;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.mapping.DenseVectorIndexOptionsType;
import co.elastic.clients.elasticsearch._types.mapping.DenseVectorSimilarity;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import cn.yingji.db.enums.Sharing;
import cn.yingji.db.enums.TenantTier;
import cn.yingji.search.Embeddings;
import cn.yingji.search.HybridSearch;
import cn.yingji.support.TenantCatalogFixture;
import cn.yingji.support.TestServices;

/**
 * The sharing rule has two enforcements: PostgreSQL row-level security and the Elasticsearch filter of
 * {@link SharingRule#filter}. On a generated tree (two provinces, cities, counties, and a county directly
 * under a province) with one row of every sharing value per tenant, every tenant sees exactly the same
 * rows through both — and exactly what {@link SharingRule#canRead} says.
 */
class SharingRuleAgreementIntegrationTest {

    static final String MARKER = "agreement-" + UUID.randomUUID();
    static final String INDEX = TestServices.indexPrefix() + "sharing-" + UUID.randomUUID();
    static final List<TenantRef> TREE = generateTree();
    /** row id → (owner path, sharing) */
    static final Map<String, Map.Entry<String, Sharing>> ROWS = new LinkedHashMap<>();
    static ElasticsearchClient es;
    static final Embeddings EMBEDDINGS = new Embeddings(new Embeddings.EmbeddingsProperties(true, 2, 64, 100));
    static final List<String> TEXTS = List.of("堤防决口，群众紧急转移", "河堤溃口抢险，转移被困村民",
            "洪水冲垮河堤，村民被困", "江堤管涌决口险情处置");

    static List<TenantRef> generateTree() {
        List<TenantRef> tree = new ArrayList<>();
        for (String p : List.of("98", "99")) {
            tree.add(new TenantRef(p + "0000", "测试省" + p, TenantTier.province, "p" + p));
            for (String c : List.of("01", "02")) {
                tree.add(new TenantRef(p + c + "00", "测试市" + p + c, TenantTier.city, "p" + p + ".c" + p + c));
                for (String x : List.of("01", "02", "03")) {
                    tree.add(new TenantRef(p + c + x, "测试县" + p + c + x, TenantTier.county,
                            "p" + p + ".c" + p + c + ".x" + p + c + x));
                }
            }
            tree.add(new TenantRef(p + "9001", "省直辖测试县" + p, TenantTier.county, "p" + p + ".x" + p + "9001"));
        }
        return tree;
    }

    @BeforeAll
    static void seed() throws Exception {
        TenantCatalogFixture.ensureLoaded(); // migrates the schema when this class runs first
        try (Connection owner = TestServices.ownerConnection()) {
            try (PreparedStatement st = owner.prepareStatement("""
                    insert into tenant (code, name, tier, parent_code, path, catalog_version)
                    values (?, ?, ?::tenant_tier, ?, ?::ltree, 'test') on conflict (code) do nothing""")) {
                for (TenantRef t : TREE) {
                    st.setString(1, t.code());
                    st.setString(2, t.name());
                    st.setString(3, t.tier().getLiteral());
                    st.setString(4, parentCode(t));
                    st.setString(5, t.path());
                    st.executeUpdate();
                }
            }
            try (PreparedStatement st = owner.prepareStatement("""
                    insert into org_unit (tenant_code, tenant_path, kind, name, sharing)
                    values (?, ?::ltree, 'department', ?, ?::sharing) returning id::text""")) {
                for (TenantRef t : TREE) {
                    for (Sharing s : Sharing.values()) {
                        st.setString(1, t.code());
                        st.setString(2, t.path());
                        st.setString(3, MARKER + "-" + t.code() + "-" + s.getLiteral());
                        st.setString(4, s.getLiteral());
                        try (ResultSet rs = st.executeQuery()) {
                            rs.next();
                            ROWS.put(rs.getString(1), Map.entry(t.path(), s));
                        }
                    }
                }
            }
        }
        es = ElasticsearchClient.of(b -> b.host(TestServices.elasticsearchUrl()));
        es.indices().create(c -> c.index(INDEX).mappings(m -> m
                .properties(SharingRule.PATH, p -> p.keyword(k -> k))
                .properties(SharingRule.LINEAGE, p -> p.keyword(k -> k))
                .properties(SharingRule.SHARING, p -> p.keyword(k -> k))
                .properties(Embeddings.FIELD, p -> p.denseVector(d -> d.dims(Embeddings.DIMENSIONS)
                        .similarity(DenseVectorSimilarity.Cosine).index(true)
                        .indexOptions(o -> o.type(DenseVectorIndexOptionsType.Int8Hnsw))))));
        // every row gets the real model's vector of one of a few texts about the same event, so that for kNN the
        // rows a viewer may not read are as near as those it may
        List<String> ids = new ArrayList<>(ROWS.keySet());
        List<float[]> vectors = EMBEDDINGS.documents(ids.stream().map(id -> TEXTS.get(ids.indexOf(id) % TEXTS.size()))
                .toList());
        BulkResponse bulk = es.bulk(b -> {
            ROWS.forEach((id, row) -> {
                Map<String, Object> doc = new HashMap<>(SharingRule.documentFields(row.getKey(), row.getValue()));
                doc.put(Embeddings.FIELD, vectors.get(ids.indexOf(id)));
                b.operations(op -> op.index(i -> i.index(INDEX).id(id).document(doc)));
            });
            return b.refresh(Refresh.WaitFor);
        });
        assertThat(bulk.items()).allSatisfy(item -> assertThat(item.error()).isNull());
    }

    @AfterAll
    static void cleanUp() throws Exception {
        EMBEDDINGS.close();
        if (es != null) {
            es.indices().delete(d -> d.index(INDEX));
            es.close();
        }
        try (Connection owner = TestServices.ownerConnection()) {
            try (PreparedStatement st = owner.prepareStatement("delete from org_unit where name like ?")) {
                st.setString(1, MARKER + "%");
                st.executeUpdate();
            }
            try (PreparedStatement st = owner.prepareStatement(
                    "delete from tenant where catalog_version = 'test' and code = any(?) and path <@ ?::ltree")) {
                st.setArray(1, owner.createArrayOf("text", TREE.stream().map(TenantRef::code).toArray()));
                for (String province : List.of("p98", "p99")) {
                    st.setString(2, province);
                    st.executeUpdate();
                }
            }
        }
    }

    /** A caller of each readership: an office's officer, an expert, the platform operator. */
    static final Map<Readership, Set<Role>> ROLES = Map.of(Readership.OFFICE, Set.of(Role.COUNTY_OFFICER),
            Readership.EXPERT, Set.of(Role.EXPERT), Readership.PUBLIC, Set.of(Role.PLATFORM_ADMIN));

    @TestFactory
    List<DynamicTest> postgresAndElasticsearchAgreeForEveryTenantAndReadership() {
        List<DynamicTest> tests = new ArrayList<>();
        for (TenantRef viewer : TREE) {
            for (Readership readership : Readership.values()) {
                tests.add(DynamicTest.dynamicTest(viewer.tier() + " " + viewer.path() + " as " + readership,
                        () -> agree(new Viewer("agreement", "agreement", ROLES.get(readership), viewer), readership)));
            }
        }
        return tests;
    }

    /**
     * kNN with the sharing filter inside the search: asked for exactly as many neighbours as the viewer may read,
     * it returns exactly those (a filter applied after the k nearest would return fewer, or others).
     */
    @TestFactory
    List<DynamicTest> nearestNeighboursStayInsideTheViewersScope() {
        HybridSearch hybrid = new HybridSearch(es, EMBEDDINGS);
        float[] query = hybrid.queryVector("河堤被洪水冲开，大量村民需要转移");
        List<DynamicTest> tests = new ArrayList<>();
        for (TenantRef viewer : TREE) {
            for (Readership readership : Readership.values()) {
                tests.add(DynamicTest.dynamicTest(viewer.tier() + " " + viewer.path() + " as " + readership, () -> {
                    Viewer v = new Viewer("agreement", "agreement", ROLES.get(readership), viewer);
                    Set<String> expected = expected(v, readership);
                    Set<String> found = new HashSet<>();
                    hybrid.neighbours(INDEX, query, List.of(SharingRule.filter(v, "org_unit")), expected.size(),
                            List.of()).forEach(h -> found.add(h.id()));
                    assertThat(found).as("kNN inside the sharing filter").isEqualTo(expected);
                }));
            }
        }
        return tests;
    }

    /** The rows the viewer reads, by the rule itself. */
    private static Set<String> expected(Viewer viewer, Readership readership) {
        Set<String> expected = new HashSet<>();
        ROWS.forEach((id, row) -> {
            if (SharingRule.canRead(viewer.tenant().path(), row.getKey(), row.getValue())
                    && readership.searchable("org_unit").contains(row.getValue())) {
                expected.add(id);
            }
        });
        return expected;
    }

    private static void agree(Viewer viewer, Readership readership) throws Exception {
        Set<String> expected = expected(viewer, readership);
        assertThat(Readership.of(viewer.roles())).isEqualTo(readership);
        Set<String> sql = asReader(viewer.tenant(), readership.literal(), "agreement", c -> {
            try (PreparedStatement st = c.prepareStatement("select id::text from org_unit where name like ?")) {
                st.setString(1, MARKER + "%");
                Set<String> ids = new HashSet<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            }
        });
        SearchResponse<Void> search = es.search(s -> s.index(INDEX).size(1000)
                .query(q -> q.bool(b -> b.filter(SharingRule.filter(viewer, "org_unit")))), Void.class);
        Set<String> searched = new HashSet<>();
        search.hits().hits().forEach(h -> searched.add(h.id()));

        assertThat(sql).as("PostgreSQL row-level security").isEqualTo(expected);
        assertThat(searched).as("Elasticsearch sharing filter").isEqualTo(expected);
    }

    private static String parentCode(TenantRef t) {
        Map<String, String> byPath = new HashMap<>();
        TREE.forEach(x -> byPath.put(x.path(), x.code()));
        int dot = t.path().lastIndexOf('.');
        return dot < 0 ? null : byPath.get(t.path().substring(0, dot));
    }
}
