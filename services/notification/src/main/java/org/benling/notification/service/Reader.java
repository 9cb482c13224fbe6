package org.benling.notification.service;

import java.util.Set;
import java.util.UUID;
import org.benling.platform.security.ReadScope;

/**
 * Who reads their to-dos and notifications: the user (their read marks and preferences), their cadre record, their
 * roles and their reach. Made from the request's caller, or, for a calendar feed read without a login, from the
 * user's account in the realm as it is now.
 */
public record Reader(String username, UUID cadreId, Set<String> roles, ReadScope reach) {

    public Reader {
        roles = Set.copyOf(roles);
    }
}
