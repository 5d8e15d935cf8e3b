import { createSubgraphServer, regionOrThrow, type Database, type TokenVerifier } from "@scr/common";
import { buildRegionSchema } from "./schema.js";
import { createRegionContext, type RegionContext } from "./region.context.js";

export interface RegionServerConfig {
  regionCode: string;
  database: Database;
  verifier: TokenVerifier;
}

/** Builds a region's subgraph server without side effects; `listen` starts it. */
export async function createRegionServer(config: RegionServerConfig) {
  const region = regionOrThrow(config.regionCode);
  const schema = await buildRegionSchema(region);
  const { dataSource } = config.database;
  return createSubgraphServer<RegionContext>({
    schema,
    verifier: config.verifier,
    context: (identity) => createRegionContext(identity, region, dataSource),
    health: () => dataSource.query("SELECT 1"),
  });
}
