import { dropServerDatabase, type Database } from "@scr/common";
import { randomBytes } from "node:crypto";

/** Tests run on embedded PGlite, or on the server in DATABASE_URL in databases of their own. */
export const onServer = Boolean(process.env.DATABASE_URL);

const runId = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;

/** A uniquely named database on the server, so runs never collide or depend on leftovers. */
export function testDatabaseUrl(name: string): string | undefined {
  if (!process.env.DATABASE_URL) return undefined;
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/scr_test_${runId}_${name.replace(/-/g, "_")}`;
  return url.toString();
}

export async function closeAndDrop(database: Database, url: string | undefined): Promise<void> {
  await database.close();
  if (url) await dropServerDatabase(url);
}
