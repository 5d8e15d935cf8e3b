import { type DataSource } from "typeorm";
import { bulkInsert } from "./bulk-insert.js";
import { type RegionDataset, type LocatorDataset } from "./dataset.js";
import { demoLocatorDataset, demoRegionDataset } from "./demo-fixtures.js";

async function loadRegionDataset(dataSource: DataSource, dataset: RegionDataset): Promise<void> {
  for (const [table, rows] of Object.entries(dataset.tables)) await bulkInsert(dataSource, table, rows);
}

async function loadLocatorDataset(dataSource: DataSource, dataset: LocatorDataset, options: { pointers: boolean }): Promise<void> {
  await bulkInsert(dataSource, "patient", dataset.patients);
  if (options.pointers) await bulkInsert(dataSource, "record_pointer", dataset.pointers);
}

/**
 * Loads the fixed demo patients. Without `pointers`, the locator learns which regions hold data only
 * when the regions register through its API, as they do in production.
 */
export async function loadDemoFixtures(
  target: { locator?: DataSource; regions: Record<string, DataSource> },
  options: { pointers: boolean },
): Promise<void> {
  if (target.locator) await loadLocatorDataset(target.locator, demoLocatorDataset(), options);
  for (const [code, dataSource] of Object.entries(target.regions)) await loadRegionDataset(dataSource, demoRegionDataset(code));
}
