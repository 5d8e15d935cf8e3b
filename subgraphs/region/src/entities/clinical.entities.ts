import { Column, Entity, PrimaryColumn } from "typeorm";
import { RegionalItemEntity } from "./regional-item.entity.js";

@Entity("patient_record")
export class PatientRecordEntity {
  @PrimaryColumn({ name: "nhs_number", type: "varchar", length: 10 })
  nhsNumber!: string;

  @Column({ name: "verification_status", type: "varchar", length: 2 })
  verificationStatus!: string;

  /** The patient objected to sharing this region's record outside the custodian. */
  @Column({ name: "sharing_objection", type: "boolean" })
  sharingObjection!: boolean;

  @Column({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;
}

@Entity("allergy")
export class AllergyEntity extends RegionalItemEntity {
  @Column({ type: "text" }) code!: string;
  @Column({ type: "text" }) system!: string;
  @Column({ type: "text" }) display!: string;
  @Column({ type: "text", nullable: true }) reaction!: string | null;
  @Column({ type: "text", nullable: true }) severity!: string | null;
  @Column({ type: "text" }) criticality!: string;
  @Column({ name: "clinical_status", type: "text" }) clinicalStatus!: string;
  @Column({ type: "timestamptz", nullable: true }) onset!: Date | null;
}

@Entity("medication")
export class MedicationEntity extends RegionalItemEntity {
  @Column({ type: "text" }) code!: string;
  @Column({ type: "text" }) system!: string;
  @Column({ type: "text" }) display!: string;
  @Column({ type: "text" }) dosage!: string;
  @Column({ type: "text" }) status!: string;
  @Column({ name: "start_date", type: "timestamptz", nullable: true }) start!: Date | null;
  @Column({ name: "end_date", type: "timestamptz", nullable: true }) end!: Date | null;
  @Column({ type: "text", nullable: true }) prescriber!: string | null;
}

@Entity("condition")
export class ConditionEntity extends RegionalItemEntity {
  @Column({ type: "text" }) code!: string;
  @Column({ type: "text" }) system!: string;
  @Column({ type: "text" }) display!: string;
  @Column({ name: "clinical_status", type: "text" }) clinicalStatus!: string;
  @Column({ type: "timestamptz", nullable: true }) onset!: Date | null;
  @Column({ type: "timestamptz", nullable: true }) abatement!: Date | null;
}

@Entity("encounter")
export class EncounterEntity extends RegionalItemEntity {
  @Column({ name: "encounter_class", type: "text" }) encounterClass!: string;
  @Column({ name: "start_time", type: "timestamptz" }) start!: Date;
  @Column({ name: "end_time", type: "timestamptz", nullable: true }) end!: Date | null;
  @Column({ type: "text" }) organisation!: string;
  @Column({ name: "reason_code", type: "text", nullable: true }) reasonCode!: string | null;
  @Column({ type: "text", nullable: true }) reason!: string | null;
}

@Entity("observation")
export class ObservationEntity extends RegionalItemEntity {
  @Column({ type: "text" }) code!: string;
  @Column({ type: "text" }) display!: string;
  @Column({ type: "double precision", nullable: true }) value!: number | null;
  @Column({ name: "value_text", type: "text", nullable: true }) valueText!: string | null;
  @Column({ type: "text", nullable: true }) unit!: string | null;
  @Column({ name: "effective_at", type: "timestamptz" }) effectiveAt!: Date;
}

@Entity("care_plan")
export class CarePlanEntity extends RegionalItemEntity {
  @Column({ type: "text" }) category!: string;
  @Column({ type: "text" }) code!: string;
  @Column({ type: "text" }) title!: string;
  @Column({ type: "text" }) status!: string;
  @Column({ type: "timestamptz" }) created!: Date;
  @Column({ name: "preferred_place_of_death", type: "text", nullable: true }) preferredPlaceOfDeath!: string | null;
  @Column({ name: "cpr_decision", type: "text", nullable: true }) cprDecision!: string | null;
  @Column({ type: "text", nullable: true }) summary!: string | null;
}

@Entity("alert")
export class AlertEntity extends RegionalItemEntity {
  @Column({ type: "text" }) category!: string;
  @Column({ type: "text" }) code!: string;
  @Column({ type: "text" }) display!: string;
  @Column({ type: "text" }) status!: string;
  @Column({ name: "start_time", type: "timestamptz" }) start!: Date;
}

@Entity("document")
export class DocumentEntity extends RegionalItemEntity {
  @Column({ name: "type_code", type: "text" }) typeCode!: string;
  @Column({ type: "text" }) title!: string;
  @Column({ name: "document_date", type: "timestamptz" }) date!: Date;
  @Column({ name: "author_organisation", type: "text" }) authorOrganisation!: string;
}

export const CLINICAL_ITEM_ENTITIES = {
  allergies: AllergyEntity,
  medications: MedicationEntity,
  conditions: ConditionEntity,
  encounters: EncounterEntity,
  observations: ObservationEntity,
  carePlans: CarePlanEntity,
  alerts: AlertEntity,
  documents: DocumentEntity,
} as const;

export type ClinicalSection = keyof typeof CLINICAL_ITEM_ENTITIES;
export const CLINICAL_SECTIONS = Object.keys(CLINICAL_ITEM_ENTITIES) as ClinicalSection[];
