import { findRegion, regionCodeFromTypeName, Region } from "@scr/common";
import { type Source } from "../types/unified.types.js";

/** What the gateway hands over for `@requires`: JSON, so dates are ISO strings. */
export interface ProvenanceJson {
  custodian: string;
  sourceSystem: string;
  recordedAt: string;
  updatedAt: string;
  region: Region;
}

export interface ItemJson {
  id: string;
  provenance: ProvenanceJson;
  [field: string]: unknown;
}

export interface RecordJson {
  __typename: string;
  region?: Region | null;
  lastUpdated?: string | null;
  [section: string]: unknown;
}

export function sourceOf(item: ItemJson): Source {
  return {
    region: item.provenance.region,
    organisation: item.provenance.custodian,
    sourceSystem: item.provenance.sourceSystem,
    itemId: item.id,
    recordedAt: new Date(item.provenance.recordedAt),
    updatedAt: new Date(item.provenance.updatedAt),
  };
}

/** The region a record belongs to, even when the region failed and sent nothing. */
export function regionOfRecord(record: RecordJson): Region {
  if (record.region) return record.region;
  const code = regionCodeFromTypeName(record.__typename) ?? record.__typename;
  const info = findRegion(code);
  return info ? Region.from(info) : Object.assign(new Region(), { code, name: code, nhsRegion: "unknown", nhsRegionCode: "unknown" });
}

/** Items of one section from every region that answered. */
export function itemsOf<T extends ItemJson>(records: readonly RecordJson[] | null | undefined, section: string): T[] {
  return (records ?? []).flatMap((record) => (Array.isArray(record[section]) ? (record[section] as T[]) : []));
}

export const newestFirst = (a: string | Date, b: string | Date) => new Date(b).getTime() - new Date(a).getTime();
