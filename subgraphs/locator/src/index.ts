export { createLocatorServer, type LocatorServerConfig } from "./locator.server.js";
export { openLocatorDatabase } from "./locator.database.js";
export { buildLocatorSchema } from "./schema.js";
export { PatientEntity, RecordPointerEntity } from "./entities/locator.entities.js";
