package org.benling.platform.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The dead letters of this service's consumers, for administrators: each service with consumers serves it under its
 * own prefix, {@code /api/<service>/dead-letters}, by a subclass that names the path (a path template for the service
 * would lose to the service's own literal prefixes in the router); {@code ./benling dlq} calls it. See
 * {@link DeadLetters}.
 */
@RolesAllowed(Roles.ADMIN)
public abstract class DeadLetterResource {

    @Inject DeadLetters deadLetters;
    @Inject Caller caller;

    /** What Kafka allows in a topic's name (a position outside it names no record; the replay log keeps names as text). */
    static final String TOPIC = "[a-zA-Z0-9._-]+";
    static final String TOPIC_RULE = "a topic name: letters, digits, '.', '_' and '-' / 主题名只含字母、数字、'.'、'_'、'-'";

    @Schema(name = "ReplayPosition", description = "要重放的死信位置 / Where a dead-lettered record to replay is")
    public record Position(@NotBlank @Size(max = 249) @Pattern(regexp = TOPIC, message = TOPIC_RULE) String topic,
            @Min(0) int partition, @Min(0) long offset) {
    }

    @Schema(description = "重放请求 / Records to replay: by position, or every dead letter of a topic")
    public record ReplayRequest(@Size(max = 249) @Pattern(regexp = TOPIC, message = TOPIC_RULE) String topic, @Valid @Size(max = 500) List<@NotNull @Valid Position> records) {
    }

    @GET
    @Operation(summary = "死信列表 / Dead letters of this service's consumers",
            description = "最新在前；每个死信主题读取最近的记录（benling.dead-letters.scan，默认 5000 条/分区）。"
                    + " / Newest first; the latest records of each dead-letter topic are read (benling.dead-letters.scan,"
                    + " 5,000 per partition by default).")
    public PageResult<DeadLetters.Entry> list(@QueryParam("topic") String topic, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
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
    public List<DeadLetters.Replayed> replay(@NotNull @Valid ReplayRequest request) {
        if (request.records() != null && !request.records().isEmpty()) {
            return deadLetters.replay(request.records().stream()
                    .map(p -> new DeadLetters.Position(p.topic(), p.partition(), p.offset())).toList(), caller.name());
        }
        if (request.topic() != null && !request.topic().isBlank()) {
            return deadLetters.replayAll(topicOf(request.topic()).orElseThrow(), caller.name());
        }
        throw ProblemException.invalidField("records", "name the records to replay, or a topic / 请指定要重放的记录或主题");
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
