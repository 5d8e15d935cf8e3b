import DataLoader from "dataloader";
import { In, MoreThan, type DataSource } from "typeorm";
import { AccessGrantEntity, CareEpisodeEntity } from "../entities/relationship.entities.js";

function groupBy<T extends { nhsNumber: string }>(keys: readonly string[], rows: T[]): T[][] {
  return keys.map((key) => rows.filter((row) => row.nhsNumber === key));
}

export function createRelationshipLoaders(dataSource: DataSource) {
  return {
    episodes: new DataLoader<string, CareEpisodeEntity[]>(async (keys) =>
      groupBy(keys, await dataSource.getRepository(CareEpisodeEntity).findBy({ nhsNumber: In([...keys]) }))),
    activeGrants: new DataLoader<string, AccessGrantEntity[]>(async (keys) =>
      groupBy(keys, await dataSource.getRepository(AccessGrantEntity).findBy({ nhsNumber: In([...keys]), expiresAt: MoreThan(new Date()) }))),
  };
}
