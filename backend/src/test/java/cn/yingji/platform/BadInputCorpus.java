package cn.yingji.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bad inputs of {@link BadInputIntegrationTest}, derived from the application's own OpenAPI document: for every
 * operation, a plausible request, then that request with one parameter or one body field made bad at a time
 * (control characters incl. NUL, wrong types, unknown enum values, huge strings, out-of-range and negative numbers,
 * bad ids), plus whole-body faults (malformed JSON, duplicate keys, wrong JSON shape, wrong content type).
 */
final class BadInputCorpus {

    /** One request: raw (already percent-encoded) path and query, an optional body. */
    record Probe(String method, String pathAndQuery, String contentType, byte[] body, String what) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String HUGE_QUERY = "长".repeat(1500); // 13.5 KB encoded: past Netty's default 4 KB request line
    private static final String HUGE_TEXT = "长".repeat(20_000); // 60 KB: past every field's limit, within the body's
    private static final String BOUNDARY = "yingji-bad-input";

    /** Path ids that are not ids, or ids of nothing; already encoded for a URL path segment. */
    static final List<String> BAD_PATH_VALUES = List.of("not-a-uuid", "99999999999999999999", "%00", "%2e%2e",
            "%E4%B8%AD" + "x".repeat(300), UUID.randomUUID().toString());

    private final JsonNode api;

    BadInputCorpus(JsonNode api) {
        this.api = api;
    }

    /** The operations of the document: method and path template. */
    List<Map.Entry<String, String>> operations() {
        List<Map.Entry<String, String>> ops = new ArrayList<>();
        api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                ops.add(Map.entry(op.getKey().toUpperCase(), path.getKey()));
            }
        }));
        return ops;
    }

    /** The plausible request of an operation, with every parameter given a fitting value. */
    Probe base(String method, String template) {
        JsonNode op = op(method, template);
        return new Probe(method, url(template, params(op, "path"), params(op, "query"), null, null),
                bodyType(op), baseBody(op), "plausible request");
    }

    /** The bad variants of an operation's request. */
    List<Probe> bad(String method, String template) {
        JsonNode op = op(method, template);
        List<JsonNode> path = params(op, "path");
        List<JsonNode> query = params(op, "query");
        String type = bodyType(op);
        byte[] body = baseBody(op);
        List<Probe> probes = new ArrayList<>();
        for (JsonNode p : path) {
            for (String value : BAD_PATH_VALUES) {
                probes.add(new Probe(method, url(template, path, query, p.get("name").asString(), value), type, body,
                        "path " + p.get("name").asString() + "=" + abbreviate(value)));
            }
        }
        for (JsonNode p : query) {
            for (String value : badQueryValues(schema(p.get("schema")))) {
                probes.add(new Probe(method, url(template, path, query, p.get("name").asString(), value), type, body,
                        "query " + p.get("name").asString() + "=" + abbreviate(value)));
            }
        }
        String plain = url(template, path, query, null, null);
        if ("application/json".equals(type)) {
            for (String bad : List.of("{", "[]", "null", "\"x\"", "{\"a\":1,\"a\":2}", "", "{\"x\":\"\\u0000\"}", "{\"x\":\"\\ud800\"}",
                    "{\"x\":" + "[".repeat(2000) + "]".repeat(2000) + "}")) {
                probes.add(new Probe(method, plain, type, bad.getBytes(StandardCharsets.UTF_8), "body " + abbreviate(bad)));
            }
            probes.add(new Probe(method, plain, "text/plain", body, "body as text/plain"));
            JsonNode schema = schema(op.get("requestBody").get("content").get("application/json").get("schema"));
            if (schema.has("properties")) {
                ObjectNode base = (ObjectNode) JSON.readTree(body);
                String first = schema.get("properties").propertyNames().iterator().next();
                probes.add(new Probe(method, plain, type, duplicated(base, first), "body duplicate key " + first));
                schema.get("properties").properties().forEach(prop -> {
                    for (JsonNode value : badValues(schema(prop.getValue()))) {
                        ObjectNode copy = base.deepCopy();
                        copy.set(prop.getKey(), value);
                        probes.add(new Probe(method, plain, type, JSON.writeValueAsBytes(copy),
                                "body " + prop.getKey() + "=" + abbreviate(value.toString())));
                    }
                });
            }
        } else if (type != null && type.startsWith("multipart/")) {
            probes.add(new Probe(method, plain, type + "; boundary=" + BOUNDARY, multipart("role", "\u0000", false), "multipart NUL role"));
            probes.add(new Probe(method, plain, type + "; boundary=" + BOUNDARY, multipart("role", "no-such-role", true), "multipart unknown role"));
            probes.add(new Probe(method, plain, type + "; boundary=" + BOUNDARY, "--x".getBytes(StandardCharsets.UTF_8), "multipart broken"));
            probes.add(new Probe(method, plain, "application/json", "{}".getBytes(StandardCharsets.UTF_8), "multipart as json"));
        } else if (!method.equals("GET") && !method.equals("DELETE")) {
            probes.add(new Probe(method, plain, "application/json", "{".getBytes(StandardCharsets.UTF_8), "unexpected body"));
        }
        return probes;
    }

    private JsonNode op(String method, String template) {
        return api.get("paths").get(template).get(method.toLowerCase());
    }

    private List<JsonNode> params(JsonNode op, String in) {
        List<JsonNode> found = new ArrayList<>();
        if (op.has("parameters")) {
            op.get("parameters").forEach(p -> {
                if (in.equals(p.get("in").asString())) {
                    found.add(p);
                }
            });
        }
        return found;
    }

    private static String bodyType(JsonNode op) {
        if (!op.has("requestBody")) {
            return null;
        }
        Iterator<String> types = op.get("requestBody").get("content").propertyNames().iterator();
        return types.hasNext() ? types.next() : null;
    }

    private byte[] baseBody(JsonNode op) {
        if (!"application/json".equals(bodyType(op))) {
            return null;
        }
        return JSON.writeValueAsBytes(plausible(op.get("requestBody").get("content").get("application/json").get("schema"), 0));
    }

    private String url(String template, List<JsonNode> path, List<JsonNode> query, String badName, String badValue) {
        String url = template;
        for (JsonNode p : path) {
            String name = p.get("name").asString();
            url = url.replace("{" + name + "}", name.equals(badName) ? badValue : plausibleParam(p));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode p : query) {
            String name = p.get("name").asString();
            if (name.equals(badName)) {
                values.put(name, badValue);
            } else if (p.path("required").asBoolean(false)) {
                values.put(name, plausibleParam(p));
            }
        }
        StringBuilder q = new StringBuilder();
        values.forEach((k, v) -> q.append(q.isEmpty() ? "?" : "&").append(k).append('=').append(v));
        return url + q;
    }

    private String plausibleParam(JsonNode param) {
        JsonNode value = plausible(param.get("schema"), 0);
        return encode(value.isValueNode() ? value.asString() : "x");
    }

    /** Query values, already encoded, chosen by the parameter's type (a sample per type keeps the run short). */
    private List<String> badQueryValues(JsonNode schema) {
        return switch (type(schema)) {
            case "array" -> badQueryValues(schema(schema.get("items")));
            case "integer", "number" -> List.of("-1", "2147483647", "2147483648", "abc");
            case "boolean" -> List.of("maybe", "%00");
            default -> List.of("%00%01", "no-such-value", encode(HUGE_QUERY));
        };
    }

    /** Body field values chosen by the field's type. */
    private List<JsonNode> badValues(JsonNode schema) {
        List<JsonNode> values = new ArrayList<>(List.of(NODES.nullNode()));
        switch (type(schema)) {
            case "integer", "number" -> values.addAll(List.of(NODES.stringNode("abc"), NODES.numberNode(-1),
                    NODES.numberNode(new java.math.BigInteger("99999999999999999999"))));
            case "boolean" -> values.add(NODES.stringNode("maybe"));
            case "array" -> values.addAll(List.of(NODES.stringNode("x"),
                    NODES.arrayNode().add(NODES.nullNode()).add("\u0000").add(NODES.objectNode())));
            case "object" -> values.add(NODES.stringNode("x"));
            default -> values.addAll(List.of(NODES.stringNode("a\u0000b\u0001"), NODES.stringNode(HUGE_TEXT),
                    NODES.stringNode("no-such-value"), NODES.objectNode()));
        }
        return values;
    }

    /** A value the schema allows, as far as its type, format and enum say. */
    private JsonNode plausible(JsonNode raw, int depth) {
        JsonNode schema = schema(raw);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        switch (type(schema)) {
            case "integer", "number":
                return NODES.numberNode(schema.has("minimum") ? Math.max(1, schema.get("minimum").asInt()) : 1);
            case "boolean":
                return NODES.booleanNode(true);
            case "array":
                ArrayNode array = NODES.arrayNode();
                if (depth < 3 && schema.has("items")) {
                    array.add(plausible(schema.get("items"), depth + 1));
                }
                return array;
            case "object":
                ObjectNode object = NODES.objectNode();
                if (depth < 3 && schema.has("properties")) {
                    schema.get("properties").properties().forEach(p -> object.set(p.getKey(), plausible(p.getValue(), depth + 1)));
                }
                return object;
            default:
                return NODES.stringNode(switch (schema.path("format").asString("")) {
                    case "uuid" -> UUID.randomUUID().toString();
                    case "date" -> "2026-06-01";
                    case "date-time" -> "2026-06-01T08:00:00Z";
                    default -> "测试";
                });
        }
    }

    private JsonNode schema(JsonNode schema) {
        if (schema == null) {
            return NODES.objectNode();
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            return schema(api.get("components").get("schemas").get(ref.substring(ref.lastIndexOf('/') + 1)));
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(combined)) {
                return schema(schema.get(combined).get(0));
            }
        }
        return schema;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.has("properties") ? "object" : "string";
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asString())) {
                    return t.asString();
                }
            }
        }
        return type.asString();
    }

    private static byte[] duplicated(ObjectNode base, String key) {
        String json = JSON.writeValueAsString(base);
        return ("{\"" + key + "\":" + JSON.writeValueAsString(base.get(key)) + "," + json.substring(1))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] multipart(String field, String value, boolean withFile) {
        StringBuilder b = new StringBuilder();
        b.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(field)
                .append("\"\r\n\r\n").append(value).append("\r\n");
        if (withFile) {
            b.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0001.txt\"\r\n")
                    .append("Content-Type: text/plain\r\n\r\n测试\r\n");
        }
        b.append("--").append(BOUNDARY).append("--\r\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
    }
}
