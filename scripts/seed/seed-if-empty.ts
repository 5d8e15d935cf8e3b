import { DEMO_REGION_CODES, dataDirFor, readSupergraphConfig, subgraphNameFor, type Database } from "@scr/common";
import { openLocatorDatabase } from "@scr/locator";
import { openRegionDatabase } from "@scr/region";
import { loadDemoFixtures } from "./demo-load.js";

/**
 * First start: create every subgraph's database and load the demo patients. Embedded databases live
 * in `.data/<subgraph>`; with DATABASE_URL, each subgraph has its own database on that server.
 * Pointers are not loaded: the regions register them through the locator's API when they start.
 */
export async function seedIfEmpty(): Promise<void> {
  const onServer = Boolean(process.env.DATABASE_URL);
  const regions = readSupergraphConfig().subgraphs.flatMap((s) => (s.region ? [s.region.code] : []));
  const open = async (name: string, opener: (dataDir?: string) => Promise<Database>) =>
    ({ database: await opener(onServer ? undefined : dataDirFor(name)) });
  const locator = await open("locator", (dataDir) => openLocatorDatabase({ dataDir }));
  try {
    const [{ count }] = await locator.database.dataSource.query("SELECT count(*)::int AS count FROM patient");
    if (count === 0) await loadDemoFixtures({ locator: locator.database.dataSource, regions: {} }, { pointers: false });
  } finally {
    await locator.database.close();
  }
  for (const code of regions) {
    const region = await open(subgraphNameFor(code), (dataDir) => openRegionDatabase(code, { dataDir }));
    try {
      const [{ count }] = await region.database.dataSource.query("SELECT count(*)::int AS count FROM patient_record");
      if (count === 0 && (DEMO_REGION_CODES as readonly string[]).includes(code)) {
        await loadDemoFixtures({ regions: { [code]: region.database.dataSource } }, { pointers: false });
      }
    } finally {
      await region.database.close();
    }
  }
}
