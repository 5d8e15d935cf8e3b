import "reflect-metadata";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DataSource, type DataSourceOptions, type Logger, type MixedList, type EntitySchema } from "typeorm";
import { pgliteDriverModule } from "./pglite.driver.js";

export interface DatabaseOptions {
  /** Logical name, e.g. `locator` or `region-qe1`; names the PGlite directory or server database. */
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  entities: MixedList<Function | string | EntitySchema<any>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  migrations: MixedList<Function | string>;
  /** A Postgres server URL. Without it the database is embedded PGlite. */
  url?: string;
  /** PGlite data directory; omitted means in memory. Ignored with `url`. */
  dataDir?: string;
}

/** Counts SQL statements, so tests can prove a batch costs the same as one. */
export class StatementCounter implements Logger {
  count = 0;
  logQuery() { this.count++; }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

export interface Database {
  dataSource: DataSource;
  statements: StatementCounter;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const statements = new StatementCounter();
  const common = {
    type: "postgres",
    entities: options.entities,
    migrations: options.migrations,
    migrationsRun: true,
    migrationsTransactionMode: "each",
    synchronize: false,
    logger: statements,
    logging: true,
  } as const;
  let pglite: PGlite | undefined;
  let config: DataSourceOptions;
  if (options.url) {
    await ensureServerDatabase(options.url);
    config = { ...common, url: options.url, poolSize: 10 };
  } else {
    if (options.dataDir) mkdirSync(dirname(options.dataDir), { recursive: true });
    pglite = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
    config = { ...common, driver: pgliteDriverModule, extra: { pglite } };
  }
  const dataSource = await new DataSource(config).initialize();
  return {
    dataSource,
    statements,
    kind: pglite ? "pglite" : "postgres",
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await pglite?.close();
    },
  };
}

/** Creates the URL's database on its server if it does not exist yet. */
export async function ensureServerDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`).catch((error: { code?: string }) => {
        if (error.code !== "42P04") throw error; // created concurrently by a sibling process
      });
    }
  } finally {
    await client.end();
  }
}

export async function dropServerDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/**
 * Which server database a subgraph uses: `<NAME>_DATABASE_URL` (e.g. `REGION_QE1_DATABASE_URL`),
 * else `DATABASE_URL` with the database renamed to `scr_<name>`, else none (embedded).
 */
export function serverUrlFor(name: string, env: NodeJS.ProcessEnv = process.env, prefix = "scr_"): string | undefined {
  const own = env[`${name.toUpperCase().replace(/-/g, "_")}_DATABASE_URL`];
  if (own) return own;
  if (!env.DATABASE_URL) return undefined;
  const url = new URL(env.DATABASE_URL);
  url.pathname = `/${prefix}${name.replace(/-/g, "_")}`;
  return url.toString();
}
