/** The care-record subgraph (stateless). Reads the environment, listens. */
import { assertionVerifierFromEnv, portFor, stopOnSignal, verifierFromEnv } from "@scr/common";
import { createCareRecordServer } from "./care-record.server.js";

const server = await createCareRecordServer({ verifier: verifierFromEnv(), assertionVerifier: assertionVerifierFromEnv() });
const running = await server.listen(portFor("care-record"), process.env.HOST ?? "127.0.0.1");
console.log(`care-record serving ${running.url}`);
stopOnSignal(() => running.stop());
