import { SignJWT } from "jose";
import { randomUUID } from "node:crypto";
import { DEFAULT_AUDIENCE, DEV_ISSUER } from "./claims.js";
import { importSigningKey, type SigningKey } from "./dev-keys.js";
import { DEMO_ORGANISATIONS as ORG, DEMO_PATIENTS } from "../demo/organisations.js";

/** The personas of access-policy.md, relative to the demo patient 999 000 0018. */
export const PERSONAS = {
  gp: { sub: "dev-gp", name: "Dr Aisha Ahmed (GP)", org: ORG.prestonPractice.ods, role: "R8000", activities: ["B0360", "B0370"], purpose: "DIRECT_CARE" },
  "ae-doctor": { sub: "dev-ae-doctor", name: "Dr Tom Barker (A&E)", org: ORG.lancashireTeaching.ods, role: "R8000", activities: ["B0360", "B0370"], purpose: "DIRECT_CARE" },
  paramedic: { sub: "dev-paramedic", name: "Sam Okafor (Paramedic)", org: ORG.londonAmbulance.ods, role: "R8000", activities: ["B0370", "B0168"], purpose: "DIRECT_CARE" },
  receptionist: { sub: "dev-receptionist", name: "Jo Price (Receptionist)", org: ORG.prestonPractice.ods, role: "R8009", activities: [], purpose: "DIRECT_CARE" },
  researcher: { sub: "dev-researcher", name: "Dr Lee Chen (Researcher)", org: ORG.university.ods, role: "R8000", activities: ["B0370"], purpose: "RESEARCH" },
  "privacy-officer": { sub: "dev-privacy-officer", name: "Ruth Hale (Privacy Officer)", org: ORG.prestonPractice.ods, role: "R0001", activities: [], purpose: "DIRECT_CARE" },
  patient: { sub: "dev-patient", name: "Alex Morgan (patient)", nhs_number: DEMO_PATIENTS.visitorFromPreston, purpose: "DIRECT_CARE", activities: [] },
} as const satisfies Record<string, Record<string, unknown>>;

export type PersonaName = keyof typeof PERSONAS;
export const PERSONA_NAMES = Object.keys(PERSONAS) as PersonaName[];

export interface MintOptions {
  lifetimeSeconds?: number;
  issuer?: string;
  audience?: string;
  notBefore?: Date;
}

export class DevIssuer {
  constructor(private readonly key: SigningKey) {}

  get jwks() {
    return this.key.jwks;
  }

  async mint(claims: Record<string, unknown>, options: MintOptions = {}): Promise<string> {
    const signingKey = await importSigningKey(this.key);
    const now = Math.floor(Date.now() / 1000);
    const jwt = new SignJWT({ ...claims })
      .setProtectedHeader({ alg: "ES256", kid: this.key.privateJwk.kid, typ: "JWT" })
      .setIssuer(options.issuer ?? DEV_ISSUER)
      .setAudience(options.audience ?? DEFAULT_AUDIENCE)
      .setIssuedAt(now)
      .setJti(randomUUID())
      .setExpirationTime(now + (options.lifetimeSeconds ?? 8 * 3600));
    if (options.notBefore) jwt.setNotBefore(Math.floor(options.notBefore.getTime() / 1000));
    return jwt.sign(signingKey);
  }

  mintPersona(persona: PersonaName, options?: MintOptions): Promise<string> {
    return this.mint(PERSONAS[persona], options);
  }

  /** A region or service acting as itself, e.g. to register record pointers with the locator. */
  mintService(service: string, region: string | null, options?: MintOptions): Promise<string> {
    return this.mint({ sub: `service:${service}`, name: service, service, region }, { lifetimeSeconds: 300, ...options });
  }
}
