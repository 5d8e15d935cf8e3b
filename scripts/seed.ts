/**
 * `npm run seed`: loads the demo fixtures plus a generated population into each subgraph's database.
 * Embedded PGlite under --data-dir by default; with DATABASE_URL, the server databases scr_<name>.
 *
 *   npm run seed -- [--patients 200] [--seed 2026] [--regions QE1,Z9B2Z,QHM,QKS] [--data-dir .data] [--reset]
 */
import { DEMO_REGION_CODES, REPO_ROOT, regionOrThrow, serverUrlFor, subgraphNameFor, type Database } from "@scr/common";
import { openLocatorDatabase } from "@scr/locator";
import { openRegionDatabase } from "@scr/region";
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadDemoAndPopulation, populatedTables, truncateAll, type SeedSummary } from "./seed/load.js";
import { PopulationTooLargeError, checkPopulationFits } from "./seed/population.js";

const USAGE = "usage: npm run seed -- [--patients N] [--seed S] [--regions QE1,Z9B2Z,...] [--data-dir DIR] [--db-prefix scr_] [--reset]";

function fail(message: string, code = 2): never {
  console.error(`seed: ${message}`);
  process.exit(code);
}

function integer(name: string, text: string): number {
  if (!/^\d+$/.test(text)) fail(`--${name} must be a whole number, not "${text}"\n${USAGE}`);
  return Number(text);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        patients: { type: "string", default: "200" },
        seed: { type: "string", default: "2026" },
        regions: { type: "string", default: DEMO_REGION_CODES.join(",") },
        // Where the subgraphs look for their embedded databases (DATA_DIR, as in dataDirFor).
        "data-dir": { type: "string", default: process.env.DATA_DIR ?? join(REPO_ROOT, ".data") },
        // Server database names are <prefix><name>; a different prefix keeps benchmarks apart from the demo.
        "db-prefix": { type: "string", default: "scr_" },
        reset: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
})();
if (values.help) { console.log(USAGE); process.exit(0); }

const patientsPerRegion = integer("patients", values.patients);
const seed = integer("seed", values.seed);
const regions = [...new Set(values.regions.split(",").map((c) => c.trim().toUpperCase()).filter(Boolean))];
if (regions.length === 0) fail(`--regions needs at least one ICB code\n${USAGE}`);
for (const code of regions) {
  try { regionOrThrow(code); } catch (error) { fail((error as Error).message); }
}
try {
  checkPopulationFits(regions.length, patientsPerRegion);
} catch (error) {
  if (error instanceof PopulationTooLargeError) fail(error.message);
  throw error;
}

const dataDir = resolve(values["data-dir"]);
const urlFor = (name: string) => serverUrlFor(name, process.env, values["db-prefix"]);
const names = ["locator", ...regions.map(subgraphNameFor)];
const onServer = names.map(urlFor).some(Boolean);
// Embedded databases (those without a server URL) live in directories, so --reset deletes them.
for (const name of names.filter((n) => !urlFor(n))) {
  if (values.reset) rmSync(join(dataDir, name), { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
}
const where = (name: string) => urlFor(name)?.replace(/\/\/[^@/]*@/, "//") ?? join(dataDir, name);

const opened: Database[] = [];
try {
  const locator = await openLocatorDatabase({ url: urlFor("locator"), dataDir: join(dataDir, "locator") });
  opened.push(locator);
  const regionDbs: Record<string, Database> = {};
  for (const code of regions) {
    const name = subgraphNameFor(code);
    regionDbs[code] = await openRegionDatabase(code, { url: urlFor(name), dataDir: join(dataDir, name) });
    opened.push(regionDbs[code]);
  }
  const target = { locator: locator.dataSource, regions: Object.fromEntries(regions.map((c) => [c, regionDbs[c].dataSource])) };
  if (values.reset && onServer) await truncateAll(target);
  const populated = await populatedTables(target);
  if (populated.length > 0) {
    console.error(`seed: refusing to seed over existing data (${populated.slice(0, 4).join(", ")}${populated.length > 4 ? ", ..." : ""}).`);
    console.error(`seed: rerun with --reset to delete it first${onServer ? "" : `, or choose another --data-dir (now ${dataDir})`}.`);
    process.exitCode = 2;
  } else {
    console.log(`seed: ${patientsPerRegion.toLocaleString("en-GB")} generated patients per region, seed ${seed}, into ${names.map(where).join(", ")}`);
    let lastReport = 0;
    const summary = await loadDemoAndPopulation(target, {
      patientsPerRegion, seed,
      onProgress: ({ patients, total, seconds }) => {
        if (seconds - lastReport < 10 && patients < total) return; // a line every ten seconds
        lastReport = seconds;
        console.log(`seed:   ${patients.toLocaleString("en-GB")} / ${total.toLocaleString("en-GB")} patients, ${seconds.toFixed(0)} s`);
      },
    });
    printSummary(summary);
  }
} catch (error) {
  console.error(`seed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  for (const database of opened.reverse()) await database.close();
}

function printSummary(summary: SeedSummary): void {
  const n = (value: number) => value.toLocaleString("en-GB").padStart(12);
  console.log(`seed: done in ${summary.seconds.toFixed(1)} s, ${summary.rows.toLocaleString("en-GB")} rows (${Math.round(summary.rows / Math.max(summary.seconds, 0.001)).toLocaleString("en-GB")} rows/s)`);
  console.log(`  ${"database".padEnd(14)}${"patients".padStart(12)}${"rows".padStart(12)}`);
  console.log(`  ${"locator".padEnd(14)}${n(summary.locator.patients)}${n(summary.locator.patients + summary.locator.pointers)}  (${summary.locator.pointers.toLocaleString("en-GB")} pointers)`);
  for (const [code, counts] of Object.entries(summary.regions)) console.log(`  ${subgraphNameFor(code).padEnd(14)}${n(counts.patients)}${n(counts.rows)}`);
}
