/**
 * `npm run bench [-- --patients N --requests R]`: the measurements behind docs/benchmarks.md.
 * 1. Bulk load: N synthetic patients into one region (embedded PGlite, or DATABASE_URL's server).
 * 2. Query: R sequential requests for the visitor from Preston through the in-process federation.
 */
import { openLocatorDatabase } from "@scr/locator";
import { openRegionDatabase } from "@scr/region";
import { VISITOR_FROM_PRESTON_QUERY } from "@scr/gateway";
import { closeAndDrop, testDatabaseUrl } from "../test/support/databases.js";
import { startFederation } from "../test/support/federation.harness.js";
import { loadDemoAndPopulation } from "./seed/load.js";

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const patients = option("patients", 20_000);
const requests = option("requests", 200);
const target = process.env.DATABASE_URL ? "PostgreSQL server" : "embedded PGlite";

async function bulkLoad() {
  const locatorUrl = testDatabaseUrl("bench-locator");
  const regionUrl = testDatabaseUrl("bench-region-qe1");
  const locator = await openLocatorDatabase({ url: locatorUrl });
  const region = await openRegionDatabase("QE1", { url: regionUrl });
  try {
    const memoryBefore = process.memoryUsage().rss;
    const summary = await loadDemoAndPopulation({ locator: locator.dataSource, regions: { QE1: region.dataSource } }, { patientsPerRegion: patients, seed: 2026 });
    return { summary, rssMiB: Math.round((process.memoryUsage().rss - memoryBefore) / 2 ** 20) };
  } finally {
    await closeAndDrop(locator, locatorUrl);
    await closeAndDrop(region, regionUrl);
  }
}

async function queryLatency() {
  const federation = await startFederation();
  try {
    for (let i = 0; i < 10; i++) await federation.query(VISITOR_FROM_PRESTON_QUERY);
    const timings: number[] = [];
    for (let i = 0; i < requests; i++) {
      const started = performance.now();
      const { body } = await federation.query(VISITOR_FROM_PRESTON_QUERY);
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      timings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))].toFixed(1);
    return { p50: at(0.5), p95: at(0.95), max: at(1), mean: (timings.reduce((a, b) => a + b, 0) / timings.length).toFixed(1) };
  } finally {
    await federation.stop();
  }
}

console.log(`# Benchmarks on ${target}, node ${process.version}`);
const load = await bulkLoad();
console.log(`bulk load: ${load.summary.patients} patients, ${load.summary.rows} rows in ${load.summary.seconds.toFixed(1)} s` +
  ` = ${Math.round(load.summary.patients / load.summary.seconds)} patients/s, ${Math.round(load.summary.rows / load.summary.seconds)} rows/s (RSS growth ${load.rssMiB} MiB)`);
const latency = await queryLatency();
console.log(`visitor-from-Preston query through the gateway, ${requests} sequential requests: p50 ${latency.p50} ms, p95 ${latency.p95} ms, max ${latency.max} ms, mean ${latency.mean} ms`);
