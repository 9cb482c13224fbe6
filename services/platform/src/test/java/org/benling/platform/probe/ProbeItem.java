package org.benling.platform.probe;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A test-only versioned entity (the probe_item rows) for If-Match. */
@Entity
@Table(name = "probe_item")
public class ProbeItem {

    @Id
    public Long id;

    public String code;

    @Version
    public long version;
}
