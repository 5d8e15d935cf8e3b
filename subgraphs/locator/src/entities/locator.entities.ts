import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";

/** Demographics, as the Personal Demographics Service holds them. */
@Entity("patient")
export class PatientEntity {
  @PrimaryColumn({ name: "nhs_number", type: "varchar", length: 10 }) nhsNumber!: string;
  @Column({ name: "given_name", type: "text" }) givenName!: string;
  @Column({ name: "family_name", type: "text" }) familyName!: string;
  @Column({ type: "text", nullable: true }) prefix!: string | null;
  @Column({ name: "birth_date", type: "date" }) birthDate!: string;
  @Column({ type: "text" }) gender!: string;
  @Column({ name: "address_lines", type: "text", array: true }) addressLines!: string[];
  @Column({ type: "text", nullable: true }) postcode!: string | null;
  @Column({ type: "text", nullable: true }) telephone!: string | null;
  @Column({ name: "registered_practice", type: "text", nullable: true }) registeredPractice!: string | null;
  /** PDS "S" flag: address, telephone and practice must never be shown. */
  @Column({ type: "boolean" }) restricted!: boolean;
  @Column({ name: "updated_at", type: "timestamptz" }) updatedAt!: Date;
}

/** National Record Locator style pointer: this region holds data for this patient. */
@Entity("record_pointer")
@Index(["nhsNumber", "regionCode"], { unique: true })
export class RecordPointerEntity {
  @PrimaryGeneratedColumn({ type: "bigint" }) id!: string;
  @Column({ name: "nhs_number", type: "varchar", length: 10 }) nhsNumber!: string;
  @Column({ name: "region_code", type: "text" }) regionCode!: string;
  @Column({ name: "registered_by", type: "text" }) registeredBy!: string;
  @Column({ name: "updated_at", type: "timestamptz" }) updatedAt!: Date;
}
