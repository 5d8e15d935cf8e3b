import { type RegionContext } from "../region.context.js";
import { type RegionRecordSource } from "./record.resolver.js";

/** `_entities` for the region's type: one batched lookup, null where the region holds nothing. */
export function regionRecordReference<T extends object>(RecordType: new () => T, typeName: string) {
  return {
    async __resolveReference(reference: { nhsNumber: string }, context: RegionContext): Promise<(T & RegionRecordSource) | null> {
      const row = await context.loaders.patientRecords.load(reference.nhsNumber);
      if (!row) return null;
      return Object.assign(new RecordType(), {
        __typename: typeName,
        nhsNumber: row.nhsNumber,
        verificationStatus: row.verificationStatus,
        updatedAt: row.updatedAt,
      });
    },
  };
}
