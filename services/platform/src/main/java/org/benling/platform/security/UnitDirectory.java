package org.benling.platform.security;

import java.util.Optional;
import java.util.UUID;

/**
 * The unit tree as a service knows it: the personnel service from its own units table, the others from the
 * read model they keep of {@code UnitChanged} events. A path is {@code /<root id>/…/<unit id>/}.
 */
public interface UnitDirectory {

    Optional<String> pathOf(UUID unitId);
}
