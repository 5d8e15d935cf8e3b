import { describe, expect, it } from "vitest";
import { assertionSignerFromEnv, assertionVerifierFromEnv } from "../policy/access-assertion.js";
import { verifierFromEnv } from "./token.verifier.js";

describe("production configuration", () => {
  const production = { NODE_ENV: "production", DEV_KEYS_DIR: "/nonexistent" } as NodeJS.ProcessEnv;

  it("never falls back to the development issuer or the development assertion keys", () => {
    expect(() => verifierFromEnv(production)).toThrow(/AUTH_JWKS_URL/);
    expect(() => assertionVerifierFromEnv(production)).toThrow(/ASSERTION_JWKS_URL/);
    expect(() => assertionSignerFromEnv(production)).toThrow(/ASSERTION_SIGNING_KEY_FILE/);
  });

  it("requires the issuer with a JWKS URL", () => {
    expect(() => verifierFromEnv({ ...production, AUTH_JWKS_URL: "https://idp.example/jwks" })).toThrow(/AUTH_ISSUER/);
    expect(() => verifierFromEnv({ ...production, AUTH_JWKS_URL: "https://idp.example/jwks", AUTH_ISSUER: "https://idp.example" })).not.toThrow();
  });
});
