import { registerEnumType } from "type-graphql";

export enum EncounterClass {
  EMERGENCY = "EMERGENCY",
  INPATIENT = "INPATIENT",
  OUTPATIENT = "OUTPATIENT",
  AMBULANCE = "AMBULANCE",
  COMMUNITY = "COMMUNITY",
  PRIMARY_CARE = "PRIMARY_CARE",
}
registerEnumType(EncounterClass, { name: "EncounterClass", description: "FHIR Encounter.class, as used in England." });

export enum CarePlanCategory {
  END_OF_LIFE = "END_OF_LIFE",
  RESPECT = "RESPECT",
  ADVANCE_CARE_PLAN = "ADVANCE_CARE_PLAN",
  TREATMENT_ESCALATION = "TREATMENT_ESCALATION",
  EMERGENCY_HEALTH_CARE = "EMERGENCY_HEALTH_CARE",
  MENTAL_HEALTH_CRISIS = "MENTAL_HEALTH_CRISIS",
  LONG_TERM_CONDITION = "LONG_TERM_CONDITION",
}
registerEnumType(CarePlanCategory, { name: "CarePlanCategory" });

export enum CprDecision {
  FOR_CPR = "FOR_CPR",
  NOT_FOR_CPR = "NOT_FOR_CPR",
}
registerEnumType(CprDecision, { name: "CprDecision", description: "Recorded cardiopulmonary resuscitation decision (ReSPECT section 4)." });

export enum AlertCategory {
  SAFEGUARDING = "SAFEGUARDING",
  DNACPR = "DNACPR",
  REASONABLE_ADJUSTMENT = "REASONABLE_ADJUSTMENT",
  RISK_TO_STAFF = "RISK_TO_STAFF",
  CLINICAL = "CLINICAL",
}
registerEnumType(AlertCategory, { name: "AlertCategory", description: "FHIR Flag categories used by shared care records." });

/** Sensitivity labels. The four legally restricted categories never leave their custodian. */
export enum Sensitivity {
  ASSISTED_CONCEPTION = "ASSISTED_CONCEPTION",
  SEXUALLY_TRANSMITTED_INFECTION = "SEXUALLY_TRANSMITTED_INFECTION",
  TERMINATION_OF_PREGNANCY = "TERMINATION_OF_PREGNANCY",
  GENDER_REASSIGNMENT = "GENDER_REASSIGNMENT",
  CONFIDENTIAL = "CONFIDENTIAL",
}
registerEnumType(Sensitivity, { name: "Sensitivity" });

export const CODE_SYSTEMS = {
  snomed: "http://snomed.info/sct",
  dmd: "https://dmd.nhs.uk",
} as const;
