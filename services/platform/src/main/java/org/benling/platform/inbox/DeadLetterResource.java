package org.benling.platform.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.Roles;
import org.benling.platform.web.PageQuery;
import org.benling.platform.web.PageResult;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The dead letters of this service's consumers, for administrators: {@code /api/<service>/dead-letters} (the gateway
 * routes it with the service's prefix; {@code ./benling dlq} calls it). See {@link DeadLetters}.
 */
@Path("/api/{service}/dead-letters")
@RolesAllowed(Roles.ADMIN)
public class DeadLetterResource {

    @Inject
    DeadLetters deadLetters;

    @Inject
    Caller caller;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    @Schema(description = "死信位置 / Where a dead-lettered record is")
    public record Position(@NotBlank @Size(max = 249) String topic, @Min(0) int partition, @Min(0) long offset) {
    }

    @Schema(description = "重放请求 / Records to replay: by position, or every dead letter of a topic")
    public record ReplayRequest(@Size(max = 249) String topic, @Valid @Size(max = 500) List<@NotNull @Valid Position> records) {
    }

    @GET
    @Operation(summary = "死信列表 / Dead letters of this service's consumers",
            description = "最新在前；每个死信主题读取最近的记录（benling.dead-letters.scan，默认 5000 条/分区）。"
                    + " / Newest first; the latest records of each dead-letter topic are read (benling.dead-letters.scan,"
                    + " 5,000 per partition by default).")
    public PageResult<DeadLetters.Entry> list(@PathParam("service") String service, @QueryParam("topic") String topic,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        requireThisService(service);
        PageQuery query = PageQuery.of(page, size, null, Map.of("deadLetteredAt", "deadLetteredAt"), "deadLetteredAt,desc");
        List<DeadLetters.Entry> all = deadLetters.list(topicOf(topic));
        int from = Math.min(all.size(), query.page() * query.size());
        return PageResult.of(all.subList(from, Math.min(all.size(), from + query.size())), query, all.size());
    }

    @POST
    @Path("/replay")
    @Operation(summary = "重放死信 / Replay dead letters after a fix",
            description = "按位置重放，或省略 records 重放该主题尚未重放成功的全部死信；已应用过的事件不会重复应用（DUPLICATE）。"
                    + " / By position, or, when records is omitted, every dead letter of the topic no replay has applied yet;"
                    + " an event applied before is not applied again (DUPLICATE).")
    public List<DeadLetters.Replayed> replay(@PathParam("service") String service, @NotNull @Valid ReplayRequest request) {
        requireThisService(service);
        List<DeadLetters.Position> positions;
        if (request.records() != null && !request.records().isEmpty()) {
            positions = request.records().stream().map(p -> new DeadLetters.Position(p.topic(), p.partition(), p.offset())).toList();
        } else if (request.topic() != null && !request.topic().isBlank()) {
            // oldest first, and not those a replay applied already
            List<DeadLetters.Entry> entries = new java.util.ArrayList<>(deadLetters.list(topicOf(request.topic())));
            java.util.Collections.reverse(entries);
            positions = entries.stream().filter(e -> e.lastReplay() == null || e.lastReplay().equals("REFUSED"))
                    .map(e -> new DeadLetters.Position(e.topic(), e.partition(), e.offset())).toList();
        } else {
            throw ProblemException.invalidField("records", "name the records to replay, or a topic / 请指定要重放的记录或主题");
        }
        return deadLetters.replay(positions, caller.name());
    }

    private void requireThisService(String service) {
        if (!application.equals(service)) {
            throw ProblemException.notFound("Service", service);
        }
    }

    private Optional<String> topicOf(String topic) {
        if (topic == null || topic.isBlank()) {
            return Optional.empty();
        }
        if (!deadLetters.topics().contains(topic)) {
            throw ProblemException.invalidField("topic", "not a dead-letter topic of this service; its topics: "
                    + String.join(", ", deadLetters.topics()));
        }
        return Optional.of(topic);
    }
}
