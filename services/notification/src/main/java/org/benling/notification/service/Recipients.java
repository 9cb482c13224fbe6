package org.benling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.security.Caller;
import org.benling.platform.security.ReadScope;
import org.benling.platform.security.UnitScope;

/**
 * What is addressed to a reader, as a clause of the list queries: items for the reader's own cadre record, and items
 * for a role the reader holds about a unit within their reach (HR its subtree, leaders and administrators every unit,
 * a cadre none).
 */
@ApplicationScoped
public class Recipients {

    @Inject Caller caller;
    @Inject UnitScope scope;

    /** The request's caller as a reader. */
    public Reader caller() {
        return new Reader(caller.name(), caller.cadreId().orElse(null), caller.roles(), scope.readScope());
    }

    /** Limits {@code filter} to the rows (of the table aliased {@code alias}) addressed to the caller. */
    public NativeFilter addressedToCaller(NativeFilter filter, String alias) {
        return addressedTo(caller(), filter, alias);
    }

    /** Limits {@code filter} to the rows (of the table aliased {@code alias}) addressed to {@code reader}. */
    public NativeFilter addressedTo(Reader reader, NativeFilter filter, String alias) {
        List<String> ways = new ArrayList<>();
        if (reader.cadreId() != null) {
            ways.add(alias + ".audience_cadre_id = :recipientCadre");
            filter.bind("recipientCadre", reader.cadreId());
        }
        List<String> roles = List.copyOf(reader.roles());
        if (!roles.isEmpty() && reader.reach() instanceof ReadScope.Everything) {
            ways.add(alias + ".audience_role IN (:recipientRoles)");
            filter.bind("recipientRoles", roles);
        } else if (!roles.isEmpty() && reader.reach() instanceof ReadScope.Subtree subtree) {
            ways.add("(" + alias + ".audience_role IN (:recipientRoles) AND " + alias
                    + ".audience_unit_path LIKE :recipientReach)");
            filter.bind("recipientRoles", roles);
            filter.bind("recipientReach", subtree.pathPrefix() + "%");
        }
        return filter.andIf(true, ways.isEmpty() ? "FALSE" : "(" + String.join(" OR ", ways) + ")");
    }
}
