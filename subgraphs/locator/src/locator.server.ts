import { createSubgraphServer, federationRegions, type AssertionSigner, type Database, type RegionInfo, type TokenVerifier } from "@scr/common";
import { createLocatorContext, type LocatorContext } from "./locator.context.js";
import { buildGuardedLocatorSchema } from "./schema.js";

export interface LocatorServerConfig {
  database: Database;
  verifier: TokenVerifier;
  /** Signs the access decisions that regions and the care-record subgraph verify. */
  assertionSigner: AssertionSigner;
  /** Regions of the federation; defaults to those in supergraph.yaml. */
  regions?: RegionInfo[];
}

export async function createLocatorServer(config: LocatorServerConfig) {
  const regions = config.regions ?? federationRegions();
  const schema = await buildGuardedLocatorSchema(regions);
  const { dataSource } = config.database;
  return createSubgraphServer<LocatorContext>({
    schema,
    verifier: config.verifier,
    context: (identity) => createLocatorContext(identity, dataSource, regions, config.assertionSigner),
    health: () => dataSource.query("SELECT 1"),
  });
}
