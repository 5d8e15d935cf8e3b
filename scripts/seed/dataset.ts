/** Rows to load, keyed by table, in column order of the migrations. Dates are Date objects. */
export type Row = Record<string, string | number | boolean | Date | string[] | null>;

export interface RegionDataset {
  region: string;
  tables: Record<string, Row[]>;
}

export interface LocatorDataset {
  patients: Row[];
  pointers: Row[];
}

export function emptyRegionDataset(region: string): RegionDataset {
  return {
    region,
    tables: {
      patient_record: [], allergy: [], medication: [], condition: [], encounter: [],
      observation: [], care_plan: [], alert: [], document: [],
    },
  };
}
