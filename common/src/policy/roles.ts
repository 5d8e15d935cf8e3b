import { type Caller } from "../auth/claims.js";

/** National RBAC job roles (access-policy.md), grouped by what they may read. */
export const CLINICAL_ROLES = new Set(["R8000", "R8001", "R8003"]);
export const ADMINISTRATIVE_ROLES = new Set(["R8006", "R8008", "R8009", "R8010"]);
export const PRIVACY_OFFICER_ROLE = "R0001";
export const EMERGENCY_ACCESS_ACTIVITY = "B0168";
export const DIRECT_CARE = "DIRECT_CARE";

export type CallerKind = "clinical" | "administrative" | "privacy-officer" | "citizen" | "service" | "unknown";

export function callerKind(caller: Caller): CallerKind {
  if (caller.service) return "service";
  if (caller.nhsNumber && !caller.role) return "citizen";
  if (caller.role && CLINICAL_ROLES.has(caller.role)) return "clinical";
  if (caller.role && ADMINISTRATIVE_ROLES.has(caller.role)) return "administrative";
  if (caller.role === PRIVACY_OFFICER_ROLE) return "privacy-officer";
  return "unknown";
}
