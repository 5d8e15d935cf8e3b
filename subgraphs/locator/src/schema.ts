import { buildFederatedSchema, type RegionInfo } from "@scr/common";
import { type GraphQLSchema } from "graphql";
import { PatientResolver, patientReference } from "./resolvers/patient.resolver.js";
import { PointerResolver } from "./resolvers/pointer.resolver.js";
import { createRegionReferenceTypes } from "./types/regional-record.references.js";

export function buildLocatorSchema(regions: RegionInfo[]): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [PatientResolver, PointerResolver], orphanedTypes: createRegionReferenceTypes(regions) },
    { Patient: patientReference as never },
  );
}
