import { Directive, Field, Float, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "./scalars.js";
import { Region } from "./region.type.js";
import { AlertCategory, CarePlanCategory, CprDecision, EncounterClass, Sensitivity } from "./enums.js";

/** Where an item came from. Every regional item carries one. */
@Directive("@shareable")
@ObjectType("Provenance")
export class Provenance {
  @Field(() => String, { description: "ODS code of the custodian organisation." })
  custodian!: string;

  @Field(() => Region)
  region!: Region;

  @Field(() => String, { description: "The clinical system the item was fed from, e.g. EMIS Web." })
  sourceSystem!: string;

  @Field(() => DateTimeScalar)
  recordedAt!: Date;

  @Field(() => DateTimeScalar, { description: "When the region last received this item: feeds may lag." })
  updatedAt!: Date;

  @Field(() => Sensitivity, { nullable: true, description: "Set on items that never leave their custodian: only the custodian ever sees it." })
  sensitivity?: Sensitivity | null;
}

@Directive("@shareable")
@ObjectType("Allergy", { description: "FHIR AllergyIntolerance." })
export class Allergy {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "SNOMED CT or dm+d code of the substance or allergy." }) code!: string;
  @Field(() => String) system!: string;
  @Field(() => String) display!: string;
  @Field(() => String, { nullable: true }) reaction?: string | null;
  @Field(() => String, { nullable: true, description: "mild | moderate | severe" }) severity?: string | null;
  @Field(() => String, { description: "low | high | unable-to-assess" }) criticality!: string;
  @Field(() => String, { description: "active | inactive | resolved" }) clinicalStatus!: string;
  @Field(() => DateTimeScalar, { nullable: true }) onset?: Date | null;
  @Field(() => Provenance) provenance!: Provenance;
}

@Directive("@shareable")
@ObjectType("Medication", { description: "FHIR MedicationStatement." })
export class Medication {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "dm+d code." }) code!: string;
  @Field(() => String) system!: string;
  @Field(() => String) display!: string;
  @Field(() => String, { description: "Dosage instruction as written." }) dosage!: string;
  @Field(() => String, { description: "active | completed | stopped | on-hold" }) status!: string;
  @Field(() => DateTimeScalar, { nullable: true }) start?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) end?: Date | null;
  @Field(() => String, { nullable: true, description: "ODS code of the prescribing organisation." }) prescriber?: string | null;
  @Field(() => Provenance) provenance!: Provenance;
}

@Directive("@shareable")
@ObjectType("Condition", { description: "FHIR Condition (problem list)." })
export class Condition {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) system!: string;
  @Field(() => String) display!: string;
  @Field(() => String, { description: "active | recurrence | inactive | remission | resolved" }) clinicalStatus!: string;
  @Field(() => DateTimeScalar, { nullable: true }) onset?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) abatement?: Date | null;
  @Field(() => Provenance) provenance!: Provenance;
}

@Directive("@shareable")
@ObjectType("Encounter", { description: "FHIR Encounter." })
export class Encounter {
  @Field(() => ID) id!: string;
  @Field(() => EncounterClass) encounterClass!: EncounterClass;
  @Field(() => DateTimeScalar) start!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) end?: Date | null;
  @Field(() => String, { description: "ODS code of the organisation where it happened." }) organisation!: string;
  @Field(() => String, { nullable: true }) reasonCode?: string | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field(() => Provenance) provenance!: Provenance;
}

@Directive("@shareable")
@ObjectType("Observation", { description: "FHIR Observation: latest vital signs and results." })
export class Observation {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) display!: string;
  @Field(() => Float, { nullable: true }) value?: number | null;
  @Field(() => String, { nullable: true, description: "Value as text, for results that are not numbers." }) valueText?: string | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => DateTimeScalar) effectiveAt!: Date;
  @Field(() => Provenance) provenance!: Provenance;
}

@Directive("@shareable")
@ObjectType("CarePlan", { description: "FHIR CarePlan, including end-of-life and ReSPECT/advance care plans." })
export class CarePlan {
  @Field(() => ID) id!: string;
  @Field(() => CarePlanCategory) category!: CarePlanCategory;
  @Field(() => String, { description: "SNOMED CT record type, e.g. 1382601000000107 ReSPECT form." }) code!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: "active | completed | revoked | draft" }) status!: string;
  @Field(() => DateTimeScalar) created!: Date;
  @Field(() => String, { nullable: true }) preferredPlaceOfDeath?: string | null;
  @Field(() => CprDecision, { nullable: true }) cprDecision?: CprDecision | null;
  @Field(() => String, { nullable: true, description: "What matters to the person, in their words." }) summary?: string | null;
  @Field(() => Provenance) provenance!: Provenance;
}

@Directive("@shareable")
@ObjectType("Alert", { description: "FHIR Flag: safeguarding, DNACPR, reasonable adjustments, risk to staff." })
export class Alert {
  @Field(() => ID) id!: string;
  @Field(() => AlertCategory) category!: AlertCategory;
  @Field(() => String) code!: string;
  @Field(() => String) display!: string;
  @Field(() => String, { description: "active | inactive" }) status!: string;
  @Field(() => DateTimeScalar) start!: Date;
  @Field(() => Provenance) provenance!: Provenance;
}

@Directive("@shareable")
@ObjectType("Document", { description: "FHIR DocumentReference: discharge summaries and letters." })
export class Document {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "SNOMED CT document type." }) typeCode!: string;
  @Field(() => String) title!: string;
  @Field(() => DateTimeScalar) date!: Date;
  @Field(() => String, { description: "ODS code of the authoring organisation." }) authorOrganisation!: string;
  @Field(() => Provenance) provenance!: Provenance;
}
