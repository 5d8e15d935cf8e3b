import { buildFederatedSchema, guardSchema, recordTypeNameFor, type RegionInfo } from "@scr/common";
import { type GraphQLSchema } from "graphql";
import { locatorRules } from "./policy/locator.rules.js";
import { AccessResolver } from "./resolvers/access.resolver.js";
import { PatientResolver, patientReference } from "./resolvers/patient.resolver.js";
import { PointerResolver } from "./resolvers/pointer.resolver.js";
import { createRegionReferenceTypes, regionReferenceResolvers } from "./types/regional-record.references.js";

/** The unguarded subgraph schema: what composition sees. */
export function buildLocatorSchema(regions: RegionInfo[]): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [PatientResolver, PointerResolver, AccessResolver], orphanedTypes: createRegionReferenceTypes(regions) },
    { Patient: patientReference as never, ...(regionReferenceResolvers(regions) as Record<string, never>) },
  );
}

/** The schema the locator serves: every field behind graphql-shield. */
export async function buildGuardedLocatorSchema(regions: RegionInfo[]): Promise<GraphQLSchema> {
  return guardSchema(await buildLocatorSchema(regions), locatorRules(regions.map((r) => recordTypeNameFor(r.code))));
}
