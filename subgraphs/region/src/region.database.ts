import { openDatabase, serverUrlFor, subgraphNameFor, type Database } from "@scr/common";
import { PatientRecordEntity, CLINICAL_ITEM_ENTITIES } from "./entities/clinical.entities.js";
import { InitialRegionSchema1732300000000 } from "./migrations/1732300000000-initial-region-schema.js";
import { RegionAuditTrail1732400000000 } from "./migrations/1732400000000-audit-trail.js";

export const REGION_ENTITIES = [PatientRecordEntity, ...Object.values(CLINICAL_ITEM_ENTITIES)];
export const REGION_MIGRATIONS = [InitialRegionSchema1732300000000, RegionAuditTrail1732400000000];

/** Opens (and migrates) a region's own database: a server URL when given, else embedded PGlite. */
export function openRegionDatabase(regionCode: string, options: { url?: string; dataDir?: string } = {}): Promise<Database> {
  const name = subgraphNameFor(regionCode);
  return openDatabase({
    name,
    url: options.url ?? serverUrlFor(name),
    dataDir: options.dataDir,
    entities: REGION_ENTITIES,
    migrations: REGION_MIGRATIONS,
  });
}
