package cn.yingji.tenants;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national division catalog (GB/T 2260) as a tree of tenants. Built from {@code catalog/divisions.json},
 * which {@code refresh-catalog.sh} writes: {@code {"source": "pkg@version", "divisions": [[code, name,
 * parentCode], ...]}}.
 */
final class Catalog {

    /** One line of the division file, before validation. */
    record Division(String code, String name, String parentCode) {
    }

    private final String source;
    private final Map<String, Tenant> byCode;

    private Catalog(String source, Map<String, Tenant> byCode) {
        this.source = source;
        this.byCode = byCode;
    }

    static Catalog load(Path file) {
        JsonNode root = JsonMapper.shared().readTree(file.toFile());
        List<Division> divisions = new ArrayList<>();
        for (JsonNode row : root.required("divisions")) {
            divisions.add(new Division(row.get(0).asString(), row.get(1).asString(),
                    row.get(2).isNull() ? null : row.get(2).asString()));
        }
        return of(root.required("source").asString(), divisions);
    }

    /** Validates the divisions and derives tiers and paths; every problem found is reported at once. */
    static Catalog of(String source, Collection<Division> divisions) {
        List<String> errors = new ArrayList<>();
        Map<String, Division> byCode = new LinkedHashMap<>();
        for (Division d : divisions) {
            if (d.code() == null || !d.code().matches("[0-9]{6}")) {
                errors.add("invalid code '" + d.code() + "' (" + d.name() + ")");
            } else if (d.name() == null || d.name().isBlank()) {
                errors.add(d.code() + ": empty name");
            } else if (byCode.putIfAbsent(d.code(), d) != null) {
                errors.add(d.code() + ": duplicate code");
            }
        }
        byCode.values().forEach(d -> checkParent(d, byCode, errors));
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("catalog " + source + " is invalid:\n  " + String.join("\n  ", errors));
        }
        Map<String, Tenant> tenants = new LinkedHashMap<>();
        byCode.values().stream()
                .sorted(Comparator.comparing((Division d) -> Tier.of(d.code())).thenComparing(Division::code))
                .forEach(d -> tenants.put(d.code(), tenant(d, tenants)));
        return new Catalog(source, tenants);
    }

    /**
     * A province has no parent; a city hangs off its province; a county off its city or, for municipality
     * districts and 省直辖县级市 (whose pseudo city 110100 市辖区 / 429000 is not a tenant), off its province.
     */
    private static void checkParent(Division d, Map<String, Division> byCode, List<String> errors) {
        Tier tier = Tier.of(d.code());
        String parent = d.parentCode();
        String province = d.code().substring(0, 2) + "0000";
        boolean ok = switch (tier) {
            case PROVINCE -> parent == null;
            case CITY -> province.equals(parent);
            case COUNTY -> province.equals(parent) || (d.code().substring(0, 4) + "00").equals(parent);
        };
        if (!ok) {
            errors.add(d.code() + " " + d.name() + ": a " + tier.label() + " cannot have parent " + parent);
        } else if (parent != null && !byCode.containsKey(parent)) {
            errors.add(d.code() + " " + d.name() + ": parent " + parent + " does not exist");
        }
    }

    private static Tenant tenant(Division d, Map<String, Tenant> parents) {
        Tier tier = Tier.of(d.code());
        String label = tier.pathLabel(d.code());
        String path = d.parentCode() == null ? label : parents.get(d.parentCode()).path() + "." + label;
        return new Tenant(d.code(), d.name(), tier, d.parentCode(), path);
    }

    /** Package and version the divisions came from, e.g. {@code china-division@2.7.0}. */
    String source() {
        return source;
    }

    /** All tenants, parents before children (provinces, then cities, then counties, each by code). */
    Collection<Tenant> tenants() {
        return byCode.values();
    }

    Optional<Tenant> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The tenant and its ancestors, from the province down. */
    List<Tenant> lineage(Tenant tenant) {
        List<Tenant> lineage = new ArrayList<>();
        for (Tenant t = tenant; t != null; t = t.parentCode() == null ? null : byCode.get(t.parentCode())) {
            lineage.addFirst(t);
        }
        return lineage;
    }
}
