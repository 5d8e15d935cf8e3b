import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import { parse } from "yaml";
import { regionCodeFromSubgraphName, regionOrThrow, type RegionInfo } from "../regions/region-registry.js";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const SUPERGRAPH_CONFIG = resolve(REPO_ROOT, "supergraph.yaml");

export interface SubgraphEntry {
  name: string;
  routingUrl: string;
  schemaFile: string;
  /** The ICB this subgraph serves, for region subgraphs. */
  region: RegionInfo | null;
}

interface RoverConfig {
  federation_version?: string;
  subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
}

export function readSupergraphConfig(path = SUPERGRAPH_CONFIG): { federationVersion: string; subgraphs: SubgraphEntry[] } {
  const config = parse(readFileSync(path, "utf8")) as RoverConfig;
  const base = dirname(path);
  return {
    federationVersion: config.federation_version ?? "=2.5.0",
    subgraphs: Object.entries(config.subgraphs).map(([name, entry]) => {
      const code = regionCodeFromSubgraphName(name);
      return {
        name,
        routingUrl: entry.routing_url,
        schemaFile: resolve(base, entry.schema.file),
        region: code ? regionOrThrow(code) : null,
      };
    }),
  };
}

/** The regions in the federation: the locator declares a reference type for each. */
export function federationRegions(path = SUPERGRAPH_CONFIG): RegionInfo[] {
  return readSupergraphConfig(path).subgraphs.flatMap((s) => (s.region ? [s.region] : []));
}
