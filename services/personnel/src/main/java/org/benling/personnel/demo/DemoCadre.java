package org.benling.personnel.demo;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.benling.contracts.personnel.CadreCategory;
import org.benling.contracts.personnel.Education;
import org.benling.contracts.personnel.Gender;
import org.benling.contracts.personnel.PoliticalStatus;
import org.benling.contracts.personnel.RankLevel;

/**
 * One fictional cadre of the demo roster. The categories are kept as an unmodifiable {@link EnumSet} so that their
 * iteration order is stable.
 */
public record DemoCadre(String employeeNumber, String name, Gender gender, LocalDate birthDate,
        String unitCode, String positionTitle, RankLevel rankLevel, LocalDate postSince,
        LocalDate rankSince, Set<CadreCategory> categories, PoliticalStatus politicalStatus,
        Education education, LocalDate joinedWorkOn) {

    public DemoCadre {
        Objects.requireNonNull(employeeNumber, "employeeNumber");
        Objects.requireNonNull(categories, "categories");
        EnumSet<CadreCategory> copy = EnumSet.noneOf(CadreCategory.class);
        copy.addAll(categories);
        categories = Collections.unmodifiableSet(copy);
    }
}
