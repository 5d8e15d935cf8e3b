import { Region, type Provenance, type RegionInfo, type Sensitivity } from "@scr/common";
import { type RegionalItemEntity } from "../entities/regional-item.entity.js";

export function provenanceOf(item: RegionalItemEntity, region: RegionInfo): Provenance {
  return {
    custodian: item.custodian,
    region: Region.from(region),
    sourceSystem: item.sourceSystem,
    recordedAt: item.recordedAt,
    updatedAt: item.updatedAt,
    sensitivity: item.sensitivity as Sensitivity | null,
  };
}

/** Entity columns and GraphQL fields share names; provenance is the only shape change. */
export function toGraphItem<T extends RegionalItemEntity>(item: T, region: RegionInfo): T & { provenance: Provenance } {
  return { ...item, provenance: provenanceOf(item, region) };
}
