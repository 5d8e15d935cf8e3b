import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { PatientEntity, RecordPointerEntity } from "../entities/locator.entities.js";

export interface LocatorLoaders {
  patients: DataLoader<string, PatientEntity | null>;
  pointers: DataLoader<string, RecordPointerEntity[]>;
}

export function createLocatorLoaders(dataSource: DataSource): LocatorLoaders {
  return {
    patients: new DataLoader(async (keys) => {
      const rows = await dataSource.getRepository(PatientEntity).findBy({ nhsNumber: In([...keys]) });
      const byNumber = new Map(rows.map((row) => [row.nhsNumber, row]));
      return keys.map((key) => byNumber.get(key) ?? null);
    }),
    pointers: new DataLoader(async (keys) => {
      const rows = await dataSource.getRepository(RecordPointerEntity).find({
        where: { nhsNumber: In([...keys]) },
        order: { regionCode: "ASC" },
      });
      return keys.map((key) => rows.filter((row) => row.nhsNumber === key));
    }),
  };
}
