/**
 * The `If-Match` header of a change to a resource read at `version`: the entity tag the resource's GET answered
 * (`ETag: "3"`), a quoted strong tag. The server refuses a tag that is no longer current with 412
 * `precondition-failed` (shown like a stale body version), and where `benling.api.if-match-required` is on, a change
 * without one with 428. Every operation that declares the header passes it through this one helper:
 * `scripts/check-api.mjs` (`npm run check:api`) fails on a call site that does not.
 */
export function ifMatch(version: number): { 'If-Match': string } {
  return { 'If-Match': `"${version}"` };
}
