import { decideLookup, forbidden } from "@scr/common";
import { type GraphQLResolveInfo } from "graphql";
import { CLINICAL_SECTIONS } from "../entities/clinical.entities.js";
import { decideRecordAccess } from "../policy/record-access.js";
import { auditRecordAccess } from "../policy/record-audit.js";
import { type RegionContext } from "../region.context.js";
import { type RegionRecordSource } from "./record.resolver.js";

interface RecordReference {
  nhsNumber: string;
  /** Signed by the locator, passed through the query plan (see access-assertion.ts). */
  accessAssertion?: string | null;
}

async function custodiansOf(context: RegionContext, nhsNumber: string): Promise<Set<string>> {
  const sections = await Promise.all(CLINICAL_SECTIONS.map((section) => context.loaders[section].load(nhsNumber)));
  return new Set(sections.flat().map((item) => item.custodian));
}

/** `_entities` for the region's type: decide, audit, then hand the record to its field resolvers. */
export function regionRecordReference<T extends object>(RecordType: new () => T, typeName: string) {
  return {
    async __resolveReference(reference: RecordReference, context: RegionContext, info: GraphQLResolveInfo): Promise<(T & RegionRecordSource) | null> {
      const caller = context.identity.caller;
      // Whether this region holds a record is itself patient data: refuse before looking.
      const lookup = decideLookup(caller, reference.nhsNumber);
      if (!lookup.permitted) {
        await context.audit.record({ action: "LOOKUP", nhsNumber: reference.nhsNumber, region: context.region.code, categoriesWithheld: ["record"], decision: lookup });
        throw forbidden(lookup.reason ?? "NOT_PERMITTED");
      }
      const row = await context.loaders.patientRecords.load(reference.nhsNumber);
      if (!row) return null;
      const assertion = await context.assertions.load({ token: reference.accessAssertion, nhsNumber: row.nhsNumber });
      const custodians = row.sharingObjection ? await custodiansOf(context, row.nhsNumber) : new Set<string>();
      const access = decideRecordAccess(caller, row.nhsNumber, assertion, row.sharingObjection, custodians);
      await auditRecordAccess(context, info, typeName, row.nhsNumber, access);
      return Object.assign(new RecordType(), {
        __typename: typeName,
        nhsNumber: row.nhsNumber,
        verificationStatus: row.verificationStatus,
        updatedAt: row.updatedAt,
        access,
      });
    },
  };
}
