import { type Caller } from "../auth/claims.js";
import { type AccessAssertion, type RelationshipBasis } from "./access-assertion.js";
import { type ForbiddenReason } from "./policy-errors.js";
import { callerKind, DIRECT_CARE } from "./roles.js";

/** The outcome of one rule for one caller and patient; audited whichever way it goes. */
export interface Decision {
  permitted: boolean;
  reason: ForbiddenReason | null;
  relationship: RelationshipBasis | "PATIENT" | null;
  reasonCode: number | null;
  reasonText: string | null;
}

export const forbiddenDecision = (reason: ForbiddenReason): Decision => ({ permitted: false, reason, relationship: null, reasonCode: null, reasonText: null });
const permit = (relationship: Decision["relationship"] = null, assertion?: AccessAssertion | null): Decision =>
  ({ permitted: true, reason: null, relationship, reasonCode: assertion?.reasonCode ?? null, reasonText: assertion?.reasonText ?? null });

export function purposeDecision(caller: Caller): Decision | null {
  return caller.purpose === DIRECT_CARE ? null : forbiddenDecision("PURPOSE_NOT_DIRECT_CARE");
}

/** Clinical content: a clinical role, for direct care, with a legitimate relationship. */
export function decideClinical(caller: Caller, assertion: AccessAssertion | null): Decision {
  const purpose = purposeDecision(caller);
  if (purpose) return purpose;
  if (callerKind(caller) !== "clinical") return forbiddenDecision("ROLE_NOT_PERMITTED");
  if (!assertion?.relationship) return forbiddenDecision("NO_LEGITIMATE_RELATIONSHIP");
  return permit(assertion.relationship, assertion);
}

/** Finding a patient at all: any professional role for direct care, or a patient finding themselves. */
export function decideLookup(caller: Caller, nhsNumber: string): Decision {
  const purpose = purposeDecision(caller);
  if (purpose) return purpose;
  const kind = callerKind(caller);
  if (kind === "citizen") return caller.nhsNumber === nhsNumber ? permit("PATIENT") : forbiddenDecision("NOT_OWN_RECORD");
  return kind === "clinical" || kind === "administrative" || kind === "privacy-officer" ? permit() : forbiddenDecision("ROLE_NOT_PERMITTED");
}

/** Access logs: the patient themselves, or a privacy officer of the patient's registered practice. */
export function decideAccessLog(caller: Caller, nhsNumber: string, assertion: AccessAssertion | null): Decision {
  const purpose = purposeDecision(caller);
  if (purpose) return purpose;
  const kind = callerKind(caller);
  if (kind === "citizen") return caller.nhsNumber === nhsNumber ? permit("PATIENT") : forbiddenDecision("NOT_OWN_RECORD");
  if (kind !== "privacy-officer") return forbiddenDecision("ROLE_NOT_PERMITTED");
  return assertion?.relationship === "REGISTERED_PRACTICE" ? permit("REGISTERED_PRACTICE") : forbiddenDecision("NO_LEGITIMATE_RELATIONSHIP");
}
