import { GraphQLError } from "graphql";

/** Stable reasons in `extensions.reason` of FORBIDDEN errors (access-policy.md). */
export type ForbiddenReason =
  | "PURPOSE_NOT_DIRECT_CARE"
  | "ROLE_NOT_PERMITTED"
  | "NO_LEGITIMATE_RELATIONSHIP"
  | "PATIENT_OBJECTION"
  | "NOT_OWN_RECORD"
  | "EMERGENCY_ACCESS_NOT_GRANTED"
  | "SERVICE_IDENTITY_REQUIRED"
  | "REGION_MISMATCH"
  | "ACCESS_ASSERTION_INVALID"
  | "NOT_PERMITTED";

const MESSAGES: Record<ForbiddenReason, string> = {
  PURPOSE_NOT_DIRECT_CARE: "Shared care records may be used for direct care only.",
  ROLE_NOT_PERMITTED: "Your role does not permit this part of the record.",
  NO_LEGITIMATE_RELATIONSHIP: "No legitimate relationship with this patient is recorded. Declare one if you are caring for them.",
  PATIENT_OBJECTION: "The patient objected to sharing this region's record outside its custodian.",
  NOT_OWN_RECORD: "A patient may read their own record's access log only.",
  EMERGENCY_ACCESS_NOT_GRANTED: "Emergency access needs the B0168 activity.",
  SERVICE_IDENTITY_REQUIRED: "Only a region's service identity may do this.",
  REGION_MISMATCH: "A region may act for itself only.",
  ACCESS_ASSERTION_INVALID: "The access decision for this patient could not be verified.",
  NOT_PERMITTED: "Not permitted.",
};

export function forbidden(reason: ForbiddenReason): GraphQLError {
  return new GraphQLError(MESSAGES[reason], { extensions: { code: "FORBIDDEN", reason } });
}
