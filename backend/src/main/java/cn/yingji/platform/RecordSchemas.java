package cn.yingji.platform;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The API document's schema of a Java record (OpenAPI, {@code /v3/api-docs}): Jackson writes every component, nulls
 * included, so each is <em>required</em> (a request sends each too, null for none); a component whose type is marked
 * {@link Nullable} may be null. The frontend's types are generated from this document (docs/frontend.md), so a
 * {@code T | null} there is exactly what the backend declares and nothing else.
 * <p>
 * A record nested in another class is named with it ({@code PlanViews.Plan}, {@code ObligationFigures.Counts}): the
 * simple names repeat across features ({@code Item}, {@code Page}, {@code Row}…), and one schema for two of them would
 * be wrong for both.
 */
@Component
class RecordSchemas extends ModelResolver {

    RecordSchemas() {
        super(Json.mapper(), new ScopedNames());
        openapi31(true);
    }

    /** Schema names: a nested class with the class it is declared in. */
    static final class ScopedNames extends TypeNameResolver {

        @Override
        protected String getNameOfClass(Class<?> cls) {
            Class<?> outer = cls.getEnclosingClass();
            return outer == null ? super.getNameOfClass(cls) : getNameOfClass(outer) + "." + cls.getSimpleName();
        }
    }

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = super.resolve(type, context, chain);
        Class<?> raw = rawClass(type.getType());
        if (schema == null || raw == null || !raw.isRecord()) {
            return schema;
        }
        Schema<?> model = schema.get$ref() == null ? schema
                : context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        if (model != null && model.getProperties() != null) {
            describe(raw, model);
        }
        return schema;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void describe(Class<?> record, Schema<?> model) {
        for (RecordComponent component : record.getRecordComponents()) {
            String name = component.getName();
            Schema property = model.getProperties().get(name);
            if (property == null) {
                continue;
            }
            if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                ((java.util.Map) model.getProperties()).put(name, orNull(property));
            }
            if (model.getRequired() == null || !model.getRequired().contains(name)) {
                model.addRequiredItem(name);
            }
        }
    }

    /** The property's schema, or null (OpenAPI 3.1: a type list with "null"; a reference: any of it and null). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema orNull(Schema property) {
        if (property.get$ref() != null) {
            return new JsonSchema().anyOf(List.of(property, new JsonSchema().types(new java.util.LinkedHashSet<>(List.of("null")))));
        }
        if (property.getAnyOf() != null) {
            boolean has = ((List<Schema>) property.getAnyOf()).stream()
                    .anyMatch(s -> s.getTypes() != null && s.getTypes().contains("null"));
            return has ? property : property.addAnyOfItem(new JsonSchema().types(new java.util.LinkedHashSet<>(List.of("null"))));
        }
        if (property.getTypes() == null && property.getType() != null) {
            property.addType(property.getType());
        }
        if (property.getTypes() != null) {
            property.addType("null");
        }
        return property;
    }

    private static Class<?> rawClass(Type type) {
        return switch (type) {
            case Class<?> c -> c;
            case ParameterizedType p when p.getRawType() instanceof Class<?> c -> c;
            case com.fasterxml.jackson.databind.JavaType j -> j.getRawClass();
            case null, default -> null;
        };
    }
}
