import { createSubgraphServer, federationRegions, type Database, type RegionInfo, type TokenVerifier } from "@scr/common";
import { createLocatorContext, type LocatorContext } from "./locator.context.js";
import { buildLocatorSchema } from "./schema.js";

export interface LocatorServerConfig {
  database: Database;
  verifier: TokenVerifier;
  /** Regions of the federation; defaults to those in supergraph.yaml. */
  regions?: RegionInfo[];
}

export async function createLocatorServer(config: LocatorServerConfig) {
  const regions = config.regions ?? federationRegions();
  const schema = await buildLocatorSchema(regions);
  const { dataSource } = config.database;
  return createSubgraphServer<LocatorContext>({
    schema,
    verifier: config.verifier,
    context: (identity) => createLocatorContext(identity, dataSource, regions),
    health: () => dataSource.query("SELECT 1"),
  });
}
