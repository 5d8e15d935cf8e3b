import { type RecordCompleteness } from "../types/unified.types.js";
import { regionOfRecord, type RecordJson } from "./representation.js";

/**
 * A region that holds data (the locator points to it) but sent no record content did not answer:
 * the gateway passes `null` for what it could not fetch.
 */
export function completenessOf(records: RecordJson[]): RecordCompleteness {
  const answered = (record: RecordJson) => record.lastUpdated !== null && record.lastUpdated !== undefined;
  const unavailableRegions = records.filter((r) => !answered(r)).map(regionOfRecord);
  return {
    complete: unavailableRegions.length === 0,
    includedRegions: records.filter(answered).map(regionOfRecord),
    unavailableRegions,
  };
}
