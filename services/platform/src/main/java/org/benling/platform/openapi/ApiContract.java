package org.benling.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.benling.contracts.openapi.ResponseShapes;
import org.benling.platform.audit.AuditEntry;
import org.benling.platform.idempotency.IdempotencyKeys;
import org.benling.platform.idempotency.Idempotent;
import org.benling.platform.idempotency.IdempotentRequests;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.preconditions.IfMatch;
import org.benling.platform.preconditions.Versioned;
import org.benling.platform.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Writes into every service's OpenAPI document, at build time, what the platform does to every operation, so the
 * document is the contract a client programs against (docs/api.md):
 * <ul>
 * <li>the errors each operation can answer, each a {@code Problem} ({@code application/problem+json}): 400 where it
 * takes input, 401 and 403 where it needs a role, 404 where its path or an {@code …Id} query parameter names a
 * resource, 409 and 422 where it
 * writes;</li>
 * <li>{@code Idempotency-Key} on {@link Idempotent} operations, with {@code Idempotent-Replayed} on their answers;</li>
 * <li>{@code If-Match} on {@link IfMatch} operations, with 412 and 428;</li>
 * <li>{@code ETag} on answers that are one resource's {@link Versioned} view.</li>
 * </ul>
 * It finds each operation's Java method by its id ({@code quarkus.smallrye-openapi.operation-id-strategy=
 * package-class-method}) and then names the operation {@code Class_method}, as the generated clients call it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiContract implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    /** The errors, with what each means here. */
    static final Map<String, String> ERRORS = errors();

    private static Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "请求无效，violations 列出每个字段 / Invalid request: each offending field in violations");
        errors.put("401", "未登录或令牌无效 / No or invalid bearer token");
        errors.put("403", "角色或单位范围不允许 / The role or unit scope does not allow it");
        errors.put("404", "不存在或不在你的范围内 / Does not exist or is outside your scope");
        errors.put("409", "状态不允许或已被他人修改 / The state does not allow it, or someone else changed it (stale)");
        errors.put("412", "If-Match 不是当前版本 / The If-Match tag is not the current version");
        errors.put("422", "业务规则不允许，或 Idempotency-Key 已用于其他请求 / A business rule refused it, or the"
                + " Idempotency-Key was used for another request");
        errors.put("428", "本部署要求 If-Match / This deployment requires If-Match");
        return errors;
    }

    /** What the operations answer, in Java: {@link ResponseShapes} describes it once every operation is seen. */
    private final List<Type> returned = new ArrayList<>();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        // the platform's own answer types are in every document (SmallRye lists their @Schema classes) whether or not
        // the service answers with them: described the same everywhere, so the gateway's merge finds no clash
        returned.add(AuditEntry.class);
        ResponseShapes.describe(openAPI.getComponents(), returned);
    }

    @Override
    public Operation filterOperation(Operation operation) {
        Optional<Method> found = javaMethod(operation.getOperationId());
        if (found.isEmpty()) {
            return operation;
        }
        Method method = found.get();
        returned.add(method.getGenericReturnType());
        APIResponseSchema declared = method.getAnnotation(APIResponseSchema.class);
        if (declared != null) {
            returned.add(declared.value());
        }
        for (var documented : method.getAnnotationsByType(
                org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
            for (var content : documented.responseCode().startsWith("2") ? documented.content()
                    : new org.eclipse.microprofile.openapi.annotations.media.Content[0]) {
                if (content.schema().implementation() != Void.class) {
                    returned.add(content.schema().implementation());
                }
            }
        }
        boolean writes = method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                || method.isAnnotationPresent(PATCH.class) || method.isAnnotationPresent(DELETE.class);
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        // a path names a resource, and so does a unitId or cadreId in the query: outside the caller's scope, 404
        boolean namesResource = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.PATH
                        || p.getIn() == Parameter.In.QUERY && p.getName() != null && p.getName().endsWith("Id"));
        boolean secured = !method.isAnnotationPresent(PermitAll.class)
                && !method.getDeclaringClass().isAnnotationPresent(PermitAll.class);
        boolean idempotent = method.isAnnotationPresent(Idempotent.class);
        boolean conditional = method.isAnnotationPresent(IfMatch.class);

        boolean declaresKey = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> IdempotentRequests.HEADER.equalsIgnoreCase(p.getName()));
        if (idempotent && !declaresKey) {
            operation.addParameter(OASFactory.createParameter().name(IdempotentRequests.HEADER).in(Parameter.In.HEADER)
                    .required(false)
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(IdempotencyKeys.MAX_LENGTH))
                    .description("重试时带相同的键，不会重复执行（保留 24 小时）/ Send the same key on a retry: the first"
                            + " answer comes back and nothing happens twice (kept 24 h)"));
        }
        if (conditional) {
            operation.addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER).required(false)
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                    .description("读取时的 ETag，如 \"3\"；不一致则 412 / The ETag you read, e.g. \"3\"; another version"
                            + " answers 412"));
        }
        pagingLimits(operation);
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        operation.setResponses(responses);
        for (var entry : responses.getAPIResponses() == null ? Map.<String, APIResponse>of().entrySet()
                : responses.getAPIResponses().entrySet()) {
            if (entry.getKey().startsWith("2")) {
                success(entry.getValue(), method, idempotent);
            }
        }
        error(responses, "400", takesInput || writes);
        error(responses, "401", secured);
        // a change open to anyone is still refused 403 by the gateway's CSRF check when a browser sends it without
        // the token (the ballot page's calls)
        error(responses, "403", secured || writes);
        error(responses, "404", namesResource);
        error(responses, "409", writes);
        error(responses, "412", conditional);
        error(responses, "422", writes);
        error(responses, "428", conditional);
        operation.setOperationId(method.getDeclaringClass().getSimpleName() + "_" + method.getName());
        return operation;
    }

    private static void success(APIResponse response, Method method, boolean idempotent) {
        if (Versioned.class.isAssignableFrom(method.getReturnType())) {
            response.addHeader("ETag", header("资源版本，更新时放入 If-Match / The resource's version, for If-Match"));
        }
        if (idempotent) {
            response.addHeader(IdempotentRequests.REPLAYED,
                    header("true：重放的首次应答 / true: the first answer to this Idempotency-Key, replayed"));
        }
    }

    /** The limits {@link PageQuery} holds a list's {@code page} and {@code size} to, in the parameters' schemas. */
    private static void pagingLimits(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() != Parameter.In.QUERY || parameter.getSchema() == null) {
                continue;
            }
            if ("page".equals(parameter.getName())) {
                parameter.getSchema().minimum(java.math.BigDecimal.ZERO);
            } else if ("size".equals(parameter.getName())) {
                parameter.getSchema().minimum(java.math.BigDecimal.ONE)
                        .maximum(java.math.BigDecimal.valueOf(PageQuery.MAX_SIZE));
            }
        }
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING));
    }

    /**
     * What Quarkus writes by itself: the 400 of a validated parameter, the 401 and 403 it adds to every operation
     * under {@code @RolesAllowed} (auto-add-security-requirement). These give way to the bilingual words.
     */
    private static final Set<String> FRAMEWORK_WORDS = Set.of("Bad Request", "Not Authorized", "Not Allowed");

    /** Documents the error with the problem schema; one the resource documented itself keeps its words. */
    private static void error(APIResponses responses, String status, boolean applies) {
        if (!applies) {
            return;
        }
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse();
            responses.addAPIResponse(status, response);
        }
        if (response.getDescription() == null || response.getDescription().isBlank()
                || FRAMEWORK_WORDS.contains(response.getDescription())) {
            response.setDescription(ERRORS.get(status));
        }
        if (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
        }
    }

    /** The Java method an operation id names ({@code package.Class_method}); none for another id. */
    static Optional<Method> javaMethod(String operationId) {
        if (operationId == null || operationId.indexOf('_') < 0) {
            return Optional.empty();
        }
        String type = operationId.substring(0, operationId.lastIndexOf('_'));
        String name = operationId.substring(operationId.lastIndexOf('_') + 1);
        try {
            Class<?> resource = Class.forName(type, false, Thread.currentThread().getContextClassLoader());
            return Arrays.stream(resource.getMethods()).filter(m -> m.getName().equals(name))
                    .filter(m -> m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class)
                            || m.isAnnotationPresent(PUT.class) || m.isAnnotationPresent(PATCH.class)
                            || m.isAnnotationPresent(DELETE.class))
                    .findFirst();
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }
}
