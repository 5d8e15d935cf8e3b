export { createCareRecordServer, type CareRecordContext } from "./care-record.server.js";
export { buildCareRecordSchema } from "./schema.js";
