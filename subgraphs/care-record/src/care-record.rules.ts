import { allow, decideClinical, FEDERATION_INTERNALS, forbidden, rule, type AssertionVerifier, type IRules, type PolicyContext } from "@scr/common";
import { type UnifiedPatient } from "./resolvers/unified-patient.resolver.js";

export interface CareRecordPolicyContext extends PolicyContext {
  verifyAssertion: AssertionVerifier;
}

/** The same decision the regions reach, from the same signed statement of the locator. */
const unifiedView = rule("unifiedView", { cache: "no_cache" })(async (patient: UnifiedPatient, _args, context: CareRecordPolicyContext) => {
  const assertion = await context.verifyAssertion(patient.accessAssertion, context.identity.caller, patient.nhsNumber);
  const decision = decideClinical(context.identity.caller, assertion);
  return decision.permitted || forbidden(decision.reason ?? "NOT_PERMITTED");
});

const UNIFIED_FIELDS = ["allergies", "medications", "conditions", "alerts", "timeline", "endOfLife", "completeness", "withheld"];
const VALUE_TYPES = ["UnifiedAllergy", "UnifiedMedication", "UnifiedCondition", "UnifiedAlert", "TimelineEvent", "EndOfLifePreferences",
  "RecordCompleteness", "Source", "Conflict", "ConflictingValue", "CarePlan", "Provenance", "Region", "WithheldSummary", "WithheldCount"];

export const careRecordRules: IRules = {
  ...FEDERATION_INTERNALS,
  Patient: { nhsNumber: allow, ...Object.fromEntries(UNIFIED_FIELDS.map((field) => [field, unifiedView])) },
  ...Object.fromEntries(VALUE_TYPES.map((type) => [type, allow])),
};
