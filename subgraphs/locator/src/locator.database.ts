import { openDatabase, serverUrlFor, type Database } from "@scr/common";
import { PatientEntity, RecordPointerEntity } from "./entities/locator.entities.js";
import { InitialLocatorSchema1732300000001 } from "./migrations/1732300000001-initial-locator-schema.js";
import { AccessRelationships1732400000001 } from "./migrations/1732400000001-access-relationships.js";
import { RecordCustodians1732500000001 } from "./migrations/1732500000001-record-custodians.js";
import { AccessGrantEntity, CareEpisodeEntity, PrivacyAlertEntity } from "./entities/relationship.entities.js";

export const LOCATOR_ENTITIES = [PatientEntity, RecordPointerEntity, CareEpisodeEntity, AccessGrantEntity, PrivacyAlertEntity];
export const LOCATOR_MIGRATIONS = [InitialLocatorSchema1732300000001, AccessRelationships1732400000001, RecordCustodians1732500000001];

export function openLocatorDatabase(options: { url?: string; dataDir?: string } = {}): Promise<Database> {
  return openDatabase({
    name: "locator",
    url: options.url ?? serverUrlFor("locator"),
    dataDir: options.dataDir,
    entities: LOCATOR_ENTITIES,
    migrations: LOCATOR_MIGRATIONS,
  });
}
