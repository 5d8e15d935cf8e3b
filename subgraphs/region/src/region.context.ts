import { AuditWriter, accessLogsFor, type AccessAssertion, type AccessLogEntry, type AssertionVerifier, type RegionInfo, type RequestIdentity } from "@scr/common";
import DataLoader from "dataloader";
import { type DataSource } from "typeorm";
import { createRegionLoaders, type RegionLoaders } from "./loaders/region.loaders.js";

export interface RegionContext {
  identity: RequestIdentity;
  region: RegionInfo;
  loaders: RegionLoaders;
  audit: AuditWriter;
  /** Verified per patient in one batch, so every record of an `_entities` call moves on together. */
  assertions: DataLoader<{ token: string | null | undefined; nhsNumber: string }, AccessAssertion | null, string>;
  accessLogs: DataLoader<string, AccessLogEntry[]>;
}

export function createRegionContext(identity: RequestIdentity, region: RegionInfo, dataSource: DataSource, verifyAssertion: AssertionVerifier): RegionContext {
  return {
    identity,
    region,
    assertions: new DataLoader(
      (keys) => Promise.all(keys.map(({ token, nhsNumber }) => verifyAssertion(token, identity.caller, nhsNumber))),
      { cacheKeyFn: ({ token, nhsNumber }) => `${nhsNumber}|${token ?? ""}` },
    ),
    loaders: createRegionLoaders(dataSource),
    audit: new AuditWriter(dataSource, identity),
    accessLogs: new DataLoader((keys) => accessLogsFor(dataSource, keys)),
  };
}
