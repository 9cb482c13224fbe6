package org.benling.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A violation names the field as the client sent it")
class ViolationFieldTest {

    public record Member(@NotBlank String name) {
    }

    public record Income(@PositiveOrZero int salary) {
    }

    public record Request(@NotNull List<@Valid Member> family, @NotNull List<@NotNull UUID> unitIds, @Valid Income income) {
    }

    public static class Resource {
        public void create(@Valid Request request) {
        }
    }

    @Test
    @DisplayName("family[1].name, unitIds[0] and income.salary: the index on the list, the request's name left out")
    void anElementsFieldCarriesItsListsIndex() throws Exception {
        Method create = Resource.class.getMethod("create", Request.class);
        Request request = new Request(List.of(new Member("林红"), new Member(" ")), java.util.Arrays.asList((UUID) null),
                new Income(-1));
        Set<ConstraintViolation<Resource>> violations;
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            violations = factory.getValidator().forExecutables().validateParameters(new Resource(), create,
                    new Object[] {request});
        }
        Set<String> fields = new TreeSet<>();
        violations.forEach(v -> fields.add(ProblemMappers.fieldOf(v)));
        assertEquals(Set.of("family[1].name", "unitIds[0]", "income.salary"), fields);
    }
}
