package org.benling.platform.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import org.benling.platform.web.RequestIds;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the caller (or {@code system} for scheduled and event-driven work). */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        revision.actor = currentActor();
        revision.requestId = RequestIds.current();
    }

    private static String currentActor() {
        try {
            InjectableInstance<CurrentIdentityAssociation> association =
                    Arc.container().select(CurrentIdentityAssociation.class);
            if (association.isResolvable() && Arc.container().requestContext().isActive()) {
                SecurityIdentity identity = association.get().getIdentity();
                if (identity != null && !identity.isAnonymous()) {
                    return identity.getPrincipal().getName();
                }
            }
        } catch (RuntimeException e) {
            // no request context (scheduler, consumer): fall through to "system"
        }
        return "system";
    }
}
