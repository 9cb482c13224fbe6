package org.benling.contracts.rotation;

import java.util.UUID;

/** A posting was cancelled before it started (proposed or approved); nothing more waits on it. Key: cadre id. */
public record PostingCancelled(UUID postingId, UUID cadreId, UUID homeUnitId) {
}
