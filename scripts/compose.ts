/**
 * Prints every subgraph's SDL and composes supergraph.graphql from supergraph.yaml.
 * `--check` regenerates in memory and fails if a committed file differs (composition drift).
 */
import { composeServices } from "@apollo/composition";
import { printFederatedSchema, readSupergraphConfig, REPO_ROOT, type SubgraphEntry } from "@scr/common";
import { buildCareRecordSchema } from "@scr/care-record";
import { buildLocatorSchema } from "@scr/locator";
import { buildRegionSchema } from "@scr/region";
import { parse } from "graphql";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";

const check = process.argv.includes("--check");
const config = readSupergraphConfig();
const regions = config.subgraphs.flatMap((s) => (s.region ? [s.region] : []));

async function sdlOf(subgraph: SubgraphEntry): Promise<string> {
  if (subgraph.region) return printFederatedSchema(await buildRegionSchema(subgraph.region));
  if (subgraph.name === "locator") return printFederatedSchema(await buildLocatorSchema(regions));
  if (subgraph.name === "care-record") return printFederatedSchema(await buildCareRecordSchema());
  throw new Error(`supergraph.yaml names an unknown subgraph: ${subgraph.name}`);
}

const outputs = new Map<string, string>();
const services = [];
for (const subgraph of config.subgraphs) {
  const sdl = await sdlOf(subgraph);
  outputs.set(subgraph.schemaFile, sdl);
  services.push({ name: subgraph.name, url: subgraph.routingUrl, typeDefs: parse(sdl) });
}

const composition = composeServices(services);
if (composition.errors) {
  for (const error of composition.errors) console.error(`composition error: ${error.message}`);
  process.exit(1);
}
for (const hint of composition.hints ?? []) if (process.env.COMPOSE_HINTS) console.warn(`hint: ${hint.toString()}`);
outputs.set(resolve(REPO_ROOT, "supergraph.graphql"), `${composition.supergraphSdl.trim()}\n`);

let drift = 0;
for (const [file, content] of outputs) {
  const name = relative(REPO_ROOT, file);
  const current = existsSync(file) ? readFileSync(file, "utf8") : null;
  if (current === content) continue;
  if (check) {
    drift++;
    console.error(`drift: ${name} is not what supergraph.yaml and the code compose to`);
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    console.log(`wrote ${name}`);
  }
}
if (check && drift > 0) {
  console.error("Run `npm run compose` and commit the result.");
  process.exit(1);
}
console.log(check ? "composition: no drift" : `composed ${config.subgraphs.length} subgraphs into supergraph.graphql`);
