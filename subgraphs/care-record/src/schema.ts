import { buildFederatedSchema, guardSchema } from "@scr/common";
import { type GraphQLSchema } from "graphql";
import { careRecordRules } from "./care-record.rules.js";
import { UnifiedPatient, UnifiedPatientResolver, unifiedPatientReference } from "./resolvers/unified-patient.resolver.js";

/** The unguarded subgraph schema: what composition sees. */
export function buildCareRecordSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({ resolvers: [UnifiedPatientResolver], orphanedTypes: [UnifiedPatient] }, { Patient: unifiedPatientReference as never });
}

export async function buildGuardedCareRecordSchema(): Promise<GraphQLSchema> {
  return guardSchema(await buildCareRecordSchema(), careRecordRules);
}
