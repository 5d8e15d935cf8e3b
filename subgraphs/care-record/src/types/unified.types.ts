import { AlertCategory, CarePlan, CprDecision, DateTimeScalar, EncounterClass, Region } from "@scr/common";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

@ObjectType("Source", { description: "One regional item behind a unified entry: who holds it, where, and how fresh." })
export class Source {
  @Field(() => Region) region!: Region;
  @Field(() => String, { description: "ODS code of the custodian organisation." }) organisation!: string;
  @Field(() => String) sourceSystem!: string;
  @Field(() => ID, { description: "The item's id in its region." }) itemId!: string;
  @Field(() => DateTimeScalar) recordedAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
}

@ObjectType("ConflictingValue")
export class ConflictingValue {
  @Field(() => String) value!: string;
  @Field(() => [Source]) sources!: Source[];
}

@ObjectType("Conflict", { description: "Sources disagree on a field, e.g. the same drug with different doses in two regions." })
export class Conflict {
  @Field(() => String) field!: string;
  @Field(() => [ConflictingValue]) values!: ConflictingValue[];
}

@ObjectType("UnifiedAllergy", { description: "An allergy as every region records it, de-duplicated by code." })
export class UnifiedAllergy {
  @Field(() => String) code!: string;
  @Field(() => String) system!: string;
  @Field(() => String) display!: string;
  @Field(() => String, { description: "The highest criticality any source records." }) criticality!: string;
  @Field(() => String, { nullable: true, description: "The most severe severity any source records." }) severity?: string | null;
  @Field(() => [String], { description: "Every distinct reaction recorded." }) reactions!: string[];
  @Field(() => String, { description: "Active if any region currently records it as active." }) clinicalStatus!: string;
  @Field(() => [Source]) sources!: Source[];
  @Field(() => Boolean) hasConflict!: boolean;
  @Field(() => [Conflict]) conflicts!: Conflict[];
}

@ObjectType("UnifiedMedication", { description: "A medicine as every region records it, de-duplicated by dm+d code." })
export class UnifiedMedication {
  @Field(() => String) code!: string;
  @Field(() => String) system!: string;
  @Field(() => String) display!: string;
  @Field(() => String, { description: "From the most recently updated active entry (else the most recent)." }) dosage!: string;
  @Field(() => String, { description: "From the most recently updated source." }) status!: string;
  @Field(() => [Source]) sources!: Source[];
  @Field(() => Boolean) hasConflict!: boolean;
  @Field(() => [Conflict]) conflicts!: Conflict[];
}

@ObjectType("UnifiedCondition")
export class UnifiedCondition {
  @Field(() => String) code!: string;
  @Field(() => String) system!: string;
  @Field(() => String) display!: string;
  @Field(() => String, { description: "From the most recently updated source." }) clinicalStatus!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: "Earliest onset any source records." }) onset?: Date | null;
  @Field(() => [Source]) sources!: Source[];
  @Field(() => Boolean) hasConflict!: boolean;
  @Field(() => [Conflict]) conflicts!: Conflict[];
}

@ObjectType("UnifiedAlert")
export class UnifiedAlert {
  @Field(() => AlertCategory) category!: AlertCategory;
  @Field(() => String) code!: string;
  @Field(() => String) display!: string;
  @Field(() => String, { description: "From the most recently updated source." }) status!: string;
  @Field(() => [Source]) sources!: Source[];
  @Field(() => Boolean) hasConflict!: boolean;
  @Field(() => [Conflict]) conflicts!: Conflict[];
}

export enum TimelineEventKind {
  ENCOUNTER = "ENCOUNTER",
  CARE_PLAN = "CARE_PLAN",
  DOCUMENT = "DOCUMENT",
}
registerEnumType(TimelineEventKind, { name: "TimelineEventKind" });

@ObjectType("TimelineEvent", { description: "An encounter, care plan or document from any region, on one timeline." })
export class TimelineEvent {
  @Field(() => DateTimeScalar) date!: Date;
  @Field(() => TimelineEventKind) kind!: TimelineEventKind;
  @Field(() => String) title!: string;
  @Field(() => EncounterClass, { nullable: true }) encounterClass?: EncounterClass | null;
  @Field(() => String, { nullable: true, description: "ODS code of the organisation where it happened." }) organisation?: string | null;
  @Field(() => Source) source!: Source;
}

@ObjectType("EndOfLifePreferences", { description: "End-of-life, ReSPECT and advance care plans from every region." })
export class EndOfLifePreferences {
  @Field(() => CarePlan, { nullable: true, description: "The most recent active plan." }) current?: CarePlan | null;
  @Field(() => CprDecision, { nullable: true, description: "From the most recent active plan that records a CPR decision." }) cprDecision?: CprDecision | null;
  @Field(() => CarePlan, { nullable: true, description: "The plan the CPR decision comes from." }) cprDecisionPlan?: CarePlan | null;
  @Field(() => String, { nullable: true, description: "From the most recent active plan that records one." }) preferredPlaceOfDeath?: string | null;
  @Field(() => CarePlan, { nullable: true }) preferredPlaceOfDeathPlan?: CarePlan | null;
  @Field(() => [CarePlan], { description: "Every such plan, newest first." }) plans!: CarePlan[];
  @Field(() => Boolean, { description: "Active plans disagree on CPR decision or preferred place of death." }) hasDisagreement!: boolean;
  @Field(() => [Conflict]) disagreements!: Conflict[];
}

@ObjectType("RecordCompleteness", { description: "Whether every region that holds data for the patient answered." })
export class RecordCompleteness {
  @Field(() => Boolean) complete!: boolean;
  @Field(() => [Region]) includedRegions!: Region[];
  @Field(() => [Region], { description: "Regions that hold data but did not answer: their items are missing above." }) unavailableRegions!: Region[];
}
