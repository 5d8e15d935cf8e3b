/** The gateway. Reads the environment and the committed supergraph, listens. */
import { DevIssuer, loadOrCreateSigningKey, readSupergraphConfig, REPO_ROOT, stopOnSignal, verifierFromEnv } from "@scr/common";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createGateway } from "./gateway.server.js";

const production = process.env.NODE_ENV === "production";
const supergraphSdl = readFileSync(process.env.SUPERGRAPH_PATH ?? join(REPO_ROOT, "supergraph.graphql"), "utf8");
let development;
if (!production) {
  const issuer = new DevIssuer(await loadOrCreateSigningKey());
  // Minted once per start: it lasts a week so an open Sandbox keeps working through a working day and more.
  const sandboxToken = await issuer.mintPersona((process.env.SANDBOX_PERSONA ?? "gp") as "gp", { lifetimeSeconds: 7 * 24 * 3600 });
  development = { sandboxToken, jwks: issuer.jwks };
}
// `<SUBGRAPH>_URL` (e.g. REGION_QE1_URL) overrides a routing URL of the supergraph, per deployment.
const subgraphUrls = Object.fromEntries(readSupergraphConfig().subgraphs.flatMap(({ name }) => {
  const url = process.env[`${name.toUpperCase().replace(/-/g, "_")}_URL`];
  return url ? [[name, url]] : [];
}));
// CORS_ORIGINS: comma-separated browser origins allowed to call the gateway (`*` for any).
const corsOrigins = process.env.CORS_ORIGINS === "*" ? "*" : process.env.CORS_ORIGINS?.split(",").map((o) => o.trim()).filter(Boolean);
const gateway = createGateway({ supergraphSdl, verifier: verifierFromEnv(), production, development, subgraphUrls, corsOrigins });
const running = await gateway.listen(Number(process.env.PORT ?? 4000), process.env.HOST ?? "127.0.0.1");
console.log(`gateway serving ${running.url.replace("127.0.0.1", "localhost")}`);
stopOnSignal(() => running.stop());
