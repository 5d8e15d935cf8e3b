import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from "jose";
import { GraphQLError } from "graphql";
import { readFileSync } from "node:fs";
import { callerFromClaims, DEFAULT_AUDIENCE, DEV_ISSUER, type Caller } from "./claims.js";
import { devKeysDir, jwksPath } from "./dev-keys.js";

export interface TokenVerifierConfig {
  keys: JWTVerifyGetKey;
  issuer: string;
  audience: string;
  /** Seconds of clock skew tolerated for exp and nbf. */
  clockToleranceSeconds?: number;
}

export type TokenVerifier = (token: string) => Promise<Caller>;

export function unauthenticated(message = "A valid bearer token is required."): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

export function createTokenVerifier(config: TokenVerifierConfig): TokenVerifier {
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, config.keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: ["RS256", "ES256"],
        clockTolerance: config.clockToleranceSeconds ?? 30,
        requiredClaims: ["exp", "sub"],
      });
      return callerFromClaims(payload);
    } catch {
      throw unauthenticated("The bearer token is not valid.");
    }
  };
}

export function verifierForJwks(jwks: JSONWebKeySet, issuer = DEV_ISSUER, audience = DEFAULT_AUDIENCE): TokenVerifier {
  return createTokenVerifier({ keys: createLocalJWKSet(jwks), issuer, audience });
}

/**
 * Production: AUTH_JWKS_URL, AUTH_ISSUER and AUTH_AUDIENCE name the real identity provider.
 * Development: the local issuer's JWKS file (created by `npm start` or `npm run token`).
 */
export function verifierFromEnv(env: NodeJS.ProcessEnv = process.env): TokenVerifier {
  const audience = env.AUTH_AUDIENCE ?? DEFAULT_AUDIENCE;
  if (env.AUTH_JWKS_URL) {
    if (!env.AUTH_ISSUER) throw new Error("AUTH_ISSUER must be set with AUTH_JWKS_URL");
    return createTokenVerifier({ keys: createRemoteJWKSet(new URL(env.AUTH_JWKS_URL)), issuer: env.AUTH_ISSUER, audience });
  }
  if (env.NODE_ENV === "production" && !env.AUTH_JWKS_FILE) {
    throw new Error("In production AUTH_JWKS_URL and AUTH_ISSUER must name the identity provider; the development issuer is never trusted.");
  }
  const file = env.AUTH_JWKS_FILE ?? jwksPath(devKeysDir(env));
  const jwks = JSON.parse(readFileSync(file, "utf8")) as JSONWebKeySet;
  return verifierForJwks(jwks, env.AUTH_ISSUER ?? DEV_ISSUER, audience);
}

export function bearerToken(authorization: string | undefined | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  return match ? match[1] : null;
}
