package org.benling.gateway.compose;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.gateway.compose.OwnerCalls.Caller;
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
    @Inject java.time.Clock clock;

    public Uni<Portfolio> compose(UUID cadreId, Caller caller) {
        List<PortfolioSection> sections = Arrays.asList(PortfolioSection.values());
        // the cadre's own record decides whether there is a portfolio at all: its refusal is passed on as it came
        Uni<OwnerCalls.OwnerAnswer> record = owners.get(PortfolioSection.CADRE.service(), PortfolioSection.CADRE.uri(cadreId),
                caller, owners.deadline());
        List<Uni<OwnerCalls.Section>> others = sections.stream().skip(1)
                .map(s -> owners.section(s.service(), s.uri(cadreId), caller)).toList();
        return Uni.combine().all().unis(record, Uni.join().all(others).andFailFast()).asTuple().map(answers -> {
            OwnerCalls.OwnerAnswer cadre = answers.getItem1();
            if (cadre.status() == 403 || cadre.status() == 404) {
                throw new WebApplicationException(Response.status(cadre.status()).type(Problems.MEDIA_TYPE)
                        .entity(cadre.body().toString()).build());
            }
            List<OwnerCalls.Section> answered = new ArrayList<>();
            answered.add(owners.asSection(cadre));
            answered.addAll(answers.getItem2());
            Map<PortfolioSection, JsonNode> data = new EnumMap<>(PortfolioSection.class);
            List<Portfolio.Section> states = new ArrayList<>();
            for (int i = 0; i < sections.size(); i++) {
                OwnerCalls.Section section = answered.get(i);
                if (section.data() != null) {
                    data.put(sections.get(i), section.data());
                }
                states.add(new Portfolio.Section(sections.get(i), sections.get(i).service(), section.status(), section.detail()));
            }
            if (data.isEmpty() && states.get(0).status() == SectionStatus.UNAVAILABLE) {
                throw new WebApplicationException(Response.status(503).header("Retry-After", "5").type(Problems.MEDIA_TYPE)
                        .entity(Problems.body(503, "service-unavailable", "Service unavailable",
                                "the personnel service is unavailable and no other owner answered; try again shortly",
                                "/api/cadres/" + cadreId + "/portfolio", caller.requestId()))
                        .build());
            }
            return Portfolio.of(cadreId, Instant.now(clock), states, data);
        });
    }
}
