/** The locator subgraph. Reads the environment, listens; building is elsewhere. */
import { assertionSignerFromEnv, dataDirFor, portFor, stopOnSignal, verifierFromEnv } from "@scr/common";
import { createLocatorServer } from "./locator.server.js";
import { openLocatorDatabase } from "./locator.database.js";

const database = await openLocatorDatabase({ dataDir: process.env.DATABASE_URL ? undefined : dataDirFor("locator") });
const server = await createLocatorServer({ database, verifier: verifierFromEnv(), assertionSigner: assertionSignerFromEnv() });
const running = await server.listen(portFor("locator"), process.env.HOST ?? "127.0.0.1");
console.log(`locator serving ${running.url} on ${database.kind}`);
stopOnSignal(async () => { await running.stop(); await database.close(); });
