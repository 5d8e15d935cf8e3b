import {
  allow, callerKind, decideLookup, directCareAs, FEDERATION_INTERNALS, forbidden, forbiddenDecision, purposeDecision, rule, serviceOnly,
  type AuditAction, type AuditWriter, type CallerKind, type Decision, type IRules, type PolicyContext,
} from "@scr/common";

interface LocatorPolicyContext extends PolicyContext { audit: AuditWriter }

/** A refusal about a patient is audited before it is returned, like any access. */
async function refuse(context: LocatorPolicyContext, action: AuditAction, nhsNumbers: string[], category: string, decision: Decision) {
  await Promise.all(nhsNumbers.map((nhsNumber) =>
    context.audit.record({ action, nhsNumber, region: "CENTRAL", categoriesWithheld: [category], decision })));
  return forbidden(decision.reason ?? "NOT_PERMITTED");
}

function decideAs(context: PolicyContext, kinds: CallerKind[]): Decision | null {
  const caller = context.identity.caller;
  return purposeDecision(caller) ?? (kinds.includes(callerKind(caller)) ? null : forbiddenDecision("ROLE_NOT_PERMITTED"));
}

/** Finding patients. */
const lookup = rule("lookup", { cache: "strict" })(async (_parent, args: { nhsNumber?: string; nhsNumbers?: string[] }, context: LocatorPolicyContext) => {
  const numbers = args.nhsNumber ? [args.nhsNumber] : args.nhsNumbers ?? [];
  const refused = numbers.map((nhsNumber) => decideLookup(context.identity.caller, nhsNumber)).find((d) => !d.permitted);
  return refused ? refuse(context, "LOOKUP", numbers, "patient", refused) : true;
});

/** A field of one patient, for these kinds of caller. */
const patientField = (category: string, ...kinds: CallerKind[]) =>
  rule(`patientField:${category}:${kinds.join(",")}`, { cache: "no_cache" })(async (patient: { nhsNumber: string }, _args, context: LocatorPolicyContext) => {
    const refused = decideAs(context, kinds);
    return refused ? refuse(context, "LOOKUP", [patient.nhsNumber], category, refused) : true;
  });

/** The signed relationship: only for someone who may look this patient up. */
const assertionOfPatient = rule("assertionOfPatient", { cache: "no_cache" })((parent: { nhsNumber: string }, _args, context: PolicyContext) => {
  const decision = decideLookup(context.identity.caller, parent.nhsNumber);
  return decision.permitted || forbidden(decision.reason ?? "NOT_PERMITTED");
});

const declare = rule("declareAccess", { cache: "no_cache" })(async (_parent, args: { nhsNumber: string }, context: LocatorPolicyContext) => {
  const refused = decideAs(context, ["clinical"]);
  return refused ? refuse(context, "DECLARE_ACCESS", [args.nhsNumber], "declaration", refused) : true;
});

const everyone: CallerKind[] = ["clinical", "administrative", "privacy-officer", "citizen"];
const regionsRule = patientField("regions", ...everyone);

export function locatorRules(regionTypeNames: string[]): IRules {
  const referenceRules = Object.fromEntries(regionTypeNames.map((name) => [name, { nhsNumber: allow, accessAssertion: assertionOfPatient }]));
  return {
    ...FEDERATION_INTERNALS,
    Query: { ...FEDERATION_INTERNALS.Query, patient: lookup, patients: lookup, privacyAlerts: directCareAs("privacy-officer") },
    Mutation: { registerRecordPointers: serviceOnly, registerCareEpisodes: serviceOnly, registerCustodians: serviceOnly, declareAccess: declare },
    Patient: {
      nhsNumber: patientField("patient", ...everyone),
      demographics: patientField("demographics", "clinical", "administrative"),
      // Which regions hold records: professionals, and the patient, so the access logs can be reached.
      records: regionsRule,
      regionsHoldingRecords: regionsRule,
      accessAssertion: assertionOfPatient,
      lookupLog: patientField("lookupLog", ...everyone),
    },
    ...referenceRules,
    Demographics: allow, HumanName: allow, Address: allow, Region: allow, PointerRegistration: allow,
    AccessGrant: allow, PrivacyAlert: allow, AccessLogEntry: allow,
  };
}
