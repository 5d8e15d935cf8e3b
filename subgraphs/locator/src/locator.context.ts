import { accessLogsFor, AuditWriter, type AccessAssertion, type AccessLogEntry, type AssertionSigner, type RegionInfo, type RequestIdentity } from "@scr/common";
import DataLoader from "dataloader";
import { type DataSource } from "typeorm";
import { createLocatorLoaders, type LocatorLoaders } from "./loaders/locator.loaders.js";
import { createRelationshipLoaders } from "./loaders/relationship.loaders.js";
import { relationshipFor } from "./policy/relationship.js";

export interface LocatorContext {
  identity: RequestIdentity;
  loaders: LocatorLoaders & ReturnType<typeof createRelationshipLoaders>;
  dataSource: DataSource;
  /** Regions in the federation; pointers to any other region are not returned. */
  regions: Map<string, RegionInfo>;
  audit: AuditWriter;
  /** This caller's relationship with each patient asked about, once per request. */
  relationships: DataLoader<string, AccessAssertion>;
  /** The same, signed for the regions and the care-record subgraph. */
  signedAssertions: DataLoader<string, string>;
  accessLogs: DataLoader<string, AccessLogEntry[]>;
}

export function createLocatorContext(identity: RequestIdentity, dataSource: DataSource, regions: RegionInfo[], signer: AssertionSigner): LocatorContext {
  const loaders = { ...createLocatorLoaders(dataSource), ...createRelationshipLoaders(dataSource) };
  const relationships = new DataLoader<string, AccessAssertion>((keys) => Promise.all(keys.map(async (nhsNumber) => {
    const [patient, episodes, grants] = await Promise.all([loaders.patients.load(nhsNumber), loaders.episodes.load(nhsNumber), loaders.activeGrants.load(nhsNumber)]);
    return relationshipFor(identity.caller, nhsNumber, { patient, episodes, grants });
  })));
  return {
    identity,
    dataSource,
    loaders,
    regions: new Map(regions.map((r) => [r.code, r])),
    audit: new AuditWriter(dataSource, identity),
    relationships,
    signedAssertions: new DataLoader((keys) => Promise.all(keys.map(async (nhs) => signer.sign(await relationships.load(nhs), identity.requestId)))),
    accessLogs: new DataLoader((keys) => accessLogsFor(dataSource, keys)),
  };
}
