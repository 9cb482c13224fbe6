import type { Capability, CapabilityProfile, ProfileCapability } from '../api/types';
import { CAPABILITIES } from './enums';

/** A cadre's capability profile (能力画像) read in the order of the eight capabilities, whatever order the API sent. */

export function profileRows(profile: CapabilityProfile): ProfileCapability[] {
  const byCapability = new Map((profile.capabilities ?? []).map((row) => [row.capability, row]));
  return CAPABILITIES.flatMap((capability) => byCapability.get(capability) ?? []);
}

/** The radar's two series: the cadre's scores and the peers' medians, one value per capability (null where none). */
export function radarValues(profile: CapabilityProfile): { scores: (number | null)[]; peerMedians: (number | null)[] } {
  const byCapability = new Map((profile.capabilities ?? []).map((row) => [row.capability, row]));
  return {
    scores: CAPABILITIES.map((capability) => byCapability.get(capability)?.score ?? null),
    peerMedians: CAPABILITIES.map((capability) => byCapability.get(capability)?.peerMedian ?? null),
  };
}

export interface HistoryRow {
  capability: Capability;
  /** The score kept for each cycle's year. */
  scores: Record<number, number | undefined>;
}

/** 历年得分: the years with a kept profile, oldest first, and per capability its score in each of them. */
export function scoreHistory(profile: CapabilityProfile): { years: number[]; rows: HistoryRow[] } {
  const history = [...(profile.history ?? [])].filter((entry) => entry.year != null).sort((a, b) => a.year! - b.year!);
  return {
    years: history.map((entry) => entry.year!),
    rows: CAPABILITIES.map((capability) => ({
      capability,
      scores: Object.fromEntries(history.map((entry) => [entry.year!, entry.scores?.[capability]])),
    })),
  };
}
