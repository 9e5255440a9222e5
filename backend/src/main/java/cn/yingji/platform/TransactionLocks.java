package cn.yingji.platform;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * What one transaction at a time may do: a PostgreSQL advisory lock held until the caller's transaction ends, named by
 * a key (the kind of thing and whose: {@code "event_report:<event>:<tenant>"}). The one way numbers are taken without
 * gaps or repeats and checks see every committed row (reports, bulletins, rosters, warning identifiers, responses);
 * a row lock would need the right to update a row the caller may only read.
 */
public final class TransactionLocks {

    private TransactionLocks() {
    }

    /** Waits for, then holds until commit or rollback, the lock of {@code key}. */
    public static void hold(DSLContext tx, String key) {
        tx.select(DSL.field("pg_advisory_xact_lock(hashtextextended({0}, 0))", Object.class, DSL.val(key))).fetch();
    }
}
