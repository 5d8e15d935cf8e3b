import { type RegionInfo, type RequestIdentity } from "@scr/common";
import { type DataSource } from "typeorm";
import { createRegionLoaders, type RegionLoaders } from "./loaders/region.loaders.js";

export interface RegionContext {
  identity: RequestIdentity;
  region: RegionInfo;
  loaders: RegionLoaders;
}

export function createRegionContext(identity: RequestIdentity, region: RegionInfo, dataSource: DataSource): RegionContext {
  return { identity, region, loaders: createRegionLoaders(dataSource) };
}
