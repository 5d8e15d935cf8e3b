import { buildFederatedSchema, type RegionInfo } from "@scr/common";
import { type GraphQLSchema } from "graphql";
import { createRegionRecordType } from "./resolvers/record.resolver.js";
import { regionRecordReference } from "./resolvers/record.reference.js";

export async function buildRegionSchema(region: RegionInfo): Promise<GraphQLSchema> {
  const { RegionRecord, RegionRecordResolver, typeName } = createRegionRecordType(region);
  return buildFederatedSchema(
    { resolvers: [RegionRecordResolver], orphanedTypes: [RegionRecord] },
    { [typeName]: regionRecordReference(RegionRecord, typeName) as never },
  );
}
