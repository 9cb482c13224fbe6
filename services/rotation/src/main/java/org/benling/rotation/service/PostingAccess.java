package org.benling.rotation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.Roles;
import org.benling.platform.security.UnitScope;
import org.benling.rotation.domain.Posting;
import org.benling.rotation.domain.rules.PostingWorkflow.Command;

/**
 * Who may see a posting and who may give it which command: leaders and admins read all, HR and inspectors their
 * units' cadres, a cadre their own; HR of the cadre's unit manages it, a leader approves it.
 */
@ApplicationScoped
public class PostingAccess {

    @Inject UnitScope scope;
    @Inject Caller caller;

    /** A posting the caller may read, else 404 (one out of scope is not admitted to exist). */
    public Posting readable(UUID id) {
        Posting p = Posting.findById(id);
        if (p == null || !scope.mayReadCadre(p.cadreId, p.homeUnitId)) {
            throw ProblemException.notFound("Posting", id);
        }
        return p;
    }

    /** A posting the caller manages (HR of the cadre's unit), else 404 or 403. */
    public Posting writable(UUID id) {
        Posting p = readable(id);
        if (!mayManage(p)) {
            throw ProblemException.forbidden("HR of the cadre's unit manages the posting");
        }
        return p;
    }

    /** Whether the caller may give the command (the workflow decides whether it is allowed now). */
    public boolean mayCommand(Posting p, Command command) {
        return may(command, () -> mayManage(p));
    }

    /**
     * {@link #mayCommand} for a posting whose home unit's path the caller already read (a list row), so that a page
     * of the list asks the database nothing more per row.
     */
    public boolean mayCommandAt(String homeUnitPath, Command command) {
        return may(command, () -> scope.mayWriteAt(homeUnitPath));
    }

    private boolean may(Command command, java.util.function.BooleanSupplier manages) {
        return switch (command) {
            case APPROVE -> isLeader();
            case START, COMPLETE -> manages.getAsBoolean();
            case CANCEL -> manages.getAsBoolean() || caller.hasRole(Roles.LEADER);
        };
    }

    /** Refuses the command to a caller who may not give it. */
    public void requireCommand(Posting p, Command command) {
        if (!mayCommand(p, command)) {
            throw ProblemException.forbidden(switch (command) {
                case APPROVE -> "a leader approves postings / 由领导审批";
                case CANCEL -> "HR of the cadre's unit or a leader cancels a posting";
                case START, COMPLETE -> "HR of the cadre's unit manages the posting";
            });
        }
    }

    private boolean isLeader() {
        return caller.hasRole(Roles.LEADER) || caller.hasRole(Roles.ADMIN);
    }

    private boolean mayManage(Posting p) {
        return scope.mayWrite(p.homeUnitId);
    }
}
