/**
 * Loads the demo fixtures plus a generated population into open databases. Shared by `npm run seed`,
 * `npm start` and tests; the caller opens (and migrates) the databases.
 */
import { type DataSource } from "typeorm";
import { bulkInsert } from "./bulk-insert.js";
import { emptyRegionDataset, type LocatorDataset, type RegionDataset, type Row } from "./dataset.js";
import { demoLocatorDataset, demoRegionDataset } from "./demo-fixtures.js";
import { generatePopulation } from "./population.js";

export interface SeedTarget {
  locator: DataSource;
  /** Keyed by ICB code; the population spreads over exactly these regions. */
  regions: Record<string, DataSource>;
}

export interface SeedOptions {
  /** Generated patients registered in each region (on top of the fixtures). */
  patientsPerRegion: number;
  seed: number;
  /** Write record_pointer rows directly (default). False: regions publish them through the locator API. */
  pointers?: boolean;
  /** Load the fixed demo patients (default true). */
  demo?: boolean;
  chunkPatients?: number;
  /** Rows per INSERT statement. */
  statementRows?: number;
  onProgress?: (progress: { patients: number; total: number; seconds: number }) => void;
}

export interface SeedSummary {
  /** Distinct people in the locator (fixtures and generated). */
  patients: number;
  locator: { patients: number; pointers: number };
  /** Per ICB code: patient_record rows (patients the region holds) and all rows written there. */
  regions: Record<string, { patients: number; rows: number }>;
  rows: number;
  seconds: number;
}

/** The tables the seed writes; only these count as "already seeded". */
const SEEDED_TABLES = { locator: ["patient", "record_pointer"], region: Object.keys(emptyRegionDataset("X").tables) };

function targets(target: SeedTarget): [string, DataSource, string[]][] {
  return [
    ["locator", target.locator, SEEDED_TABLES.locator],
    ...Object.entries(target.regions).map(([code, ds]): [string, DataSource, string[]] => [code, ds, SEEDED_TABLES.region]),
  ];
}

/** `<database>.<table>` of every seeded table that already holds rows, to refuse seeding on top of data. */
export async function populatedTables(target: SeedTarget): Promise<string[]> {
  const found: string[] = [];
  for (const [name, dataSource, tables] of targets(target)) {
    for (const table of tables) {
      const [row] = await dataSource.query(`SELECT EXISTS (SELECT 1 FROM "${table}") AS present`);
      if (row.present) found.push(`${name}.${table}`);
    }
  }
  return found;
}

/**
 * Empties every table except TypeORM's migration history and tables that refuse TRUNCATE by design
 * (the append-only audit trail keeps its events), e.g. for `--reset` on a server.
 */
export async function truncateAll(target: SeedTarget): Promise<void> {
  for (const [, dataSource] of targets(target)) {
    const rows: { relname: string }[] = await dataSource.query(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname NOT IN ('migrations', 'typeorm_metadata')
         AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND (t.tgtype & 32) <> 0)`, // 32: ON TRUNCATE
    );
    if (rows.length > 0) await dataSource.query(`TRUNCATE ${rows.map((r) => `"${r.relname}"`).join(", ")} RESTART IDENTITY`);
  }
}

/** Inserts one batch; tables go concurrently so a server can use its cores (PGlite serialises them). */
async function insertBatch(target: SeedTarget, locator: LocatorDataset, regions: RegionDataset[], options: SeedOptions, summary: SeedSummary): Promise<void> {
  const jobs: Promise<void>[] = [];
  const add = (dataSource: DataSource, table: string, rows: Row[]) => {
    if (rows.length > 0) jobs.push(bulkInsert(dataSource, table, rows, options.statementRows ?? 10_000));
  };
  add(target.locator, "patient", locator.patients);
  summary.locator.patients += locator.patients.length;
  if (options.pointers ?? true) {
    add(target.locator, "record_pointer", locator.pointers);
    summary.locator.pointers += locator.pointers.length;
  }
  for (const dataset of regions) {
    const dataSource = target.regions[dataset.region];
    const counts = (summary.regions[dataset.region] ??= { patients: 0, rows: 0 });
    // patient_record goes first: nothing enforces it (no foreign keys), but a reader never sees orphans.
    const { patient_record: records, ...items } = dataset.tables;
    if (records.length > 0) await bulkInsert(dataSource, "patient_record", records, options.statementRows ?? 10_000);
    counts.patients += records.length;
    counts.rows += records.length;
    for (const [table, rows] of Object.entries(items)) {
      add(dataSource, table, rows);
      counts.rows += rows.length;
    }
  }
  await Promise.all(jobs);
}

/** Loads the fixtures (unless `demo: false`) and `patientsPerRegion` generated patients per region. */
export async function loadDemoAndPopulation(target: SeedTarget, options: SeedOptions): Promise<SeedSummary> {
  const started = performance.now();
  const codes = Object.keys(target.regions);
  const summary: SeedSummary = {
    patients: 0, locator: { patients: 0, pointers: 0 },
    regions: Object.fromEntries(codes.map((code) => [code, { patients: 0, rows: 0 }])), rows: 0, seconds: 0,
  };
  if (options.demo ?? true) {
    const demo = demoLocatorDataset();
    // Pointers only for the regions being seeded: a pointer to an absent region would dangle.
    const locator = { patients: demo.patients, pointers: demo.pointers.filter((p) => codes.includes(p.region_code as string)) };
    await insertBatch(target, locator, codes.map((code) => demoRegionDataset(code)), options, summary);
  }
  const total = codes.length * options.patientsPerRegion;
  let done = 0;
  for (const chunk of generatePopulation({ regions: codes, patientsPerRegion: options.patientsPerRegion, seed: options.seed, chunkPatients: options.chunkPatients })) {
    await insertBatch(target, chunk.locator, Object.values(chunk.regions), options, summary);
    done += chunk.patients;
    options.onProgress?.({ patients: done, total, seconds: (performance.now() - started) / 1000 });
  }
  summary.patients = summary.locator.patients;
  summary.rows = summary.locator.patients + summary.locator.pointers + Object.values(summary.regions).reduce((n, r) => n + r.rows, 0);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
