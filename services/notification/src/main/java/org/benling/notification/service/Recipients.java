package org.benling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.security.Caller;
import org.benling.platform.security.ReadScope;
import org.benling.platform.security.UnitScope;

/**
 * What is addressed to the caller, as a clause of the list queries: items for the caller's own cadre record, and
 * items for a role the caller holds about a unit within the caller's reach (HR its subtree, leaders and
 * administrators every unit, a cadre none).
 */
@ApplicationScoped
public class Recipients {

    @Inject Caller caller;
    @Inject UnitScope scope;

    /** Limits {@code filter} to the rows (of the table aliased {@code alias}) addressed to the caller. */
    public NativeFilter addressedToCaller(NativeFilter filter, String alias) {
        List<String> ways = new ArrayList<>();
        UUID me = caller.cadreId().orElse(null);
        if (me != null) {
            ways.add(alias + ".audience_cadre_id = :recipientCadre");
            filter.bind("recipientCadre", me);
        }
        ReadScope reach = scope.readScope();
        List<String> roles = List.copyOf(caller.roles());
        if (!roles.isEmpty() && reach instanceof ReadScope.Everything) {
            ways.add(alias + ".audience_role IN (:recipientRoles)");
            filter.bind("recipientRoles", roles);
        } else if (!roles.isEmpty() && reach instanceof ReadScope.Subtree subtree) {
            ways.add("(" + alias + ".audience_role IN (:recipientRoles) AND " + alias
                    + ".audience_unit_path LIKE :recipientReach)");
            filter.bind("recipientRoles", roles);
            filter.bind("recipientReach", subtree.pathPrefix() + "%");
        }
        return filter.andIf(true, ways.isEmpty() ? "FALSE" : "(" + String.join(" OR ", ways) + ")");
    }
}
