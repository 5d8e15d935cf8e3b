import { buildFederatedSchema, guardSchema, type RegionInfo } from "@scr/common";
import { type GraphQLSchema } from "graphql";
import { regionRules } from "./policy/region.rules.js";
import { createRegionRecordType } from "./resolvers/record.resolver.js";
import { regionRecordReference } from "./resolvers/record.reference.js";

/** The unguarded subgraph schema: what composition sees. */
export async function buildRegionSchema(region: RegionInfo): Promise<GraphQLSchema> {
  return (await buildRegionParts(region)).schema;
}

async function buildRegionParts(region: RegionInfo) {
  const { RegionRecord, RegionRecordResolver, typeName } = createRegionRecordType(region);
  const schema = await buildFederatedSchema(
    { resolvers: [RegionRecordResolver], orphanedTypes: [RegionRecord] },
    { [typeName]: regionRecordReference(RegionRecord, typeName) as never },
  );
  return { schema, typeName };
}

/** The schema a region serves: every field behind graphql-shield. */
export async function buildGuardedRegionSchema(region: RegionInfo): Promise<GraphQLSchema> {
  const { schema, typeName } = await buildRegionParts(region);
  return guardSchema(schema, regionRules(typeName));
}
