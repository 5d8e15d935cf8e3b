import { createLocalJWKSet, createRemoteJWKSet, importJWK, jwtVerify, SignJWT, type JSONWebKeySet, type JWTVerifyGetKey } from "jose";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Caller } from "../auth/claims.js";
import { devKeysDir, generateSigningKey, type SigningKey } from "../auth/dev-keys.js";

/**
 * How every region reaches the same decision: the locator, which holds the relationship facts
 * (registration, care episodes, declared access), signs a short-lived assertion per caller and
 * patient. It travels inside the query plan; regions and the care-record subgraph verify the
 * signature and that it names the verified caller and the patient. Nothing unsigned is trusted.
 */
export type RelationshipBasis = "REGISTERED_PRACTICE" | "CARE_EPISODE" | "SELF_CLAIMED" | "EMERGENCY_ACCESS";

export interface AccessAssertion {
  subject: string;
  organisation: string | null;
  nhsNumber: string;
  relationship: RelationshipBasis | null;
  /** For a declared relationship: the SCR reason code (1 to 6) and the user's words. */
  reasonCode: number | null;
  reasonText: string | null;
  /** A restricted (S-flagged) patient's registered practice: regions show it to that practice only. */
  hiddenOrganisation?: string | null;
}

export const ASSERTION_ISSUER = "urn:scr:locator";
export const ASSERTION_AUDIENCE = "urn:scr:access-assertion";
const LIFETIME_SECONDS = 120;

export class AssertionSigner {
  constructor(private readonly key: SigningKey) {}
  get jwks(): JSONWebKeySet { return this.key.jwks; }

  async sign(assertion: AccessAssertion, requestId: string): Promise<string> {
    const key = await importJWK(this.key.privateJwk, "ES256");
    return new SignJWT({ org: assertion.organisation, nhs: assertion.nhsNumber, rel: assertion.relationship, rc: assertion.reasonCode, rt: assertion.reasonText, hid: assertion.hiddenOrganisation ?? null })
      .setProtectedHeader({ alg: "ES256", kid: this.key.privateJwk.kid })
      .setIssuer(ASSERTION_ISSUER)
      .setAudience(ASSERTION_AUDIENCE)
      .setSubject(assertion.subject)
      .setJti(requestId)
      .setIssuedAt()
      .setExpirationTime(`${LIFETIME_SECONDS}s`)
      .sign(key);
  }
}

export type AssertionVerifier = (token: string | null | undefined, caller: Caller, nhsNumber: string) => Promise<AccessAssertion | null>;

/** Null unless the assertion is genuine, current, and about this caller and this patient. */
export function createAssertionVerifier(keys: JWTVerifyGetKey): AssertionVerifier {
  return async (token, caller, nhsNumber) => {
    if (!token) return null;
    try {
      const { payload } = await jwtVerify(token, keys, { issuer: ASSERTION_ISSUER, audience: ASSERTION_AUDIENCE, algorithms: ["ES256"], clockTolerance: 30 });
      if (payload.sub !== caller.subject || (payload.org ?? null) !== caller.organisation || payload.nhs !== nhsNumber) return null;
      return {
        subject: payload.sub,
        organisation: (payload.org as string | null) ?? null,
        nhsNumber,
        relationship: (payload.rel as RelationshipBasis | null) ?? null,
        reasonCode: (payload.rc as number | null) ?? null,
        reasonText: (payload.rt as string | null) ?? null,
        hiddenOrganisation: (payload.hid as string | null) ?? null,
      };
    } catch {
      return null;
    }
  };
}

export const assertionVerifierForJwks = (jwks: JSONWebKeySet) => createAssertionVerifier(createLocalJWKSet(jwks));

const assertionKeyPath = (dir: string) => join(dir, "assertion-signing.jwk.json");
const assertionJwksPath = (dir: string) => join(dir, "assertion-jwks.json");

function requireOutsideProduction(env: NodeJS.ProcessEnv, what: string): void {
  if (env.NODE_ENV === "production") throw new Error(`In production ${what} must be set; development keys are never used.`);
}

/**
 * Verifiers (regions, care-record) read only the locator's public key: ASSERTION_JWKS_URL or
 * ASSERTION_JWKS_FILE; in development the public half of the locator's development key.
 */
export function assertionVerifierFromEnv(env: NodeJS.ProcessEnv = process.env): AssertionVerifier {
  if (env.ASSERTION_JWKS_URL) return createAssertionVerifier(createRemoteJWKSet(new URL(env.ASSERTION_JWKS_URL)));
  if (!env.ASSERTION_JWKS_FILE) requireOutsideProduction(env, "ASSERTION_JWKS_URL or ASSERTION_JWKS_FILE");
  return assertionVerifierForJwks(JSON.parse(readFileSync(env.ASSERTION_JWKS_FILE ?? assertionJwksPath(devKeysDir(env)), "utf8")) as JSONWebKeySet);
}

/** The locator alone holds the private key: ASSERTION_SIGNING_KEY_FILE (`{ privateJwk, jwks }`). */
export function assertionSignerFromEnv(env: NodeJS.ProcessEnv = process.env): AssertionSigner {
  if (!env.ASSERTION_SIGNING_KEY_FILE) requireOutsideProduction(env, "ASSERTION_SIGNING_KEY_FILE");
  return new AssertionSigner(JSON.parse(readFileSync(env.ASSERTION_SIGNING_KEY_FILE ?? assertionKeyPath(devKeysDir(env)), "utf8")) as SigningKey);
}

/** Development: the locator's assertion key, generated on first use beside the issuer's keys. */
export async function ensureDevAssertionKey(dir = devKeysDir()): Promise<void> {
  if (existsSync(assertionKeyPath(dir)) && existsSync(assertionJwksPath(dir))) return;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const key = await generateSigningKey(`assertion-${Date.now().toString(36)}`);
  writeFileSync(assertionKeyPath(dir), JSON.stringify(key), { mode: 0o600 });
  writeFileSync(assertionJwksPath(dir), JSON.stringify(key.jwks, null, 2), { mode: 0o644 });
}

