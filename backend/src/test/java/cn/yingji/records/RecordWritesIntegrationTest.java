package cn.yingji.records;

import static cn.yingji.db.Tables.ORG_UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.yingji.db.enums.TenantTier;
import cn.yingji.db.tables.records.OrgUnitRecord;
import cn.yingji.platform.ApiException;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Fixtures;
import cn.yingji.support.TestServices;
import cn.yingji.tenancy.Role;
import cn.yingji.tenancy.TenantRef;
import cn.yingji.tenancy.TenantRows;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;

/**
 * The one versioned write on a real table under row-level security: a write at the version read bumps it and stamps
 * the time; a write at another version, or the loser of two at once, changes nothing and hears 409 in Chinese; the
 * trail is written in the writer's transaction, so a rolled-back change leaves none.
 */
class RecordWritesIntegrationTest extends ApiIntegrationTest {

    static final TenantRef WEICHENG = new TenantRef("370702", "潍城区", TenantTier.county, "p37.c3707.x370702");
    static final Viewer CLERK = new Viewer("wc-county", "王强", Set.of(Role.COUNTY_OFFICER), WEICHENG);
    static final Versioned<OrgUnitRecord> UNIT = Versioned.stored("org_unit", "组织单位", ORG_UNIT, ORG_UNIT.ID,
            ORG_UNIT.VERSION, ORG_UNIT.UPDATED_AT);

    @Autowired
    RecordWrites writes;
    @Autowired
    TenantTx tx;

    UUID unit;
    /** Unit names are unique per region: each test's names carry this run's mark. */
    String mark;

    @BeforeEach
    void aUnit() {
        mark = UUID.randomUUID().toString().substring(0, 8);
        unit = UUID.fromString(Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区应急管理局-" + mark));
    }

    private OrgUnitRecord load() {
        return tx.call(CLERK, dsl -> TenantRows.load(dsl, ORG_UNIT, ORG_UNIT.ID, unit, "org-unit-not-found", "组织单位"))
                .block();
    }

    private OrgUnitRecord rename(OrgUnitRecord before, int expected, String name) {
        return tx.call(CLERK, dsl -> writes.update(dsl, UNIT, before, expected,
                dsl.update(ORG_UNIT).set(ORG_UNIT.NAME, name))).block();
    }

    @Test
    void aWriteAtTheVersionReadBumpsItAndStampsTheTime() {
        OrgUnitRecord before = load();
        OrgUnitRecord after = rename(before, before.getVersion(), named("潍城区应急管理局（更名）"));

        assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
        assertThat(after.getName()).isEqualTo(named("潍城区应急管理局（更名）"));
        assertThat(after.getUpdatedAt()).isAfter(before.getUpdatedAt());
        assertThat(load().getVersion()).isEqualTo(after.getVersion());
    }

    @Test
    void aWriteAtAnotherVersionChangesNothingAndSaysSoInChinese() {
        OrgUnitRecord before = load();
        rename(before, before.getVersion(), named("第一次修改"));

        assertThatThrownBy(() -> rename(before, before.getVersion(), named("基于旧版本的修改")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("version-conflict");
                    assertThat(e.getMessage()).isEqualTo("该组织单位已被他人修改（当前版本 " + before.getVersion()
                            + "），请刷新后重试");
                });
        assertThat(load().getName()).isEqualTo(named("第一次修改"));
        assertThat(load().getVersion()).isEqualTo(before.getVersion() + 1);
    }

    /** Two browsers save the same version at once: the second waits for the first's row lock, then finds it moved. */
    @Test
    void ofTwoWritesOfOneVersionAtOnceOneWins() throws Exception {
        OrgUnitRecord before = load();
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        CompletableFuture<OrgUnitRecord> first = tx.call(CLERK, dsl -> {
            OrgUnitRecord written = writes.update(dsl, UNIT, before, before.getVersion(),
                    dsl.update(ORG_UNIT).set(ORG_UNIT.NAME, named("甲的修改")));
            firstWrote.countDown();
            await(secondStarted);
            pause();
            return written;
        }).toFuture();
        assertThat(firstWrote.await(20, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<OrgUnitRecord> second = CompletableFuture.supplyAsync(() -> {
            secondStarted.countDown();
            return rename(before, before.getVersion(), named("乙的修改"));
        });

        assertThat(first.get(30, TimeUnit.SECONDS).getName()).isEqualTo(named("甲的修改"));
        assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).cause()
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("version-conflict"));
        assertThat(load().getName()).isEqualTo(named("甲的修改"));
        assertThat(load().getVersion()).isEqualTo(before.getVersion() + 1);
    }

    @Test
    void theTrailIsWrittenWithTheChangeAndRolledBackWithIt() throws Exception {
        OrgUnitRecord before = load();
        tx.call(CLERK, dsl -> {
            OrgUnitRecord after = writes.update(dsl, UNIT, before, before.getVersion(),
                    dsl.update(ORG_UNIT).set(ORG_UNIT.NAME, named("留痕的修改")));
            writes.written(dsl, CLERK, UNIT, "org_unit.update", unit, Map.of("name", before.getName()),
                    Map.of("name", after.getName()));
            return after;
        }).block();
        assertThatThrownBy(() -> tx.call(CLERK, dsl -> {
            OrgUnitRecord current = TenantRows.load(dsl, ORG_UNIT, ORG_UNIT.ID, unit, "org-unit-not-found", "组织单位");
            writes.update(dsl, UNIT, current, current.getVersion(),
                    dsl.update(ORG_UNIT).set(ORG_UNIT.NAME, named("撤销的修改")));
            writes.written(dsl, CLERK, UNIT, "org_unit.update", unit, null, Map.of("name", named("撤销的修改")));
            throw ApiException.badRequest("test-rollback", "测试回滚");
        }).block()).isInstanceOf(ApiException.class);

        assertThat(trail()).containsExactly(named("留痕的修改"));
        assertThat(load().getName()).isEqualTo(named("留痕的修改"));
    }

    @Test
    void aDeleteAtAnotherVersionIsRefused() {
        OrgUnitRecord before = load();
        rename(before, before.getVersion(), named("已被修改"));

        assertThatThrownBy(() -> tx.call(CLERK, dsl -> {
            writes.delete(dsl, UNIT, before, before.getVersion());
            return null;
        }).block()).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("version-conflict"));
        assertThat(load().getName()).isEqualTo(named("已被修改"));
    }

    private String named(String name) {
        return name + "-" + mark;
    }

    /** The names after each change of the unit in its trail, oldest first (read as the schema's owner). */
    private List<String> trail() throws Exception {
        try (Connection c = TestServices.ownerConnection();
                PreparedStatement q = c.prepareStatement("select after ->> 'name' from audit_log where entity = 'org_unit' and entity_id = ? order by at, id")) {
            q.setString(1, unit.toString());
            try (ResultSet r = q.executeQuery()) {
                List<String> names = new java.util.ArrayList<>();
                while (r.next()) {
                    names.add(r.getString(1));
                }
                return names;
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Long enough for the second writer to reach the row lock. */
    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
