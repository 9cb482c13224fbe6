package org.benling.otherfixture;

import org.benling.fixture.domain.FixtureEntity;

/** Another module using a class of the first: services talk by events and REST only. */
public class OtherModule {

    public Object borrowed() {
        return new FixtureEntity();
    }
}
