package org.benling.gateway.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.gateway.compose.OwnerCalls.Caller;
import org.benling.gateway.compose.OwnerCalls.OwnerAnswer;
import org.benling.gateway.config.GatewayConfig;
import org.benling.gateway.web.Problems;

/**
 * Composes a cadre's portfolio: every section is asked of its owner at once, with the caller's token, and waited for
 * until the composition deadline. The gateway decides nothing about what the caller may see — each owner answers
 * for its own section exactly as it would to the caller directly — except that the portfolio exists only where the
 * cadre's own record does: personnel's 404 (outside the caller's scope) or 403 is the portfolio's.
 *
 * <p>When personnel is down the other owners still enforce their own scopes, so their sections are answered; only a
 * portfolio in which no owner answered anything is refused (503), as nothing would confirm the cadre is the caller's.
 */
@ApplicationScoped
public class PortfolioComposer {

    @Inject OwnerCalls owners;
    @Inject GatewayConfig config;
    @Inject ObjectMapper json;

    public Uni<Portfolio> compose(UUID cadreId, Caller caller) {
        List<PortfolioSection> sections = Arrays.asList(PortfolioSection.values());
        List<Uni<OwnerAnswer>> calls = sections.stream()
                .map(s -> owners.get(s.service(), s.uri(cadreId), caller, config.compositionDeadline())).toList();
        return Uni.combine().all().unis(calls).with(OwnerAnswer.class, answers -> {
            Map<PortfolioSection, JsonNode> data = new EnumMap<>(PortfolioSection.class);
            List<Portfolio.Section> states = new ArrayList<>();
            for (int i = 0; i < sections.size(); i++) {
                PortfolioSection section = sections.get(i);
                OwnerAnswer answer = answers.get(i);
                if (section == PortfolioSection.CADRE && (answer.status() == 403 || answer.status() == 404)) {
                    throw new WebApplicationException(Response.status(answer.status()).type(Problems.MEDIA_TYPE)
                            .entity(answer.body().toString()).build());
                }
                SectionStatus status = status(answer);
                JsonNode body = status == SectionStatus.AVAILABLE ? parse(answer) : null;
                if (body != null) {
                    data.put(section, body);
                } else if (status == SectionStatus.AVAILABLE) {
                    status = SectionStatus.UNAVAILABLE;
                    answer = OwnerAnswer.unavailable("an answer that is not JSON");
                }
                states.add(new Portfolio.Section(section, section.service(), status, detail(status, answer)));
            }
            if (data.isEmpty() && states.get(0).status() == SectionStatus.UNAVAILABLE) {
                throw new WebApplicationException(Response.status(503).header("Retry-After", "5").type(Problems.MEDIA_TYPE)
                        .entity(Problems.body(503, "service-unavailable", "Service unavailable",
                                "the personnel service is unavailable and no other owner answered; try again shortly",
                                "/api/cadres/" + cadreId + "/portfolio", caller.requestId()))
                        .build());
            }
            return Portfolio.of(cadreId, Instant.now(), states, data);
        });
    }

    private static SectionStatus status(OwnerAnswer answer) {
        return switch (answer.status()) {
            case 200 -> SectionStatus.AVAILABLE;
            case 403 -> SectionStatus.RESTRICTED;
            case 404 -> SectionStatus.NOT_FOUND;
            default -> SectionStatus.UNAVAILABLE;
        };
    }

    private static String detail(SectionStatus status, OwnerAnswer answer) {
        return switch (status) {
            case AVAILABLE -> null;
            case RESTRICTED -> "无权查看 / not for this caller";
            case NOT_FOUND -> "暂无记录 / nothing recorded";
            case UNAVAILABLE -> answer.answered() ? "服务返回 " + answer.status() + " / the service answered " + answer.status()
                    : "服务暂不可用 / the service is unavailable (" + answer.failure() + ")";
        };
    }

    /** The owner's JSON, or null when its 200 was not JSON (the section then counts as unavailable). */
    private JsonNode parse(OwnerAnswer answer) {
        try {
            return json.readTree(answer.body().getBytes());
        } catch (IOException e) {
            return null;
        }
    }
}
