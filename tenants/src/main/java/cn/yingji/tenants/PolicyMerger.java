package cn.yingji.tenants;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Tier policies (层级策略): {@code policies/national.yaml} holds the defaults, {@code policies/<provinceCode>.yaml}
 * the overrides of a province ({@code province:}) and of its cities and counties ({@code overrides: {code: ...}}).
 * The effective policy of a tenant is the deep merge national → province → city → county: maps merge key by
 * key, scalars and lists replace. The national file is also the schema: an override may only use its keys,
 * with the same types, so a typo fails the load instead of silently doing nothing.
 */
final class PolicyMerger {

    private static final YAMLMapper YAML = YAMLMapper.shared();
    private static final Set<String> PROVINCE_FILE_KEYS = Set.of("province", "overrides");

    private final ObjectNode national;
    /** Override per tenant code, the province's own ({@code province:}) included. */
    private final Map<String, ObjectNode> overrides;

    private PolicyMerger(ObjectNode national, Map<String, ObjectNode> overrides) {
        this.national = national;
        this.overrides = overrides;
    }

    static PolicyMerger load(Path dir) {
        ObjectNode national = readObject(dir.resolve("national.yaml"), "national.yaml");
        Map<String, ObjectNode> overrides = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("[0-9]{6}\\.yaml")).sorted().toList()) {
                String name = file.getFileName().toString();
                overrides.putAll(provinceOverrides(national, name, readObject(file, name)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PolicyMerger(national, overrides);
    }

    /** For tests: the same rules on in-memory documents, keyed by file name. */
    static PolicyMerger of(ObjectNode national, Map<String, ObjectNode> provinceFiles) {
        Map<String, ObjectNode> overrides = new TreeMap<>();
        provinceFiles.forEach((name, doc) -> overrides.putAll(provinceOverrides(national, name, doc)));
        return new PolicyMerger(national, overrides);
    }

    private static ObjectNode readObject(Path file, String name) {
        JsonNode doc = YAML.readTree(file.toFile());
        if (!(doc instanceof ObjectNode object)) {
            throw new IllegalArgumentException(name + ": expected a map at the top level");
        }
        return object;
    }

    private static Map<String, ObjectNode> provinceOverrides(ObjectNode national, String name, ObjectNode doc) {
        String province = name.substring(0, name.indexOf('.'));
        if (!province.matches("[0-9]{2}0000")) {
            throw new IllegalArgumentException(name + ": file name must be a province code (xx0000.yaml)");
        }
        for (String key : doc.propertyNames()) {
            if (!PROVINCE_FILE_KEYS.contains(key)) {
                throw new IllegalArgumentException(name + ": unknown top-level key '" + key + "' (expected province, overrides)");
            }
        }
        Map<String, ObjectNode> result = new TreeMap<>();
        result.put(province, validated(national, doc.get("province"), name, "province"));
        JsonNode cities = doc.get("overrides");
        if (cities != null && !cities.isNull()) {
            if (!cities.isObject()) {
                throw new IllegalArgumentException(name + ": 'overrides' must be a map of tenant code to policy");
            }
            for (Map.Entry<String, JsonNode> e : cities.properties()) {
                String code = e.getKey();
                if (!code.matches("[0-9]{6}") || !code.startsWith(province.substring(0, 2)) || code.equals(province)) {
                    throw new IllegalArgumentException(name + ": overrides." + code
                            + ": not a city or county code of province " + province);
                }
                result.put(code, validated(national, e.getValue(), name, "overrides." + code));
            }
        }
        return result;
    }

    private static ObjectNode validated(ObjectNode national, JsonNode override, String file, String at) {
        if (override == null || override.isNull()) {
            return national.objectNode();
        }
        checkShape(national, override, file, at);
        return (ObjectNode) override;
    }

    /** The override must be a subset of the national shape: same keys, same node types. */
    private static void checkShape(JsonNode schema, JsonNode value, String file, String at) {
        if (schema.isObject()) {
            if (!value.isObject()) {
                throw wrongType(file, at, "a map", value);
            }
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                JsonNode expected = schema.get(e.getKey());
                if (expected == null) {
                    throw new IllegalArgumentException(file + ": " + at + "." + e.getKey()
                            + ": unknown key (not in national.yaml)");
                }
                checkShape(expected, e.getValue(), file, at + "." + e.getKey());
            }
        } else if (schema.isArray() && !value.isArray()) {
            throw wrongType(file, at, "a list", value);
        } else if (schema.isIntegralNumber() && !value.isIntegralNumber()) {
            throw wrongType(file, at, "a whole number", value);
        } else if (schema.isBoolean() && !value.isBoolean()) {
            throw wrongType(file, at, "true or false", value);
        } else if (schema.isString() && !value.isString()) {
            throw wrongType(file, at, "a string", value);
        }
    }

    private static IllegalArgumentException wrongType(String file, String at, String expected, JsonNode value) {
        return new IllegalArgumentException(file + ": " + at + ": expected " + expected + " as in national.yaml, got "
                + value.getNodeType().name().toLowerCase(Locale.ROOT) + " " + value);
    }

    /** The effective policy of the last tenant of {@code lineage} (province first). */
    ObjectNode effective(List<Tenant> lineage) {
        ObjectNode result = national.deepCopy();
        for (Tenant t : lineage) {
            ObjectNode override = overrides.get(t.code());
            if (override != null) {
                merge(result, override);
            }
        }
        return result;
    }

    private static void merge(ObjectNode target, ObjectNode override) {
        for (Map.Entry<String, JsonNode> e : override.properties()) {
            JsonNode current = target.get(e.getKey());
            if (current instanceof ObjectNode currentObject && e.getValue() instanceof ObjectNode overrideObject) {
                merge(currentObject, overrideObject);
            } else {
                target.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }

    /** Override codes the catalog does not know: typos, or divisions abolished by a catalog refresh. */
    List<String> unknownCodes(Catalog catalog) {
        List<String> unknown = new ArrayList<>();
        for (String code : overrides.keySet()) {
            if (catalog.find(code).isEmpty()) {
                unknown.add(code);
            }
        }
        return unknown;
    }
}
