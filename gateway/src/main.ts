/** The gateway. Reads the environment and the committed supergraph, listens. */
import { DevIssuer, loadOrCreateSigningKey, REPO_ROOT, stopOnSignal, verifierFromEnv } from "@scr/common";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createGateway } from "./gateway.server.js";

const production = process.env.NODE_ENV === "production";
const supergraphSdl = readFileSync(process.env.SUPERGRAPH_PATH ?? join(REPO_ROOT, "supergraph.graphql"), "utf8");
let development;
if (!production) {
  const issuer = new DevIssuer(await loadOrCreateSigningKey());
  development = { sandboxToken: await issuer.mintPersona((process.env.SANDBOX_PERSONA ?? "gp") as "gp"), jwks: issuer.jwks };
}
const gateway = createGateway({ supergraphSdl, verifier: verifierFromEnv(), production, development });
const running = await gateway.listen(Number(process.env.PORT ?? 4000), process.env.HOST ?? "127.0.0.1");
console.log(`gateway serving ${running.url.replace("127.0.0.1", "localhost")}`);
stopOnSignal(() => running.stop());
