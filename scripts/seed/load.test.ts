import { DEMO_PATIENTS, openDatabase, subgraphNameFor, type Database } from "@scr/common";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCATOR_ENTITIES, LOCATOR_MIGRATIONS } from "../../subgraphs/locator/src/locator.database.js";
import { REGION_ENTITIES, REGION_MIGRATIONS } from "../../subgraphs/region/src/region.database.js";
import { loadDemoAndPopulation, populatedTables, truncateAll, type SeedSummary, type SeedTarget } from "./load.js";

// openDatabase without a url is always in-memory PGlite, even when DATABASE_URL is set for other tests.
const REGIONS = ["QE1", "QKS"];
const PER_REGION = 150;
let locator: Database;
const regions: Record<string, Database> = {};
let target: SeedTarget;

async function count(database: Database, table: string): Promise<number> {
  const [row] = await database.dataSource.query(`SELECT count(*)::int AS n FROM "${table}"`);
  return row.n;
}

beforeAll(async () => {
  locator = await openDatabase({ name: "locator", entities: LOCATOR_ENTITIES, migrations: LOCATOR_MIGRATIONS });
  for (const code of REGIONS) {
    regions[code] = await openDatabase({ name: subgraphNameFor(code), entities: REGION_ENTITIES, migrations: REGION_MIGRATIONS });
  }
  target = { locator: locator.dataSource, regions: Object.fromEntries(REGIONS.map((c) => [c, regions[c].dataSource])) };
}, 120_000);

afterAll(async () => {
  for (const database of [locator, ...Object.values(regions)]) await database?.close();
});

describe("loadDemoAndPopulation", () => {
  let summary: SeedSummary;

  it("loads fixtures and population into empty databases, with counts matching the summary", async () => {
    expect(await populatedTables(target)).toEqual([]);
    summary = await loadDemoAndPopulation(target, { patientsPerRegion: PER_REGION, seed: 2026 });

    // Four demo people plus the generated ones; the demo pointers only for regions being seeded.
    expect(await count(locator, "patient")).toBe(4 + REGIONS.length * PER_REGION);
    expect(summary.locator.patients).toBe(4 + REGIONS.length * PER_REGION);
    expect(await count(locator, "record_pointer")).toBe(summary.locator.pointers);
    const [{ n: demoPointers }] = await locator.dataSource.query(`SELECT count(*)::int AS n FROM record_pointer WHERE nhs_number = ANY($1)`, [Object.values(DEMO_PATIENTS)]);
    expect(demoPointers).toBe(4); // QE1 x3, QKS x1

    for (const code of REGIONS) {
      const records = await count(regions[code], "patient_record");
      expect(records).toBe(summary.regions[code].patients);
      expect(records).toBeGreaterThan(PER_REGION);
      let rows = 0;
      for (const table of ["patient_record", "allergy", "medication", "condition", "encounter", "observation", "care_plan", "alert", "document"]) {
        rows += await count(regions[code], table);
      }
      expect(rows).toBe(summary.regions[code].rows);
      const [{ n: pointers }] = await locator.dataSource.query(`SELECT count(*)::int AS n FROM record_pointer WHERE region_code = $1`, [code]);
      expect(pointers).toBe(records);
    }
    expect(summary.rows).toBe(summary.locator.patients + summary.locator.pointers + REGIONS.reduce((n, c) => n + summary.regions[c].rows, 0));
  }, 120_000);

  it("keeps the fixed demo patients exactly as the fixtures define them", async () => {
    const [allergy] = await regions.QE1.dataSource.query(`SELECT id, code FROM allergy WHERE nhs_number = $1 AND code = '91936005'`, [DEMO_PATIENTS.visitorFromPreston]);
    expect(allergy.id).toBe("qe1-demo-0001");
    const [objection] = await regions.QE1.dataSource.query(`SELECT sharing_objection FROM patient_record WHERE nhs_number = $1`, [DEMO_PATIENTS.objectedInQE1]);
    expect(objection.sharing_objection).toBe(true);
    const [restricted] = await locator.dataSource.query(`SELECT restricted FROM patient WHERE nhs_number = $1`, [DEMO_PATIENTS.sFlagged]);
    expect(restricted.restricted).toBe(true);
  });

  it("reports populated tables, and after truncateAll loads the same population again", async () => {
    const populated = await populatedTables(target);
    expect(populated).toEqual(expect.arrayContaining(["locator.patient", "locator.record_pointer", "QE1.patient_record", "QKS.encounter"]));
    await truncateAll(target);
    expect(await populatedTables(target)).toEqual([]);
    const again = await loadDemoAndPopulation(target, { patientsPerRegion: PER_REGION, seed: 2026 });
    expect({ ...again, seconds: 0 }).toEqual({ ...summary, seconds: 0 });
  }, 120_000);

  it("can leave pointers to the regions' own publication", async () => {
    await truncateAll(target);
    const result = await loadDemoAndPopulation(target, { patientsPerRegion: 10, seed: 1, pointers: false });
    expect(result.locator.pointers).toBe(0);
    expect(await count(locator, "record_pointer")).toBe(0);
    expect(await count(locator, "patient")).toBe(4 + REGIONS.length * 10);
  }, 120_000);
});
