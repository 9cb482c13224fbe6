package org.benling.platform.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.benling.platform.problem.ProblemException;

/** Test-only use cases on probe items, transactional as the services' are; none flushes by hand. */
@ApplicationScoped
public class ProbeItems {

    @Inject EntityManager em;

    @Transactional
    public ProbeItem rename(long id, String code, boolean refuse) {
        ProbeItem item = found(id);
        if (refuse) {
            throw ProblemException.conflict("probe-refused", "the probe refuses this command");
        }
        item.code = code;
        return item;
    }

    public ProbeItem found(long id) {
        ProbeItem item = em.find(ProbeItem.class, id);
        if (item == null) {
            throw ProblemException.notFound("Item", id);
        }
        return item;
    }
}
