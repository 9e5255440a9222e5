package cn.yingji.people;

import static cn.yingji.db.Tables.ORG_UNIT;
import static cn.yingji.db.Tables.PERSON;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

import cn.yingji.records.RecordWrites;
import cn.yingji.records.Versioned;
import cn.yingji.db.tables.records.PersonRecord;
import cn.yingji.platform.ApiException;
import cn.yingji.tenancy.TenantRows;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/** The tenant admin's side of the people directory (tenancy.PersonDirectory writes and reads the names). */
@Component
class People {

    /** 人员: versioned; named in the trails and lists, not searched. */
    static final Versioned<PersonRecord> TYPE = Versioned.stored("person", "人员记录", PERSON, PERSON.ID, PERSON.VERSION,
            PERSON.UPDATED_AT);

    private final TenantTx tx;
    private final RecordWrites writes;

    People(TenantTx tx, RecordWrites writes) {
        this.tx = tx;
        this.writes = writes;
    }

    Mono<List<Person>> list(Viewer viewer) {
        return tx.call(viewer, dsl -> select(dsl)
                .where(PERSON.TENANT_CODE.eq(viewer.tenant().code()))
                .orderBy(PERSON.NAME)
                .fetch(People::view));
    }

    Mono<Person> update(Viewer viewer, UUID id, PersonRequest request) {
        return tx.call(viewer, dsl -> {
            PersonRecord before = TenantRows.own(viewer,
                    TenantRows.load(dsl, PERSON, PERSON.ID, id, "person-not-found", "人员"), "只能修改本行政区划的人员");
            if (request.unitId() != null && !dsl.fetchExists(ORG_UNIT, ORG_UNIT.ID.eq(request.unitId())
                    .and(ORG_UNIT.TENANT_CODE.eq(viewer.tenant().code())))) {
                throw ApiException.badRequest("invalid-unit", "所属单位须为本行政区划的组织单位");
            }
            String title = request.title() == null || request.title().isBlank() ? null : request.title().strip();
            writes.update(dsl, TYPE, before, request.version(), dsl.update(PERSON)
                    .set(PERSON.NAME, request.name().strip())
                    .set(PERSON.TITLE, title)
                    .set(PERSON.UNIT_ID, request.unitId()));
            Person after = select(dsl).where(PERSON.ID.eq(id)).fetchSingle(People::view);
            writes.written(dsl, viewer, TYPE, "person.update", id,
                    new Person(id, before.getName(), before.getTitle(), before.getUnitId(), null, before.getVersion()),
                    after);
            return after;
        });
    }

    private static org.jooq.SelectOnConditionStep<Record> select(DSLContext dsl) {
        return dsl.select(PERSON.fields()).select(ORG_UNIT.NAME.as("unit_name"))
                .from(PERSON).leftJoin(ORG_UNIT).on(ORG_UNIT.ID.eq(PERSON.UNIT_ID));
    }

    private static Person view(Record r) {
        return new Person(r.get(PERSON.ID), r.get(PERSON.NAME), r.get(PERSON.TITLE), r.get(PERSON.UNIT_ID),
                r.get("unit_name", String.class), r.get(PERSON.VERSION));
    }
}
