package org.benling.personnel.demo;

import org.benling.contracts.personnel.RankLevel;

/**
 * A post to be filled by one demo cadre.
 *
 * @param title      full Chinese position title, unit name included
 * @param rankLevel  rank that goes with the post
 * @param leadership whether it is a leadership post (领导职务) rather than a rank-only grade (职级)
 */
record Post(String title, RankLevel rankLevel, boolean leadership) {
}
