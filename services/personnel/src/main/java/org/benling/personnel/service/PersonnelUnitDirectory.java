package org.benling.personnel.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.benling.platform.security.UnitDirectory;

/** Personnel owns the unit tree, so unit scope reads its own table. */
@ApplicationScoped
public class PersonnelUnitDirectory implements UnitDirectory {

    @Inject EntityManager em;

    @Override
    public Optional<String> pathOf(UUID unitId) {
        List<String> paths = em.createQuery("select u.path from Unit u where u.id = :id", String.class)
                .setParameter("id", unitId).getResultList();
        return paths.stream().findFirst();
    }
}
