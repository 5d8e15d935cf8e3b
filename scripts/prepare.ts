/** Development keys and seeded databases: what `npm start` does first, and docker-compose's setup step. */
import { ensureDevAssertionKey, loadOrCreateSigningKey } from "@scr/common";
import { seedIfEmpty } from "./seed/seed-if-empty.js";

export async function prepareDevelopment(): Promise<void> {
  await loadOrCreateSigningKey(); // before any service starts, so they all trust the same keys
  await ensureDevAssertionKey();
  await seedIfEmpty();
}

if (import.meta.url === `file://${process.argv[1]}`) await prepareDevelopment();
