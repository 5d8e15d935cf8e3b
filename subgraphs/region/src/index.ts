export { createRegionServer, type RegionServerConfig } from "./region.server.js";
export { openRegionDatabase, REGION_ENTITIES } from "./region.database.js";
export { buildRegionSchema } from "./schema.js";
export { publishRecordPointers } from "./pointers/pointer.publisher.js";
export { heldNhsNumbers } from "./pointers/held-patients.js";
export * from "./entities/clinical.entities.js";
