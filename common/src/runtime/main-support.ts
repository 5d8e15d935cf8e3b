import { join } from "node:path";
import { REPO_ROOT, readSupergraphConfig } from "../federation/supergraph-config.js";

/** Port a subgraph listens on: PORT, else the port of its routing URL in supergraph.yaml. */
export function portFor(subgraphName: string, env: NodeJS.ProcessEnv = process.env): number {
  if (env.PORT) return Number(env.PORT);
  const entry = readSupergraphConfig().subgraphs.find((s) => s.name === subgraphName);
  if (!entry) throw new Error(`${subgraphName} is not in supergraph.yaml`);
  return Number(new URL(entry.routingUrl).port);
}

/** Embedded database directory of a subgraph: `<DATA_DIR or .data>/<name>`. */
export function dataDirFor(subgraphName: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(env.DATA_DIR ?? join(REPO_ROOT, ".data"), subgraphName);
}

/** Stops cleanly on Ctrl-C or a supervisor's SIGTERM. */
export function stopOnSignal(stop: () => Promise<void>): void {
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      stop().finally(() => process.exit(0));
    });
  }
}
