import DataLoader from "dataloader";
import { In, type DataSource, type FindOptionsOrder } from "typeorm";
import { PatientRecordEntity, CLINICAL_ITEM_ENTITIES, type ClinicalSection } from "../entities/clinical.entities.js";
import { type RegionalItemEntity } from "../entities/regional-item.entity.js";

/** Newest first within each section. */
const SECTION_ORDER: Record<ClinicalSection, string> = {
  allergies: "recordedAt",
  medications: "recordedAt",
  conditions: "recordedAt",
  encounters: "start",
  observations: "effectiveAt",
  carePlans: "created",
  alerts: "start",
  documents: "date",
};

export type SectionLoaders = { [S in ClinicalSection]: DataLoader<string, InstanceType<(typeof CLINICAL_ITEM_ENTITIES)[S]>[]> };

export interface RegionLoaders extends SectionLoaders {
  patientRecords: DataLoader<string, PatientRecordEntity | null>;
}

function groupByPatient<T extends { nhsNumber: string }>(keys: readonly string[], rows: T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.nhsNumber);
    if (group) group.push(row); else groups.set(row.nhsNumber, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** One SQL statement per section per request, whatever the number of patients asked for. */
export function createRegionLoaders(dataSource: DataSource): RegionLoaders {
  const sections = Object.fromEntries(
    (Object.entries(CLINICAL_ITEM_ENTITIES) as [ClinicalSection, new () => RegionalItemEntity][]).map(([section, entity]) => [
      section,
      new DataLoader<string, RegionalItemEntity[]>(async (keys) => {
        const rows = await dataSource.getRepository(entity).find({
          where: { nhsNumber: In([...keys]) },
          order: { [SECTION_ORDER[section]]: "DESC", id: "ASC" } as FindOptionsOrder<RegionalItemEntity>,
        });
        return groupByPatient(keys, rows);
      }),
    ]),
  ) as unknown as SectionLoaders;
  return {
    ...sections,
    patientRecords: new DataLoader(async (keys) => {
      const rows = await dataSource.getRepository(PatientRecordEntity).findBy({ nhsNumber: In([...keys]) });
      const byNumber = new Map(rows.map((row) => [row.nhsNumber, row]));
      return keys.map((key) => byNumber.get(key) ?? null);
    }),
  };
}

/** A section's items as their common shape, for policy code that looks only at provenance. */
export function loadSection(loaders: RegionLoaders, section: ClinicalSection, nhsNumber: string): Promise<RegionalItemEntity[]> {
  return (loaders[section] as DataLoader<string, RegionalItemEntity[]>).load(nhsNumber);
}
