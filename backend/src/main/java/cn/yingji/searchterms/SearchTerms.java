package cn.yingji.searchterms;

import static cn.yingji.db.Tables.SEARCH_TERM_GROUP;
import static cn.yingji.db.Tables.TENANT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.postgresql.util.PSQLException;
import org.springframework.stereotype.Component;

import cn.yingji.db.enums.TenantTier;
import cn.yingji.db.tables.records.SearchTermGroupRecord;
import cn.yingji.idempotency.Idempotency;
import cn.yingji.platform.ApiException;
import cn.yingji.records.RecordWrites;
import cn.yingji.records.Versioned;
import cn.yingji.tenancy.PersonDirectory;
import cn.yingji.tenancy.Role;
import cn.yingji.tenancy.TenantRows;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * The groups of search terms (检索同义词组) of a province: kept by its 单位管理员, read by every office of the province
 * (row-level security, sharing {@code down}). Each write is versioned, audited in its transaction, and drops the
 * groups {@link ProvinceTerms} keeps for searches.
 */
@Component
class SearchTerms {

    static final String ENTITY = "search_term_group";
    /** 检索同义词组: versioned; read by the search itself, not indexed. */
    static final Versioned<SearchTermGroupRecord> TYPE = Versioned.stored(ENTITY, "同义词组", SEARCH_TERM_GROUP,
            SEARCH_TERM_GROUP.ID, SEARCH_TERM_GROUP.VERSION, SEARCH_TERM_GROUP.UPDATED_AT);
    static final String ROUTE = "/api/v1/search-terms";
    /** The trigger of migration V23 that keeps a term in one group of a province. */
    private static final String TERM_TAKEN = "search_term_group_term_uq";

    /** Raised inside the transaction when the database refuses a term another group holds. */
    private static final class Taken extends RuntimeException {
        private final UUID group;

        Taken(UUID group) {
            super(null, null, false, false);
            this.group = group;
        }
    }

    private final TenantTx tx;
    private final RecordWrites writes;
    private final Idempotency idempotency;
    private final ProvinceTerms provinceTerms;

    SearchTerms(TenantTx tx, RecordWrites writes, Idempotency idempotency, ProvinceTerms provinceTerms) {
        this.tx = tx;
        this.writes = writes;
        this.idempotency = idempotency;
        this.provinceTerms = provinceTerms;
    }

    /** The groups of the viewer's province (its own for a province). */
    Mono<List<SearchTermGroup>> list(Viewer viewer) {
        return tx.call(viewer, dsl -> views(dsl, viewer, dsl.selectFrom(SEARCH_TERM_GROUP)
                .orderBy(SEARCH_TERM_GROUP.CREATED_AT, SEARCH_TERM_GROUP.ID).fetch()));
    }

    Mono<SearchTermGroup> get(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> views(dsl, viewer, List.of(load(dsl, id))).getFirst());
    }

    /** 新增; the same {@code Idempotency-Key} again returns the first group (a retried click). */
    Mono<SearchTermGroup> create(Viewer viewer, SearchTermRequest request, String idempotencyKey) {
        Validated valid;
        try {
            valid = validated(viewer, request);
        } catch (ApiException e) {
            return Mono.error(e);
        }
        List<String> terms = valid.terms();
        String note = valid.note();
        var once = new Idempotency.Request(idempotencyKey, "POST", ROUTE, Idempotency.fingerprint(terms, note));
        return written(viewer, terms, tx.call(viewer, dsl -> idempotency.once(dsl, viewer, once, SearchTermGroup.class,
                () -> refusingTaken(() -> {
                    SearchTermGroupRecord row = dsl.insertInto(SEARCH_TERM_GROUP)
                            .set(SEARCH_TERM_GROUP.TERMS, terms.toArray(String[]::new))
                            .set(SEARCH_TERM_GROUP.NOTE, note)
                            .set(SEARCH_TERM_GROUP.CREATED_BY, viewer.username())
                            .set(SEARCH_TERM_GROUP.UPDATED_BY, viewer.username())
                            .returning().fetchSingle();
                    writes.written(dsl, viewer, TYPE, "search_terms.create", row.getId(), null, snapshot(row));
                    return views(dsl, viewer, List.of(row)).getFirst();
                }))));
    }

    Mono<SearchTermGroup> update(Viewer viewer, UUID id, SearchTermRequest request) {
        Validated valid;
        try {
            valid = validated(viewer, request);
        } catch (ApiException e) {
            return Mono.error(e);
        }
        List<String> terms = valid.terms();
        String note = valid.note();
        return written(viewer, terms, tx.call(viewer, dsl -> refusingTaken(() -> {
            SearchTermGroupRecord before = owned(dsl, viewer, id);
            SearchTermGroupRecord after = writes.update(dsl, TYPE, before, request.version(), dsl.update(SEARCH_TERM_GROUP)
                    .set(SEARCH_TERM_GROUP.TERMS, terms.toArray(String[]::new))
                    .set(SEARCH_TERM_GROUP.NOTE, note)
                    .set(SEARCH_TERM_GROUP.UPDATED_BY, viewer.username())
);
            writes.written(dsl, viewer, TYPE, "search_terms.update", id, snapshot(before), snapshot(after));
            return views(dsl, viewer, List.of(after)).getFirst();
        })));
    }

    /** A request's words and note as stored, from a viewer who may write them. */
    private record Validated(List<String> terms, String note) {
    }

    private static Validated validated(Viewer viewer, SearchTermRequest request) {
        provinceOnly(viewer);
        return new Validated(SearchTermRules.terms(request.terms()), SearchTermRules.note(request.note()));
    }

    Mono<Void> delete(Viewer viewer, UUID id, int version) {
        try {
            provinceOnly(viewer);
        } catch (ApiException e) {
            return Mono.error(e);
        }
        return tx.call(viewer, dsl -> {
            SearchTermGroupRecord before = owned(dsl, viewer, id);
            writes.delete(dsl, TYPE, before, version);
            writes.written(dsl, viewer, TYPE, "search_terms.delete", id, snapshot(before), null);
            return true;
        }).doOnSuccess(done -> provinceTerms.changed()).then();
    }

    /** A province's vocabulary: its offices below search with it but do not keep it (the database checks too). */
    private static void provinceOnly(Viewer viewer) {
        if (viewer.tenant().tier() != TenantTier.province) {
            throw ApiException.forbidden("search-terms-province-only", "检索同义词由省级单位管理员维护，市县单位只能查看");
        }
    }

    /** A committed write drops the kept groups; a term another group holds becomes 409 naming that group. */
    private Mono<SearchTermGroup> written(Viewer viewer, List<String> terms, Mono<SearchTermGroup> write) {
        return write.doOnSuccess(done -> provinceTerms.changed())
                .onErrorResume(Taken.class, taken -> tx.call(viewer, dsl -> load(dsl, taken.group).getTerms())
                        .flatMap(held -> {
                            List<String> shared = new ArrayList<>(terms);
                            shared.retainAll(List.of(held));
                            return Mono.error(ApiException.conflict("search-term-taken", "检索词「"
                                    + String.join("、", shared) + "」已在同义词组「" + String.join("、", held)
                                    + "」中，一个词只能属于本省的一个同义词组"));
                        }));
    }

    /** Runs a write, turning the database's refusal of a taken term into {@link Taken}. */
    private static <T> T refusingTaken(Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) { // jOOQ's or, translated by Spring Boot, Spring's DataAccessException
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof PSQLException sql && "23505".equals(sql.getSQLState()) && sql.getServerErrorMessage() != null
                        && TERM_TAKEN.equals(sql.getServerErrorMessage().getConstraint())) {
                    throw new Taken(UUID.fromString(sql.getServerErrorMessage().getDetail()));
                }
            }
            throw e;
        }
    }

    private static SearchTermGroupRecord load(DSLContext dsl, UUID id) {
        return TenantRows.load(dsl, SEARCH_TERM_GROUP, SEARCH_TERM_GROUP.ID, id, "search-term-group-not-found", "检索同义词组");
    }

    private static SearchTermGroupRecord owned(DSLContext dsl, Viewer viewer, UUID id) {
        return TenantRows.own(viewer, load(dsl, id), "只能修改本省的检索同义词");
    }

    /** What the audit trail keeps of a group. */
    private static Map<String, Object> snapshot(SearchTermGroupRecord r) {
        return Map.of("id", r.getId(), "terms", List.of(r.getTerms()), "note", r.getNote() == null ? "" : r.getNote(),
                "version", r.getVersion());
    }

    private static List<SearchTermGroup> views(DSLContext dsl, Viewer viewer, List<SearchTermGroupRecord> rows) {
        List<String> people = rows.stream().flatMap(r -> java.util.stream.Stream.of(r.getCreatedBy(), r.getUpdatedBy()))
                .toList();
        Map<String, String> names = PersonDirectory.names(dsl, people);
        Map<String, String> tenants = dsl.select(TENANT.CODE, TENANT.NAME).from(TENANT)
                .where(TENANT.CODE.in(rows.stream().map(SearchTermGroupRecord::getTenantCode).distinct().toList()))
                .fetchMap(TENANT.CODE, TENANT.NAME);
        boolean admin = viewer.hasRole(Role.TENANT_ADMIN);
        return rows.stream().map(r -> new SearchTermGroup(r.getId(), tenants.get(r.getTenantCode()), List.of(r.getTerms()),
                r.getNote(), names.get(r.getCreatedBy()), names.get(r.getUpdatedBy()), r.getUpdatedAt(), r.getVersion(),
                admin && r.getTenantCode().equals(viewer.tenant().code()))).toList();
    }
}
