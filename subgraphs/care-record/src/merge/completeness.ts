import { findRegion, Region } from "@scr/common";
import { type RecordCompleteness } from "../types/unified.types.js";
import { regionOfRecord, type RecordJson } from "./representation.js";

/**
 * Regions the locator points to but whose record did not arrive did not answer: the gateway leaves
 * out what it could not fetch (or passes it without content).
 */
export function completenessOf(records: RecordJson[], holding: Pick<Region, "code">[]): RecordCompleteness {
  const answered = records.filter((r) => r.lastUpdated !== null && r.lastUpdated !== undefined).map(regionOfRecord);
  const answeredCodes = new Set(answered.map((r) => r.code));
  const unavailableRegions = holding
    .filter((region) => !answeredCodes.has(region.code))
    .map((region) => {
      const info = findRegion(region.code);
      return info ? Region.from(info) : (region as Region);
    });
  return { complete: unavailableRegions.length === 0, includedRegions: answered, unavailableRegions };
}
