import { allow, decideLookup, directCareAs, FEDERATION_INTERNALS, forbidden, rule, serviceOnly, type AuditWriter, type IRules, type PolicyContext } from "@scr/common";

interface LocatorPolicyContext extends PolicyContext { audit: AuditWriter }

/** Finding patients: refused lookups are audited too, before the refusal is returned. */
const lookup = rule("lookup", { cache: "strict" })(async (_parent, args: { nhsNumber?: string; nhsNumbers?: string[] }, context: LocatorPolicyContext) => {
  const numbers = args.nhsNumber ? [args.nhsNumber] : args.nhsNumbers ?? [];
  const decisions = numbers.map((nhsNumber) => ({ nhsNumber, decision: decideLookup(context.identity.caller, nhsNumber) }));
  const refused = decisions.find((d) => !d.decision.permitted);
  if (!refused) return true;
  await Promise.all(decisions.map(({ nhsNumber, decision }) =>
    context.audit.record({ action: "LOOKUP", nhsNumber, region: "CENTRAL", categoriesWithheld: ["patient"], decision })));
  return forbidden(refused.decision.reason ?? "NOT_PERMITTED");
});

const demographicsReaders = directCareAs("clinical", "administrative");
const patientInSight = directCareAs("clinical", "administrative", "privacy-officer", "citizen");

export function locatorRules(regionTypeNames: string[]): IRules {
  const referenceRules = Object.fromEntries(regionTypeNames.map((name) => [name, { nhsNumber: allow, accessAssertion: allow }]));
  return {
    ...FEDERATION_INTERNALS,
    Query: { ...FEDERATION_INTERNALS.Query, patient: lookup, patients: lookup, privacyAlerts: directCareAs("privacy-officer") },
    Mutation: {
      registerRecordPointers: serviceOnly,
      registerCareEpisodes: serviceOnly,
      declareAccess: directCareAs("clinical"),
    },
    Patient: {
      nhsNumber: patientInSight,
      demographics: demographicsReaders,
      // Which regions hold records: professionals, and the patient, so the access logs can be reached.
      records: patientInSight,
      regionsHoldingRecords: patientInSight,
      // A signed statement of this caller's own relationship: useless to anyone else.
      accessAssertion: patientInSight,
      lookupLog: patientInSight,
    },
    ...referenceRules,
    Demographics: allow, HumanName: allow, Address: allow, Region: allow, PointerRegistration: allow,
    AccessGrant: allow, PrivacyAlert: allow, AccessLogEntry: allow,
  };
}
