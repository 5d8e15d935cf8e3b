import { Region, type Provenance, type RegionInfo, type Sensitivity } from "@scr/common";
import { type RegionalItemEntity } from "../entities/regional-item.entity.js";

/** Shown instead of a restricted patient's practice: where they are registered can reveal where they live. */
export const RESTRICTED_ORGANISATION = "RESTRICTED";

const ORGANISATION_FIELDS = ["organisation", "prescriber", "authorOrganisation"] as const;

export function provenanceOf(item: RegionalItemEntity, region: RegionInfo, hiddenOrganisation: string | null): Provenance {
  return {
    custodian: item.custodian === hiddenOrganisation ? RESTRICTED_ORGANISATION : item.custodian,
    region: Region.from(region),
    sourceSystem: item.sourceSystem,
    recordedAt: item.recordedAt,
    updatedAt: item.updatedAt,
    sensitivity: item.sensitivity as Sensitivity | null,
  };
}

/** Entity columns and GraphQL fields share names; provenance is the only shape change. */
export function toGraphItem<T extends RegionalItemEntity>(item: T, region: RegionInfo, hiddenOrganisation: string | null = null): T & { provenance: Provenance } {
  const shown = { ...item, provenance: provenanceOf(item, region, hiddenOrganisation) };
  const fields = shown as unknown as Record<string, unknown>;
  for (const field of ORGANISATION_FIELDS) {
    if (hiddenOrganisation && fields[field] === hiddenOrganisation) fields[field] = RESTRICTED_ORGANISATION;
  }
  return shown;
}
