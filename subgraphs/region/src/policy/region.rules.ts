import { allow, decideLookup, FEDERATION_INTERNALS, forbidden, rule, type IRules, type PolicyContext } from "@scr/common";
import { CLINICAL_SECTIONS } from "../entities/clinical.entities.js";
import { type RegionRecordSource } from "../resolvers/record.resolver.js";

/** Depends on the record, so not cached across parents. */
const clinicalContent = rule("clinicalContent", { cache: "no_cache" })((record: RegionRecordSource) =>
  record.access?.clinical.permitted === true || forbidden(record.access?.clinical.reason ?? "NOT_PERMITTED"));

/** Someone who may read the record but for the patient's objection is told so, with a count. */
const withheldSummary = rule("withheldSummary", { cache: "no_cache" })((record: RegionRecordSource) => {
  const clinical = record.access?.clinical;
  return clinical?.permitted === true || clinical?.reason === "PATIENT_OBJECTION" || forbidden(clinical?.reason ?? "NOT_PERMITTED");
});

const accessLog = rule("accessLog", { cache: "no_cache" })((record: RegionRecordSource) =>
  record.access?.accessLog.permitted === true || forbidden(record.access?.accessLog.reason ?? "NOT_PERMITTED"));

/** That a region holds a record: professionals for direct care, or the patient themselves. */
const recordExistence = rule("recordExistence", { cache: "no_cache" })((record: RegionRecordSource, _args, context: PolicyContext) => {
  const decision = decideLookup(context.identity.caller, record.nhsNumber);
  return decision.permitted || forbidden(decision.reason ?? "NOT_PERMITTED");
});

const VALUE_TYPES = ["Allergy", "Medication", "Condition", "Encounter", "Observation", "CarePlan", "Alert", "Document",
  "Provenance", "Region", "WithheldSummary", "WithheldCount", "AccessLogEntry"];

export function regionRules(typeName: string): IRules {
  return {
    ...FEDERATION_INTERNALS,
    [typeName]: {
      nhsNumber: recordExistence,
      region: recordExistence,
      lastUpdated: recordExistence,
      nhsNumberVerificationStatus: recordExistence,
      accessAssertion: rule("never", { cache: "contextual" })(() => forbidden("NOT_PERMITTED")),
      ...Object.fromEntries(CLINICAL_SECTIONS.map((section) => [section, clinicalContent])),
      withheld: withheldSummary,
      accessLog,
    },
    // Reachable only through a guarded record.
    ...Object.fromEntries(VALUE_TYPES.map((type) => [type, allow])),
  };
}
