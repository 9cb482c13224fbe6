package org.benling.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** A page request is refused (400) rather than overflowing into a 500. */
class PageQueryTest {

    static final Map<String, String> SORTABLE = Map.of("name", "c.name");

    @Test
    void aPageBeyondWhatAnOffsetCanHoldIsRefusedNamingThePage() {
        ProblemException e = assertThrows(ProblemException.class, () -> PageQuery.of(10_737_419, 200, null, SORTABLE, "name"));
        assertEquals(400, e.status());
        assertEquals("page", e.violations().get(0).field());
        assertEquals(10_737_417 * 200L, (long) PageQuery.of(10_737_417, 200, null, SORTABLE, "name").page() * 200);
    }

    @Test
    void sizeAndSortAreBounded() {
        assertThrows(ProblemException.class, () -> PageQuery.of(0, 201, null, SORTABLE, "name"));
        assertThrows(ProblemException.class, () -> PageQuery.of(-1, 20, null, SORTABLE, "name"));
        assertThrows(ProblemException.class, () -> PageQuery.of(0, 20, "password", SORTABLE, "name"));
    }
}
