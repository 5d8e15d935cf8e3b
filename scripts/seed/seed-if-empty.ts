import { dataDirFor, readSupergraphConfig, subgraphNameFor, type Database } from "@scr/common";
import { openLocatorDatabase } from "@scr/locator";
import { openRegionDatabase } from "@scr/region";
import { loadDemoAndPopulation, populatedTables } from "./load.js";

/** Synthetic patients per region that `npm start` adds to the demo patients, for explorers. */
const START_PATIENTS_PER_REGION = Number(process.env.SEED_PATIENTS ?? 200);

/**
 * First start: create every subgraph's database and load the demo patients and a small synthetic
 * population. Embedded databases live in `.data/<subgraph>`; with DATABASE_URL, each subgraph has its
 * own database on that server. Pointers are not loaded: the regions register them (and their care
 * episodes) through the locator's API when they start, as they do in production.
 */
export async function seedIfEmpty(): Promise<void> {
  const onServer = Boolean(process.env.DATABASE_URL);
  const regions = readSupergraphConfig().subgraphs.flatMap((s) => (s.region ? [s.region.code] : []));
  const opened: Database[] = [];
  try {
    const locator = await openLocatorDatabase({ dataDir: onServer ? undefined : dataDirFor("locator") });
    opened.push(locator);
    const regionDatabases: Record<string, Database> = {};
    for (const code of regions) {
      regionDatabases[code] = await openRegionDatabase(code, { dataDir: onServer ? undefined : dataDirFor(subgraphNameFor(code)) });
      opened.push(regionDatabases[code]);
    }
    const target = { locator: locator.dataSource, regions: Object.fromEntries(Object.entries(regionDatabases).map(([c, d]) => [c, d.dataSource])) };
    if ((await populatedTables(target)).length > 0) return; // seeded before: keep what is there
    const summary = await loadDemoAndPopulation(target, { patientsPerRegion: START_PATIENTS_PER_REGION, seed: 2026, pointers: false });
    console.log(`seeded ${summary.patients} patients (${summary.rows} rows) in ${summary.seconds.toFixed(1)} s`);
  } finally {
    for (const database of opened) await database.close();
  }
}
