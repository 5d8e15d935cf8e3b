import { type MigrationInterface, type QueryRunner } from "typeorm";

export class InitialLocatorSchema1732300000001 implements MigrationInterface {
  name = "InitialLocatorSchema1732300000001";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE patient (
      nhs_number varchar(10) PRIMARY KEY,
      given_name text NOT NULL,
      family_name text NOT NULL,
      prefix text,
      birth_date date NOT NULL,
      gender text NOT NULL,
      address_lines text[] NOT NULL DEFAULT '{}',
      postcode text,
      telephone text,
      registered_practice text,
      restricted boolean NOT NULL DEFAULT false,
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await queryRunner.query(`CREATE TABLE record_pointer (
      id bigserial PRIMARY KEY,
      nhs_number varchar(10) NOT NULL,
      region_code text NOT NULL,
      registered_by text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT record_pointer_patient_region UNIQUE (nhs_number, region_code))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE record_pointer`);
    await queryRunner.query(`DROP TABLE patient`);
  }
}
