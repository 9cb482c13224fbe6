package org.benling.platform.probe;

import org.benling.contracts.events.EventType;

/** A test-only event: {@code seq} orders the events of one key. */
public record Probe(String key, int seq, String note) {

    public static final EventType<Probe> ON_PROBE_TOPIC =
            new EventType<>("org.benling.platformtest.Probe.v1", "platform.probe", Probe.class, "none");
    public static final EventType<Probe> ON_RELAY_TOPIC =
            new EventType<>("org.benling.platformtest.Probe.v1", "platform.relay", Probe.class, "none");
    public static final String SOURCE = "/benling/platform-test";
}
