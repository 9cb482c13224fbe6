package org.benling.contracts.personnel;

/** A cadre entered the registry (by hand or by roster import). Key: cadre id. */
public record CadreRegistered(CadreProfile cadre) {
}
