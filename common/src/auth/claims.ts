/** The caller, as read from a verified bearer token (modelled on NHS CIS2 and GP Connect). */
export interface Caller {
  subject: string;
  name: string;
  /** ODS code of the organisation the user acts for. */
  organisation: string | null;
  /** National RBAC job role code, e.g. R8000. */
  role: string | null;
  /** National RBAC activity codes, e.g. B0168 emergency access. */
  activities: string[];
  /** Purpose of use, e.g. DIRECT_CARE. */
  purpose: string | null;
  /** Only on a citizen's own token. */
  nhsNumber: string | null;
  /** A region or service acting as itself (e.g. registering record pointers), not a person. */
  service: { name: string; region: string | null } | null;
}

export interface RequestIdentity {
  caller: Caller;
  /** The raw bearer token, forwarded as received. */
  token: string;
  requestId: string;
}

export const DEV_ISSUER = "urn:scr:dev-issuer";
export const DEFAULT_AUDIENCE = "urn:scr:federation";

export function callerFromClaims(claims: Record<string, unknown>): Caller {
  const str = (value: unknown) => (typeof value === "string" && value.length > 0 ? value : null);
  const service = str(claims.service);
  return {
    subject: str(claims.sub) ?? "unknown",
    name: str(claims.name) ?? str(claims.sub) ?? "unknown",
    organisation: str(claims.org),
    role: str(claims.role),
    activities: Array.isArray(claims.activities) ? claims.activities.filter((a): a is string => typeof a === "string") : [],
    purpose: str(claims.purpose),
    nhsNumber: str(claims.nhs_number),
    service: service ? { name: service, region: str(claims.region) } : null,
  };
}
