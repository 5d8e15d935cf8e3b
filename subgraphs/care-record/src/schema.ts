import { buildFederatedSchema } from "@scr/common";
import { type GraphQLSchema } from "graphql";
import { UnifiedPatient, UnifiedPatientResolver, unifiedPatientReference } from "./resolvers/unified-patient.resolver.js";

export function buildCareRecordSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({ resolvers: [UnifiedPatientResolver], orphanedTypes: [UnifiedPatient] }, { Patient: unifiedPatientReference as never });
}
