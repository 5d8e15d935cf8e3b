import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { exportJWK, generateKeyPair, importJWK, type JSONWebKeySet, type JWK } from "jose";

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Where the development issuer keeps its keys: generated on first use, never committed. */
export function devKeysDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DEV_KEYS_DIR ?? join(REPO_ROOT, ".dev-keys");
}
export const jwksPath = (dir: string) => join(dir, "jwks.json");
const privateKeyPath = (dir: string) => join(dir, "issuer-private.jwk.json");

export interface SigningKey {
  privateJwk: JWK;
  jwks: JSONWebKeySet;
}

export async function generateSigningKey(kid = `dev-${Date.now().toString(36)}`): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: "ES256", use: "sig" };
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: "ES256", use: "sig" };
  return { privateJwk, jwks: { keys: [publicJwk] } };
}

function writeAtomically(path: string, content: string, mode: number) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content, { mode });
  renameSync(temporary, path);
}

export async function loadOrCreateSigningKey(dir = devKeysDir()): Promise<SigningKey> {
  if (existsSync(privateKeyPath(dir)) && existsSync(jwksPath(dir))) {
    return {
      privateJwk: JSON.parse(readFileSync(privateKeyPath(dir), "utf8")) as JWK,
      jwks: JSON.parse(readFileSync(jwksPath(dir), "utf8")) as JSONWebKeySet,
    };
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const key = await generateSigningKey();
  writeAtomically(privateKeyPath(dir), JSON.stringify(key.privateJwk), 0o600);
  writeAtomically(jwksPath(dir), JSON.stringify(key.jwks, null, 2), 0o644);
  return key;
}

export async function importSigningKey(key: SigningKey) {
  return importJWK(key.privateJwk, "ES256");
}
