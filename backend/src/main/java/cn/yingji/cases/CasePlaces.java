package cn.yingji.cases;

import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.impl.DSL;

import cn.yingji.cases.CaseViews.Place;
import cn.yingji.platform.ApiException;

/**
 * 发生地: a case may tell of an incident anywhere in the country, so its place is any division of the national
 * catalog, read through {@code app.resolve_tenant} (one row by code, the catalog's public names), not through the
 * tenant table's row-level security, which shows a tenant only its ancestors and subtree.
 */
final class CasePlaces {

    private CasePlaces() {
    }

    /** The place with its province and city names (a county directly under a province has no city). */
    static Place resolve(DSLContext dsl, String code) {
        Record3<String, String, String> place = code.matches("\\d{6}") ? row(dsl, code) : null;
        if (place == null) {
            throw ApiException.badRequest("case-place-invalid", "发生地 " + code + " 不是有效的行政区划代码");
        }
        String province = null;
        String city = null;
        for (String label : place.value3().split("\\.")) {
            String ancestor = switch (label.charAt(0)) {
                case 'p' -> label.substring(1) + "0000";
                case 'c' -> label.substring(1) + "00";
                default -> label.substring(1);
            };
            String name = ancestor.equals(code) ? place.value2() : name(dsl, ancestor);
            if (label.charAt(0) == 'p') {
                province = name;
            } else if (label.charAt(0) == 'c') {
                city = name;
            }
        }
        return new Place(code, place.value2(), province, city, "");
    }

    /** A division's name by its code, or null when there is no such division. */
    static String name(DSLContext dsl, String code) {
        var row = row(dsl, code);
        return row == null ? null : row.value2();
    }

    private static Record3<String, String, String> row(DSLContext dsl, String code) {
        return dsl.select(DSL.field("t.code", String.class), DSL.field("t.name", String.class),
                        DSL.field("t.path::text", String.class))
                .from(DSL.table("app.resolve_tenant({0})", DSL.val(code)).as("t"))
                .fetchOne();
    }
}
