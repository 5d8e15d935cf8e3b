import { type RegionInfo, type RequestIdentity } from "@scr/common";
import { type DataSource } from "typeorm";
import { createLocatorLoaders, type LocatorLoaders } from "./loaders/locator.loaders.js";

export interface LocatorContext {
  identity: RequestIdentity;
  loaders: LocatorLoaders;
  dataSource: DataSource;
  /** Regions in the federation; pointers to any other region are not returned. */
  regions: Map<string, RegionInfo>;
}

export function createLocatorContext(identity: RequestIdentity, dataSource: DataSource, regions: RegionInfo[]): LocatorContext {
  return { identity, dataSource, loaders: createLocatorLoaders(dataSource), regions: new Map(regions.map((r) => [r.code, r])) };
}
