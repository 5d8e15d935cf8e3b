/**
 * `npm start`: the whole demo federation, each part in its own process as in production, on embedded
 * PGlite databases seeded with the demo data (or on DATABASE_URL's server). Ctrl-C stops all.
 */
import { DevIssuer, loadOrCreateSigningKey, readSupergraphConfig, REPO_ROOT } from "@scr/common";
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { prepareDevelopment } from "./prepare.js";

const gatewayPort = Number(process.env.PORT ?? 4000);
const config = readSupergraphConfig();
const locatorUrl = config.subgraphs.find((s) => s.name === "locator")!.routingUrl;

await prepareDevelopment();

const children = new Map<string, ChildProcess>();
let stopping = false;
// Regions register their pointers with the locator once up; until then a patient shows no records.
const regionsRegistering = new Set(config.subgraphs.filter((s) => s.region).map((s) => s.name));

function launch(name: string, entry: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", join(REPO_ROOT, entry)], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, PORT: env.PORT ?? "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const prefix = `[${name}]`.padEnd(15);
  const relay = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) => {
    let buffered = "";
    stream.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        out.write(`${prefix} ${line}\n`);
        if (/registered \d+ record pointers|could not register pointers/.test(line)) regionsRegistering.delete(name);
      }
    });
  };
  relay(child.stdout!, process.stdout);
  relay(child.stderr!, process.stderr);
  child.on("exit", (code, signal) => {
    children.delete(name);
    if (!stopping) console.error(`${prefix} stopped (${signal ?? `exit ${code}`}); the rest keep serving`);
  });
  children.set(name, child);
}

launch("locator", "subgraphs/locator/src/main.ts", {});
launch("care-record", "subgraphs/care-record/src/main.ts", {});
for (const region of config.subgraphs.filter((s) => s.region)) {
  launch(region.name, "subgraphs/region/src/main.ts", { REGION: region.region!.code, LOCATOR_URL: locatorUrl });
}
launch("gateway", "gateway/src/main.ts", { PORT: String(gatewayPort) });

function stopAll() {
  if (stopping) return;
  stopping = true;
  for (const child of children.values()) child.kill("SIGTERM");
  setTimeout(() => process.exit(0), 5000).unref();
  const check = setInterval(() => { if (children.size === 0) { clearInterval(check); process.exit(0); } }, 100);
}
process.on("SIGINT", stopAll);
process.on("SIGTERM", stopAll);

// Announce once the gateway answers its health check and every region has registered.
const gatewayUrl = `http://localhost:${gatewayPort}/graphql`;
for (let attempt = 0; attempt < 900 && !stopping; attempt++) {
  const healthy = regionsRegistering.size === 0 && await fetch(`http://127.0.0.1:${gatewayPort}/health`).then((r) => r.ok, () => false);
  if (healthy) {
    const token = await new DevIssuer(await loadOrCreateSigningKey()).mintPersona("gp");
    console.log([
      "",
      "Shared care record federation is up.",
      `  Gateway and Apollo Sandbox: ${gatewayUrl}  (the Sandbox opens with a GP token in its shared headers)`,
      `  Regions: ${config.subgraphs.filter((s) => s.region).map((s) => s.region!.code).join(", ")}`,
      "  Development token (persona gp, valid 8 hours):",
      `  ${token}`,
      "  Other personas: npm run token -- --persona paramedic|ae-doctor|receptionist|researcher|privacy-officer|patient",
      "  Try: curl -s " + gatewayUrl + " -H 'content-type: application/json' -H \"authorization: Bearer $TOKEN\" \\",
      `       -d '{"query":"{ patient(nhsNumber: \\"999 000 0018\\") { demographics { name { family } } allergies { display sources { region { code } } } } }"}'`,
      "  Ctrl-C stops everything.",
      "",
    ].join("\n"));
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}
