package cn.yingji.tenancy;

import static cn.yingji.db.Tables.PERSON;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.jooq.DSLContext;
import org.jooq.Insert;

import cn.yingji.db.tables.records.PersonRecord;

/**
 * 人员名录: who a login name is, from our own records. Everything a user reads about a person (receipts,
 * timelines, bulletins) takes the name from here: Keycloak's display name is typed by the users themselves and is
 * only the first guess when a person is registered. The tenant admin maintains the record afterwards.
 */
public final class PersonDirectory {

    /** Shown for a login name without a visible record: never the login name itself. */
    public static final String UNKNOWN = "未登记人员";

    private PersonDirectory() {
    }

    /** Registers the viewer in its tenant on first sight; an existing record (maybe edited) is left as it is. */
    public static void register(DSLContext tx, Viewer viewer) {
        registration(tx, viewer).execute();
    }

    /**
     * {@link #register}'s statement, for a caller that sends it with its own in one round trip (a data-modifying
     * {@code WITH}).
     */
    public static Insert<PersonRecord> registration(DSLContext tx, Viewer viewer) {
        return tx.insertInto(PERSON)
                .set(PERSON.USERNAME, viewer.username())
                .set(PERSON.NAME, personName(viewer.displayName().equals(viewer.username()) ? null : viewer.displayName(),
                        viewer.tenant().name()))
                .onConflict(PERSON.USERNAME).doNothing();
    }

    /** The names of the given login names as the viewer may see them; {@link #UNKNOWN} for the others. */
    public static Map<String, String> names(DSLContext tx, Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        var wanted = usernames.stream().filter(Objects::nonNull).distinct().toList();
        if (!wanted.isEmpty()) {
            tx.select(PERSON.USERNAME, PERSON.NAME).from(PERSON).where(PERSON.USERNAME.in(wanted))
                    .forEach(r -> names.put(r.value1(), r.value2()));
            wanted.forEach(u -> names.putIfAbsent(u, UNKNOWN));
        }
        return names;
    }

    public static String nameOf(DSLContext tx, String username) {
        return username == null ? null : names(tx, java.util.List.of(username)).get(username);
    }

    /**
     * A person's name from a Keycloak display name: the part before a bracketed unit ("张伟（山东省应急管理厅）" →
     * 张伟), at most 100 characters; a blank one becomes "<tenant>工作人员".
     */
    static String personName(String displayName, String tenantName) {
        String name = displayName == null ? "" : displayName.strip();
        int bracket = indexOfAny(name, '（', '(');
        if (bracket > 0) {
            name = name.substring(0, bracket).strip();
        }
        if (name.isEmpty()) {
            return tenantName + "工作人员";
        }
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
