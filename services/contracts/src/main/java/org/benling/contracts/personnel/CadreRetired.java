package org.benling.contracts.personnel;

import java.time.LocalDate;

/** A cadre retired (退休) and leaves the active roster. Key: cadre id. */
public record CadreRetired(CadreProfile cadre, LocalDate retiredOn) {
}
