package org.benling.personnel.service;

import java.util.UUID;
import org.benling.contracts.personnel.CadreCategory;
import org.benling.contracts.personnel.RankLevel;
import org.benling.personnel.domain.Cadre;

/**
 * Filters of a cadre search. {@code text} matches part of the name (部分姓名) or the employee number;
 * {@code unitId} includes its whole subtree; {@code status} null means both active and retired.
 */
public record CadreQuery(String text, UUID unitId, RankLevel rank, CadreCategory category, Cadre.Status status) {
}
