import { type MigrationInterface, type QueryRunner } from "typeorm";

const PROVENANCE = `
  id text PRIMARY KEY,
  nhs_number varchar(10) NOT NULL,
  custodian text NOT NULL,
  source_system text NOT NULL,
  recorded_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  sensitivity text`;

const ITEM_TABLES: Record<string, string> = {
  allergy: `code text NOT NULL, system text NOT NULL, display text NOT NULL, reaction text, severity text,
    criticality text NOT NULL, clinical_status text NOT NULL, onset timestamptz`,
  medication: `code text NOT NULL, system text NOT NULL, display text NOT NULL, dosage text NOT NULL, status text NOT NULL,
    start_date timestamptz, end_date timestamptz, prescriber text`,
  condition: `code text NOT NULL, system text NOT NULL, display text NOT NULL, clinical_status text NOT NULL,
    onset timestamptz, abatement timestamptz`,
  encounter: `encounter_class text NOT NULL, start_time timestamptz NOT NULL, end_time timestamptz, organisation text NOT NULL,
    reason_code text, reason text`,
  observation: `code text NOT NULL, display text NOT NULL, value double precision, value_text text, unit text,
    effective_at timestamptz NOT NULL`,
  care_plan: `category text NOT NULL, code text NOT NULL, title text NOT NULL, status text NOT NULL, created timestamptz NOT NULL,
    preferred_place_of_death text, cpr_decision text, summary text`,
  alert: `category text NOT NULL, code text NOT NULL, display text NOT NULL, status text NOT NULL, start_time timestamptz NOT NULL`,
  document: `type_code text NOT NULL, title text NOT NULL, document_date timestamptz NOT NULL, author_organisation text NOT NULL`,
};

export class InitialRegionSchema1732300000000 implements MigrationInterface {
  name = "InitialRegionSchema1732300000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE patient_record (
      nhs_number varchar(10) PRIMARY KEY,
      verification_status varchar(2) NOT NULL DEFAULT '01',
      sharing_objection boolean NOT NULL DEFAULT false,
      updated_at timestamptz NOT NULL DEFAULT now())`);
    for (const [table, columns] of Object.entries(ITEM_TABLES)) {
      await queryRunner.query(`CREATE TABLE "${table}" (${PROVENANCE}, ${columns})`);
      await queryRunner.query(`CREATE INDEX "${table}_nhs_number_idx" ON "${table}" (nhs_number)`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of Object.keys(ITEM_TABLES)) await queryRunner.query(`DROP TABLE "${table}"`);
    await queryRunner.query(`DROP TABLE patient_record`);
  }
}

export const REGION_TABLES = ["patient_record", ...Object.keys(ITEM_TABLES)];
