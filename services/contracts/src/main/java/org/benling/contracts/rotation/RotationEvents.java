package org.benling.contracts.rotation;

import java.util.List;
import org.benling.contracts.events.EventType;
import org.benling.contracts.events.Topics;

/** Events of the rotation service on {@link Topics#ROTATION_POSTINGS} (the ones other services consume so far). */
public final class RotationEvents {
    public static final String SOURCE = "/benling/rotation";

    public static final EventType<PostingApproved> POSTING_APPROVED = new EventType<>(
            "org.benling.rotation.PostingApproved.v1", Topics.ROTATION_POSTINGS, PostingApproved.class,
            "schemas/rotation/PostingApproved.v1.json");

    public static final List<EventType<?>> ALL = List.of(POSTING_APPROVED);

    private RotationEvents() {
    }
}
