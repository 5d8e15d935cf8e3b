import { createSubgraphServer, regionOrThrow, type AssertionVerifier, type Database, type TokenVerifier } from "@scr/common";
import { buildGuardedRegionSchema } from "./schema.js";
import { createRegionContext, type RegionContext } from "./region.context.js";

export interface RegionServerConfig {
  regionCode: string;
  database: Database;
  verifier: TokenVerifier;
  /** Verifies the locator's signed access decisions. */
  assertionVerifier: AssertionVerifier;
}

/** Builds a region's subgraph server without side effects; `listen` starts it. */
export async function createRegionServer(config: RegionServerConfig) {
  const region = regionOrThrow(config.regionCode);
  const schema = await buildGuardedRegionSchema(region);
  const { dataSource } = config.database;
  return createSubgraphServer<RegionContext>({
    schema,
    verifier: config.verifier,
    context: (identity) => createRegionContext(identity, region, dataSource, config.assertionVerifier),
    health: () => dataSource.query("SELECT 1"),
  });
}
