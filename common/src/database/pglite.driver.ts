import { EventEmitter } from "node:events";
import { type PGlite } from "@electric-sql/pglite";

/**
 * A `pg`-shaped driver over one embedded PGlite instance, for TypeORM's postgres dialect.
 * PGlite is a single connection, so a "connection" holds it exclusively from checkout to
 * release: transactions stay isolated instead of interleaving.
 */
type Callback = (error: Error | null, client?: PGliteClient, release?: () => void) => void;

class ExclusiveLock {
  private tail: Promise<void> = Promise.resolve();
  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => held);
    return ready;
  }
}

class PGliteClient extends EventEmitter {
  constructor(private readonly db: PGlite) { super(); }

  async query(sql: string | { text: string; values?: unknown[] }, params?: unknown[]) {
    const text = typeof sql === "string" ? sql : sql.text;
    const values = typeof sql === "string" ? params : sql.values ?? params;
    if (values && values.length > 0) return this.db.query(text, values as unknown[]);
    const results = await this.db.exec(text);
    return results[results.length - 1] ?? { rows: [], fields: [], rowCount: 0 };
  }
}

export class PGlitePool extends EventEmitter {
  private readonly db: PGlite;
  private readonly lock = new ExclusiveLock();

  constructor(options: { pglite: PGlite }) {
    super();
    this.db = options.pglite;
  }

  connect(callback?: Callback): Promise<PGliteClient> | void {
    const checkout = this.lock.acquire().then((unlock) => {
      const client = new PGliteClient(this.db);
      let released = false;
      const release = () => { if (!released) { released = true; unlock(); } };
      return { client: Object.assign(client, { release }), release };
    });
    if (!callback) return checkout.then(({ client }) => client);
    checkout.then(({ client, release }) => callback(null, client, release), (error) => callback(error));
  }

  async query(sql: string, params?: unknown[]) {
    const client = (await this.connect()) as PGliteClient & { release: () => void };
    try { return await client.query(sql, params); } finally { client.release(); }
  }

  end(callback?: (error?: Error) => void) {
    callback?.(); // the PGlite instance belongs to whoever opened it
  }
}

export const pgliteDriverModule = { Pool: PGlitePool };
