package cn.yingji.tenants;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * Mirrors the tenant tree as Keycloak groups ({@code /370000/370700/370702}: name = code, attributes
 * {@code tenant_code}, {@code tenant_name}, {@code tier}) and puts every user with a {@code tenant_code}
 * attribute into exactly its tenant's group.
 *
 * <p>Reads the tree with brief attribute searches, one per tier (3,200 groups in well under a second, warm
 * or cold). Full representations are avoided on purpose: Keycloak 26.4 loads each group's attributes with a
 * query of its own, so reading 3,200 groups with attributes takes 10 s ({@code q=} search) or, with a cold
 * cache after a restart or right after creating them, 30-40 s ({@code partial-export}). The brief form has the
 * {@code description}, which the loader sets to {@link #description(Tenant)}: it covers every attribute the
 * loader writes, and the loader always writes both in one request, so it tells whether a group is current.
 *
 * <p>Writes only differences, one request each: creations top-down (3,209 groups in 15 s), renames, moves,
 * memberships. Groups and users outside the catalog are reported, never deleted. The groups are the
 * loader's: change the catalog, not the groups in the admin console.
 */
final class KeycloakGroups {

    record Result(int created, int updated, int membershipsChanged, List<String> groupsNotInCatalog,
                  List<String> usersWithUnknownTenant) {
    }

    /** A tenant group as a brief search shows it; {@code tier} is the tier it was found by. */
    private record Group(String id, String code, String parentCode, Tier tier, String description) {
    }

    private static final int PAGE = 1000;

    private final KeycloakAdmin admin;

    KeycloakGroups(KeycloakAdmin admin) {
        this.admin = admin;
    }

    Result sync(Catalog catalog) {
        Map<String, Group> groups = readTenantGroups();
        int created = createMissing(catalog, groups);
        int updated = 0;
        for (Tenant t : catalog.tenants()) {
            Group g = groups.get(t.code());
            if (g == null) {
                throw new IllegalStateException("group " + t.code() + " is missing after creation: is there a group"
                        + " of that name without the attribute tier?");
            }
            if (!Objects.equals(g.parentCode(), t.parentCode())) {
                move(t, g, groups);
                updated++;
            }
            if (g.tier() != t.tier() || !description(t).equals(g.description())) {
                update(t, g);
                updated++;
            }
        }
        List<String> notInCatalog = groups.keySet().stream().filter(c -> catalog.find(c).isEmpty()).sorted().toList();
        List<String> unknownUsers = new ArrayList<>();
        int memberships = syncMemberships(catalog, groups, unknownUsers);
        return new Result(created, updated, memberships, notInCatalog, unknownUsers);
    }

    /** Human-readable for the admin console, and a fingerprint of the attributes: 潍城区 (370702, county). */
    static String description(Tenant t) {
        return t.name() + " (" + t.code() + ", " + t.tier().label() + ")";
    }

    private static Map<String, List<String>> attributes(Tenant t) {
        return Map.of("tenant_code", List.of(t.code()), "tenant_name", List.of(t.name()), "tier", List.of(t.tier().label()));
    }

    /** Tenant groups by code. The path's second-to-last segment is the parent's code. */
    private Map<String, Group> readTenantGroups() {
        Map<String, Group> groups = new HashMap<>();
        for (Tier tier : Tier.values()) {
            for (int first = 0; ; first += PAGE) {
                JsonNode page = admin.get("/groups?briefRepresentation=true&populateHierarchy=false&subGroupsCount=false"
                        + "&exact=true&q=" + KeycloakAdmin.encode("tier:" + tier.label()) + "&first=" + first + "&max=" + PAGE);
                for (JsonNode g : page) {
                    String[] path = g.required("path").asString().split("/");
                    String parent = path.length > 2 ? path[path.length - 2] : null;
                    String code = g.required("name").asString();
                    groups.put(code, new Group(g.required("id").asString(), code, parent, tier,
                            g.path("description").asString("")));
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
        }
        return groups;
    }

    /**
     * Creates the missing groups, parents first, one request each; returns how many. {@code partialImport}
     * would be one request, but on Keycloak 26.4 it drops {@code description} and took 39 s for the whole
     * tree against 15 s for the single requests.
     */
    private int createMissing(Catalog catalog, Map<String, Group> groups) {
        int created = 0;
        for (Tenant t : catalog.tenants()) {
            if (groups.containsKey(t.code())) {
                continue;
            }
            String url = t.parentCode() == null ? "/groups" : "/groups/" + groups.get(t.parentCode()).id() + "/children";
            var response = admin.post(url, Map.of("name", t.code(), "description", description(t), "attributes", attributes(t)));
            String location = response.headers().firstValue("Location")
                    .orElseThrow(() -> new IllegalStateException("Keycloak created group " + t.code() + " without a Location"));
            groups.put(t.code(), new Group(location.substring(location.lastIndexOf('/') + 1), t.code(), t.parentCode(),
                    t.tier(), description(t)));
            created++;
        }
        return created;
    }

    /** Rare (renames, repairs): reads the full group so attributes set by others survive the PUT. */
    private void update(Tenant t, Group g) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        admin.get("/groups/" + g.id()).path("attributes").properties()
                .forEach(e -> attributes.put(e.getKey(), e.getValue()));
        attributes.putAll(attributes(t));
        admin.put("/groups/" + g.id(), Map.of("name", t.code(), "description", description(t), "attributes", attributes));
    }

    /** Posting an existing group (with its id) under another parent moves it, subtree included. */
    private void move(Tenant t, Group g, Map<String, Group> groups) {
        Map<String, Object> rep = Map.of("id", g.id(), "name", t.code(), "description", g.description());
        admin.post(t.parentCode() == null ? "/groups" : "/groups/" + groups.get(t.parentCode()).id() + "/children", rep);
    }

    private int syncMemberships(Catalog catalog, Map<String, Group> groups, List<String> unknownUsers) {
        Map<String, String> codeByGroupId = new HashMap<>();
        groups.values().forEach(g -> codeByGroupId.put(g.id(), g.code()));
        int changes = 0;
        for (int first = 0; ; first += PAGE) {
            JsonNode page = admin.get("/users?briefRepresentation=false&first=" + first + "&max=" + PAGE);
            for (JsonNode user : page) {
                JsonNode codeNode = user.path("attributes").path("tenant_code").path(0);
                if (!codeNode.isString()) {
                    continue;
                }
                String code = codeNode.asString();
                Group target = groups.get(code);
                if (target == null || catalog.find(code).isEmpty()) {
                    unknownUsers.add(user.path("username").asString() + " (" + code + ")");
                    continue;
                }
                changes += syncMembership(user.required("id").asString(), target, codeByGroupId);
            }
            if (page.size() < PAGE) {
                return changes;
            }
        }
    }

    /**
     * Joins the tenant's group and leaves every other tenant group; other groups are left alone. One request
     * per user with a tenant: fine for the demo users and an initial import, not meant for 100k officials.
     */
    private int syncMembership(String userId, Group target, Map<String, String> codeByGroupId) {
        boolean member = false;
        int changes = 0;
        for (JsonNode g : admin.get("/users/" + userId + "/groups?briefRepresentation=true&max=" + PAGE)) {
            String id = g.required("id").asString();
            if (id.equals(target.id())) {
                member = true;
            } else if (codeByGroupId.containsKey(id)) {
                admin.delete("/users/" + userId + "/groups/" + id);
                changes++;
            }
        }
        if (!member) {
            admin.put("/users/" + userId + "/groups/" + target.id(), Map.of());
            changes++;
        }
        return changes;
    }
}
