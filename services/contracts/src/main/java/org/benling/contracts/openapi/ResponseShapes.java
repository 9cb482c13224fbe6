package org.benling.contracts.openapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.Nullable;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Says in the document what a client may rely on in the answers: every property of a response body is always there
 * (Jackson writes nulls; the services set no other inclusion), and it is {@code null} only where the Java view marks
 * it {@link Nullable}. SmallRye leaves both unsaid, so a generated client would make every field optional and never
 * null, which is wrong both ways.
 *
 * <p>It starts from the Java return types of the operations, follows their components (lists, pages, nested views)
 * and edits each view's schema, found by its {@code @Schema(name)} or simple name as SmallRye names it. A nullable
 * property becomes {@code type: [T, "null"]}, or {@code anyOf: [{$ref}, {type: "null"}]} where it names another
 * schema. A class with a {@link JsonInclude} other than {@code ALWAYS} (the problem body) leaves out what it lacks,
 * so its properties are not all required. The system tests' authorization matrix checks every answer it gets
 * against the merged document, so a view that sends a null this class did not document fails there.
 */
public final class ResponseShapes {

    private final Components components;
    private final Set<Class<?>> visited = new HashSet<>();

    private ResponseShapes(Components components) {
        this.components = components;
    }

    /** Edits the schemas of everything the given return types can answer. */
    public static void describe(Components components, List<Type> returned) {
        if (components == null || components.getSchemas() == null) {
            return;
        }
        ResponseShapes shapes = new ResponseShapes(components);
        returned.forEach(type -> shapes.follow(type, null));
    }

    /** Edits the schemas of everything the resources' HTTP methods answer (for a document without operation ids). */
    public static void describeResources(Components components, Class<?>... resources) {
        List<Type> returned = new ArrayList<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getMethods()) {
                // @GET, @POST…: annotations meta-annotated with jakarta.ws.rs.HttpMethod (named, not linked, here)
                boolean http = java.util.Arrays.stream(method.getAnnotations())
                        .flatMap(a -> java.util.Arrays.stream(a.annotationType().getAnnotations()))
                        .anyMatch(meta -> meta.annotationType().getName().equals("jakarta.ws.rs.HttpMethod"));
                if (http) {
                    returned.add(method.getGenericReturnType());
                }
            }
        }
        describe(components, returned);
    }

    /** Follows a Java type to the views it holds; {@code name} is the schema's name where a generic type fixes it. */
    private void follow(Type type, String name) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw.getName().equals("org.jboss.resteasy.reactive.RestResponse")) {
                // the answer's entity; the wrapper only carries status and headers
            } else if (arguments.length == 1 && arguments[0] instanceof Class<?> item && !named(raw)
                    && !raw.getName().startsWith("java.")) {
                // SmallRye names a page of CadreView "PageResultCadreView", after the classes
                view(raw, raw.getSimpleName() + item.getSimpleName());
            } else if (!raw.getName().startsWith("java.") && !raw.getName().startsWith("jakarta.")) {
                view(raw, name);
            }
            for (Type argument : arguments) {
                follow(argument, null);
            }
        } else if (type instanceof GenericArrayType array) {
            follow(array.getGenericComponentType(), null);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                follow(bound, null);
            }
        } else if (type instanceof Class<?> plain) {
            if (plain.isArray()) {
                follow(plain.getComponentType(), null);
            } else if (!plain.isPrimitive() && !plain.isEnum() && !plain.getName().startsWith("java.")
                    && !plain.getName().startsWith("jakarta.") && !plain.isInterface()) {
                view(plain, name);
            }
        }
    }

    private void view(Class<?> type, String knownName) {
        if (knownName == null && !visited.add(type)) {
            return;
        }
        Map<String, Property> properties = properties(type);
        Schema schema = components.getSchemas().get(knownName != null ? knownName : schemaName(type));
        if (schema != null && schema.getProperties() != null) {
            if (alwaysIncluded(type)) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
            for (var entry : schema.getProperties().entrySet()) {
                Property property = properties.get(entry.getKey());
                if (property != null && property.nullable()) {
                    schema.addProperty(entry.getKey(), nullable(entry.getValue()));
                }
            }
        }
        if (knownName == null) {
            properties.values().forEach(property -> follow(property.type(), null));
        }
    }

    private record Property(Type type, boolean nullable) {
    }

    /** The class's JSON properties by name: record components, getters and {@code @JsonProperty} methods. */
    private static Map<String, Property> properties(Class<?> type) {
        Map<String, Property> properties = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                properties.put(jsonName(component.getName(), component, accessor),
                        new Property(component.getGenericType(), marked(component, accessor)));
            }
        }
        for (Method method : type.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() > 0
                    || method.getDeclaringClass() == Object.class || method.getReturnType() == void.class) {
                continue;
            }
            String bean = beanName(method);
            if (method.isAnnotationPresent(JsonProperty.class) || (bean != null && !type.isRecord())) {
                Field field = field(type, bean != null ? bean : method.getName());
                properties.putIfAbsent(jsonName(bean != null ? bean : method.getName(), method, field),
                        new Property(method.getGenericReturnType(), marked(method, field)));
            }
        }
        for (Field field : type.getFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                properties.putIfAbsent(jsonName(field.getName(), field), new Property(field.getGenericType(),
                        marked(field)));
            }
        }
        return properties;
    }

    private static String beanName(Method method) {
        String name = method.getName();
        if (name.startsWith("get") && name.length() > 3) {
            return Character.toLowerCase(name.charAt(3)) + name.substring(4);
        }
        if (name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
            return Character.toLowerCase(name.charAt(2)) + name.substring(3);
        }
        return null;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // a superclass may declare it
            }
        }
        return null;
    }

    private static String jsonName(String name, AnnotatedElement... elements) {
        for (AnnotatedElement element : elements) {
            JsonProperty property = element == null ? null : element.getAnnotation(JsonProperty.class);
            if (property != null && !property.value().isEmpty()) {
                return property.value();
            }
        }
        return name;
    }

    private static boolean marked(AnnotatedElement... elements) {
        for (AnnotatedElement element : elements) {
            if (element != null && element.isAnnotationPresent(Nullable.class)) {
                return true;
            }
        }
        return false;
    }

    private static boolean alwaysIncluded(Class<?> type) {
        JsonInclude include = type.getAnnotation(JsonInclude.class);
        return include == null || include.value() == JsonInclude.Include.ALWAYS
                || include.value() == JsonInclude.Include.USE_DEFAULTS;
    }

    private static boolean named(Class<?> type) {
        var named = type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return named != null && !named.name().isEmpty();
    }

    private static String schemaName(Class<?> type) {
        var named = type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return named != null && !named.name().isEmpty() ? named.name() : type.getSimpleName();
    }

    /** The property's schema, admitting null as well. */
    static Schema nullable(Schema property) {
        if (property.getRef() == null && property.getType() != null && !property.getType().isEmpty()) {
            if (!property.getType().contains(Schema.SchemaType.NULL)) {
                property.addType(Schema.SchemaType.NULL);
            }
            return property;
        }
        if (property.getRef() == null && property.getAllOf() == null && property.getOneOf() == null
                && property.getAnyOf() == null) {
            return property; // any value, null included
        }
        if (property.getAnyOf() != null && property.getAnyOf().stream()
                .anyMatch(s -> s.getType() != null && s.getType().contains(Schema.SchemaType.NULL))) {
            return property;
        }
        Schema inner = OASFactory.createSchema();
        if (property.getRef() != null) {
            inner.setRef(property.getRef());
        } else {
            inner.setAllOf(property.getAllOf());
            inner.setOneOf(property.getOneOf());
            inner.setAnyOf(property.getAnyOf());
        }
        Schema wrapped = OASFactory.createSchema()
                .anyOf(List.of(inner, OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
        wrapped.setDescription(property.getDescription());
        wrapped.setDeprecated(property.getDeprecated());
        wrapped.setTitle(property.getTitle());
        return wrapped;
    }
}
