import { createCareRecordServer } from "@scr/care-record";
import {
  AssertionSigner, assertionVerifierForJwks, DEMO_REGION_CODES, DevIssuer, generateSigningKey, REPO_ROOT, subgraphNameFor, verifierForJwks,
  type Database, type PersonaName, type RunningServer,
} from "@scr/common";
import { createGateway } from "@scr/gateway";
import { createLocatorServer, openLocatorDatabase } from "@scr/locator";
import { createRegionServer, openRegionDatabase, publishRecordPointers } from "@scr/region";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadDemoFixtures } from "../../scripts/seed/demo-load.js";
import { closeAndDrop, testDatabaseUrl } from "./databases.js";
import { startRecordingProxy } from "./recording-proxy.js";

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] };
  headers: Headers;
}

export async function postGraphQL(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse["body"], headers: response.headers };
}

/**
 * The demo federation of demo-scenario.md, in process: every subgraph on its own port and database,
 * pointers registered through the locator's API, the gateway on the committed supergraph.
 */
export async function startFederation() {
  const issuer = new DevIssuer(await generateSigningKey("test"));
  const verifier = verifierForJwks(issuer.jwks);
  const assertionSigner = new AssertionSigner(await generateSigningKey("assertions"));
  const assertionVerifier = assertionVerifierForJwks(assertionSigner.jwks);
  const databases: { db: Database; url?: string }[] = [];
  const running = new Map<string, RunningServer>();

  const locatorUrl = testDatabaseUrl("locator");
  const locatorDb = await openLocatorDatabase({ url: locatorUrl });
  databases.push({ db: locatorDb, url: locatorUrl });
  const regionDbs: Record<string, Database> = {};
  for (const code of DEMO_REGION_CODES) {
    const url = testDatabaseUrl(subgraphNameFor(code));
    regionDbs[code] = await openRegionDatabase(code, { url });
    databases.push({ db: regionDbs[code], url });
  }
  await loadDemoFixtures(
    { locator: locatorDb.dataSource, regions: Object.fromEntries(Object.entries(regionDbs).map(([c, d]) => [c, d.dataSource])) },
    { pointers: false },
  );

  running.set("locator", await (await createLocatorServer({ database: locatorDb, verifier, assertionSigner })).listen());
  running.set("care-record", await (await createCareRecordServer({ verifier, assertionVerifier })).listen());
  for (const code of DEMO_REGION_CODES) {
    const server = await createRegionServer({ regionCode: code, database: regionDbs[code], verifier, assertionVerifier });
    running.set(subgraphNameFor(code), await server.listen());
    await publishRecordPointers({
      locatorUrl: running.get("locator")!.url,
      regionCode: code,
      serviceToken: () => issuer.mintService(subgraphNameFor(code), code),
      dataSource: regionDbs[code].dataSource,
    });
  }

  const subgraphUrls = Object.fromEntries([...running].map(([name, server]) => [name, server.url]));
  // The gateway reaches every subgraph through a proxy that records what it was sent.
  const proxies = new Map<string, Awaited<ReturnType<typeof startRecordingProxy>>>();
  for (const [name, url] of Object.entries(subgraphUrls)) proxies.set(name, await startRecordingProxy(url));
  const gatewayRoutes = Object.fromEntries([...proxies].map(([name, proxy]) => [name, proxy.url]));
  const supergraphSdl = readFileSync(join(REPO_ROOT, "supergraph.graphql"), "utf8");
  const gateway = await createGateway({ supergraphSdl, verifier, subgraphUrls: gatewayRoutes, production: false, subgraphTimeoutMs: 5000 }).listen();

  const tokens = new Map<PersonaName, string>();
  const tokenFor = async (persona: PersonaName) => {
    if (!tokens.has(persona)) tokens.set(persona, await issuer.mintPersona(persona));
    return tokens.get(persona)!;
  };

  return {
    issuer,
    gatewayUrl: gateway.url,
    subgraphUrls,
    regionDatabases: regionDbs,
    locatorDatabase: locatorDb,
    tokenFor,
    /** A query through the gateway as a persona. */
    async query(query: string, variables: Record<string, unknown> = {}, persona: PersonaName = "gp") {
      return postGraphQL(gateway.url, query, variables, { authorization: `Bearer ${await tokenFor(persona)}` });
    },
    /** Headers of every request the gateway sent to a subgraph. */
    receivedBy: (name: string) => proxies.get(name)?.received ?? [],
    async stopSubgraph(name: string) {
      await running.get(name)?.stop();
      running.delete(name);
    },
    async stop() {
      await gateway.stop();
      for (const server of running.values()) await server.stop();
      for (const proxy of proxies.values()) await proxy.stop();
      for (const { db, url } of databases) await closeAndDrop(db, url);
    },
  };
}

export type Federation = Awaited<ReturnType<typeof startFederation>>;
