package org.benling.platform.personnel;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.benling.platform.security.UnitDirectory;

/** The unit tree of a service that is not personnel: its read model of UnitChanged events. */
@ApplicationScoped
@IfBuildProperty(name = "benling.personnel-read-model.enabled", stringValue = "true")
public class ReadModelUnitDirectory implements UnitDirectory {

    @Inject EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public Optional<String> pathOf(UUID unitId) {
        List<String> paths = em.createNativeQuery("SELECT path FROM unit_view WHERE id = :id")
                .setParameter("id", unitId).getResultList();
        return paths.stream().findFirst();
    }
}
