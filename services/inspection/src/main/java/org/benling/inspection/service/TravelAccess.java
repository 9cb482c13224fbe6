package org.benling.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.benling.inspection.domain.Passport;
import org.benling.inspection.domain.Trip;
import org.benling.inspection.domain.rules.TripWorkflow.Command;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.ReadScope;
import org.benling.platform.security.Roles;
import org.benling.platform.security.UnitScope;

/**
 * Who may do what with passports and trips abroad: the HR office of the cadre's unit (or above) holds the passports,
 * registers, issues and receives them; the cadre asks for their own trips and withdraws them; leaders approve or
 * refuse; HR, inspectors in their subtree, leaders and administrators read, the cadre their own.
 */
@ApplicationScoped
public class TravelAccess {

    @Inject Caller caller;
    @Inject UnitScope scope;

    public ReadScope readScope() {
        return scope.readScope();
    }

    public Passport readablePassport(UUID id) {
        Passport p = Passport.findById(id);
        if (p == null || !scope.mayReadCadre(p.cadreId, p.unitId)) {
            throw ProblemException.notFound("Passport", id);
        }
        return p;
    }

    /** A passport the caller's HR office holds (404 outside the reading scope, 403 when only readable). */
    public Passport heldPassport(UUID id) {
        Passport p = readablePassport(id);
        if (!scope.mayWrite(p.unitId)) {
            throw ProblemException.forbidden("only the HR office holding the passport handles it / 仅保管单位人事部门可办理");
        }
        return p;
    }

    public Trip readableTrip(UUID id) {
        Trip t = Trip.findById(id);
        if (t == null || !scope.mayReadCadre(t.cadreId, t.unitId)) {
            throw ProblemException.notFound("Trip", id);
        }
        return t;
    }

    /** The trip, if the caller may give this command (403 otherwise; the workflow's own refusal comes after). */
    public Trip tripFor(UUID id, Command command) {
        Trip t = readableTrip(id);
        if (!mayGive(t, command)) {
            throw ProblemException.forbidden("you may not " + command.name().toLowerCase().replace('_', ' ')
                    + " this trip / 无权执行该操作");
        }
        return t;
    }

    /** Who may give the command, whatever the trip's status. */
    public boolean mayGive(Trip t, Command command) {
        return switch (command) {
            case APPROVE, REFUSE -> caller.hasRole(Roles.LEADER) || caller.hasRole(Roles.ADMIN);
            case CANCEL -> caller.is(t.cadreId) || scope.mayWrite(t.unitId);
            case ISSUE_PASSPORT, RETURN_PASSPORT -> scope.mayWrite(t.unitId);
        };
    }

    /** What the caller may do with the trip now: permitted to them and allowed by the workflow. */
    public Set<Command> actions(Trip t) {
        Set<Command> actions = EnumSet.noneOf(Command.class);
        for (Command c : Command.values()) {
            if (t.allows(c) && mayGive(t, c)) {
                actions.add(c);
            }
        }
        return actions;
    }
}
