/** One region's subgraph: REGION=<ICB code>. Reads the environment, listens; building is elsewhere. */
import { assertionVerifierFromEnv, DevIssuer, dataDirFor, loadOrCreateSigningKey, portFor, regionOrThrow, stopOnSignal, subgraphNameFor, verifierFromEnv } from "@scr/common";
import { createRegionServer } from "./region.server.js";
import { openRegionDatabase } from "./region.database.js";
import { publishRecordPointers } from "./pointers/pointer.publisher.js";

const region = regionOrThrow(process.env.REGION ?? "");
const name = subgraphNameFor(region.code);
const database = await openRegionDatabase(region.code, { dataDir: process.env.DATABASE_URL ? undefined : dataDirFor(name) });
const server = await createRegionServer({ regionCode: region.code, database, verifier: verifierFromEnv(), assertionVerifier: assertionVerifierFromEnv() });
const running = await server.listen(portFor(name), process.env.HOST ?? "127.0.0.1");
console.log(`${region.code} ${region.name} serving ${running.url} on ${database.kind}`);
stopOnSignal(async () => { await running.stop(); await database.close(); });

// Tell the locator which patients this region holds, through its authenticated API.
if (process.env.LOCATOR_URL) {
  if (!process.env.SERVICE_TOKEN && process.env.NODE_ENV === "production") throw new Error("SERVICE_TOKEN is required in production");
  // Development only: the local issuer stands in for the identity provider's client credentials.
  const serviceToken = process.env.SERVICE_TOKEN
    ? async () => process.env.SERVICE_TOKEN as string
    : async () => new DevIssuer(await loadOrCreateSigningKey()).mintService(name, region.code);
  for (let attempt = 1; attempt <= 30; attempt++) {
    try {
      const count = await publishRecordPointers({ locatorUrl: process.env.LOCATOR_URL, regionCode: region.code, serviceToken, dataSource: database.dataSource });
      console.log(`${region.code} registered ${count} record pointers with the locator`);
      break;
    } catch (error) {
      if (attempt === 30) console.error(`${region.code} could not register pointers: ${(error as Error).message}`);
      else await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}
