/**
 * `npm run audit:verify -- --subgraph region-qe1` (or `locator`): recomputes the audit trail's hash
 * chain and reports altered or removed rows. Exit code 1 if the trail was tampered with.
 * Compare the printed head with one recorded earlier to detect removal of the newest rows.
 */
import { dataDirFor, regionCodeFromSubgraphName, verifyAuditTrail } from "@scr/common";
import { openLocatorDatabase } from "@scr/locator";
import { openRegionDatabase } from "@scr/region";

const args = process.argv.slice(2);
const at = args.indexOf("--subgraph");
const subgraph = at >= 0 ? args[at + 1] : undefined;
if (!subgraph || !(subgraph === "locator" || subgraph.startsWith("region-"))) {
  console.error("Usage: npm run audit:verify -- --subgraph <locator | region-<icb code>>");
  process.exit(2);
}
const dataDir = process.env.DATABASE_URL ? undefined : dataDirFor(subgraph);
const region = regionCodeFromSubgraphName(subgraph);
const database = region ? await openRegionDatabase(region, { dataDir }) : await openLocatorDatabase({ dataDir });
try {
  const result = await verifyAuditTrail(database.dataSource);
  console.log(`${subgraph}: ${result.rows} audit events; head ${result.head ? `#${result.head.seq} ${result.head.hash}` : "(empty)"}`);
  for (const problem of result.problems) console.log(`  #${problem.seq}: ${problem.problem}`);
  console.log(result.ok ? "trail intact" : "TRAIL TAMPERED WITH");
  process.exitCode = result.ok ? 0 : 1;
} finally {
  await database.close();
}
