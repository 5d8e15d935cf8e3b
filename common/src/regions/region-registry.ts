import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** An ICB region. The registry is data (data/icbs.csv): the ICB map changes, the code does not. */
export interface RegionInfo {
  code: string;
  name: string;
  nhsRegionCode: string;
  nhsRegion: string;
}

const ICB_CSV = fileURLToPath(new URL("../../data/icbs.csv", import.meta.url));

function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === "," && !quoted) { cells.push(cell); cell = ""; }
    else cell += char;
  }
  cells.push(cell);
  return cells;
}

function load(): Map<string, RegionInfo> {
  const [, ...rows] = readFileSync(ICB_CSV, "utf8").trim().split(/\r?\n/);
  return new Map(rows.map((row) => {
    const [code, name, nhsRegionCode, nhsRegion] = parseCsvLine(row);
    return [code, { code, name, nhsRegionCode, nhsRegion }];
  }));
}

const registry = load();

export function allRegions(): RegionInfo[] {
  return [...registry.values()];
}

export function findRegion(code: string): RegionInfo | undefined {
  return registry.get(code.toUpperCase());
}

export function regionOrThrow(code: string): RegionInfo {
  const region = findRegion(code);
  if (!region) throw new Error(`Unknown ICB code "${code}": not in data/icbs.csv`);
  return region;
}

/** Federation names: subgraph `region-qe1`, entity type `RecordQE1`. */
export const subgraphNameFor = (code: string) => `region-${code.toLowerCase()}`;
export const recordTypeNameFor = (code: string) => `Record${code.toUpperCase()}`;
export function regionCodeFromTypeName(typeName: string): string | undefined {
  return typeName.startsWith("Record") ? typeName.slice("Record".length) : undefined;
}
export function regionCodeFromSubgraphName(name: string): string | undefined {
  return name.startsWith("region-") ? name.slice("region-".length).toUpperCase() : undefined;
}

/** The regions `npm start` and the end-to-end tests run (demo-scenario.md). */
export const DEMO_REGION_CODES = ["QE1", "Z9B2Z", "QHM", "QKS"] as const;
