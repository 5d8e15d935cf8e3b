/**
 * The fixed patients of demo-scenario.md, with exactly the properties every demo and end-to-end test
 * relies on. Synthetic people; SNOMED CT and dm+d codes as real records use them.
 */
import { CODE_SYSTEMS, DEMO_ORGANISATIONS as ORG, DEMO_PATIENTS as P } from "@scr/common";
import { emptyRegionDataset, type LocatorDataset, type RegionDataset, type Row } from "./dataset.js";

const SN = CODE_SYSTEMS.snomed;
const DMD = CODE_SYSTEMS.dmd;
const at = (iso: string) => new Date(iso);

let sequence = 0;
function item(region: string, nhs: string, custodian: string, sourceSystem: string, recorded: string, fields: Row, sensitivity: string | null = null): Row {
  sequence += 1;
  return {
    id: `${region.toLowerCase()}-demo-${String(sequence).padStart(4, "0")}`,
    nhs_number: nhs, custodian, source_system: sourceSystem,
    recorded_at: at(recorded), updated_at: at(recorded), sensitivity, ...fields,
  };
}

const PENICILLIN = { code: "91936005", system: SN, display: "Allergy to penicillin" };
const AMLODIPINE = { code: "319283006", system: DMD, display: "Amlodipine 5mg tablets" };
const ASTHMA = { code: "195967001", system: SN, display: "Asthma" };

function qe1(): RegionDataset {
  const d = emptyRegionDataset("QE1");
  const t = d.tables;
  const gp = (recorded: string, fields: Row, nhs: string = P.visitorFromPreston) => item("QE1", nhs, ORG.prestonPractice.ods, "EMIS Web", recorded, fields);
  const acute = (recorded: string, fields: Row) => item("QE1", P.visitorFromPreston, ORG.lancashireTeaching.ods, "Cerner Millennium", recorded, fields);
  t.patient_record.push(
    { nhs_number: P.visitorFromPreston, verification_status: "01", sharing_objection: false, updated_at: at("2026-10-02T10:00:00Z") },
    { nhs_number: P.objectedInQE1, verification_status: "01", sharing_objection: true, updated_at: at("2026-08-01T09:00:00Z") },
    { nhs_number: P.sFlagged, verification_status: "01", sharing_objection: false, updated_at: at("2026-07-12T09:00:00Z") },
  );
  t.allergy.push(
    gp("2009-03-14T09:00:00Z", { ...PENICILLIN, reaction: "Urticaria", severity: "moderate", criticality: "high", clinical_status: "active", onset: at("2009-03-01T00:00:00Z") }),
    gp("2026-08-01T09:00:00Z", { code: "293586001", system: SN, display: "Allergy to aspirin", reaction: "Angioedema", severity: "severe", criticality: "high", clinical_status: "active", onset: null }, P.objectedInQE1),
    gp("2026-07-12T09:00:00Z", { code: "300916003", system: SN, display: "Latex allergy", reaction: "Contact dermatitis", severity: "mild", criticality: "low", clinical_status: "active", onset: null }, P.sFlagged),
  );
  t.medication.push(
    gp("2024-01-10T09:00:00Z", { ...AMLODIPINE, dosage: "One tablet once daily", status: "active", start_date: at("2024-01-10T00:00:00Z"), end_date: null, prescriber: ORG.prestonPractice.ods }),
    gp("2021-05-02T09:00:00Z", { code: "320176004", system: DMD, display: "Salbutamol 100micrograms/dose inhaler CFC free", dosage: "Two puffs when required", status: "active", start_date: at("2021-05-02T00:00:00Z"), end_date: null, prescriber: ORG.prestonPractice.ods }),
    gp("2022-11-20T09:00:00Z", { code: "320000009", system: DMD, display: "Atorvastatin 20mg tablets", dosage: "One tablet at night", status: "active", start_date: at("2022-11-20T00:00:00Z"), end_date: null, prescriber: ORG.prestonPractice.ods }),
    gp("2026-08-01T09:00:00Z", { code: "325278005", system: DMD, display: "Metformin 500mg tablets", dosage: "One tablet twice daily", status: "active", start_date: at("2025-02-01T00:00:00Z"), end_date: null, prescriber: ORG.prestonPractice.ods }, P.objectedInQE1),
  );
  t.condition.push(
    gp("1998-06-01T09:00:00Z", { ...ASTHMA, clinical_status: "active", onset: at("1975-01-01T00:00:00Z"), abatement: null }),
    gp("2024-01-10T09:00:00Z", { code: "38341003", system: SN, display: "Hypertensive disorder", clinical_status: "active", onset: at("2024-01-10T00:00:00Z"), abatement: null }),
    gp("2025-09-30T09:00:00Z", { code: "84114007", system: SN, display: "Heart failure", clinical_status: "active", onset: at("2025-09-30T00:00:00Z"), abatement: null }),
    gp("2026-08-01T09:00:00Z", { code: "44054006", system: SN, display: "Type 2 diabetes mellitus", clinical_status: "active", onset: at("2025-02-01T00:00:00Z"), abatement: null }, P.objectedInQE1),
  );
  t.encounter.push(
    gp("2026-09-15T10:30:00Z", { encounter_class: "PRIMARY_CARE", start_time: at("2026-09-15T10:10:00Z"), end_time: at("2026-09-15T10:25:00Z"), organisation: ORG.prestonPractice.ods, reason_code: "84114007", reason: "Heart failure review" }),
    acute("2026-06-02T18:00:00Z", { encounter_class: "EMERGENCY", start_time: at("2026-06-02T14:05:00Z"), end_time: at("2026-06-02T19:40:00Z"), organisation: ORG.lancashireTeaching.ods, reason_code: "195967001", reason: "Exacerbation of asthma" }),
    // Still open: the acute trust's care episode (and the ae-doctor persona's relationship) is active.
    acute("2026-06-20T09:00:00Z", { encounter_class: "OUTPATIENT", start_time: at("2026-06-20T09:00:00Z"), end_time: null, organisation: ORG.lancashireTeaching.ods, reason_code: "84114007", reason: "Heart failure clinic follow-up (referral open)" }),
  );
  t.observation.push(
    gp("2026-09-15T10:30:00Z", { code: "75367002", display: "Blood pressure", value: null, value_text: "142/86", unit: "mm[Hg]", effective_at: at("2026-09-15T10:15:00Z") }),
    gp("2026-09-15T10:30:00Z", { code: "27113001", display: "Body weight", value: 81.4, value_text: null, unit: "kg", effective_at: at("2026-09-15T10:15:00Z") }),
  );
  t.care_plan.push(
    gp("2026-05-20T11:00:00Z", { category: "RESPECT", code: "1382601000000107", title: "ReSPECT form", status: "active", created: at("2026-05-20T11:00:00Z"), preferred_place_of_death: "Home", cpr_decision: "NOT_FOR_CPR", summary: "Wants to stay at home with family; avoid hospital admission if possible." }),
    gp("2025-10-05T11:00:00Z", { category: "END_OF_LIFE", code: "861421000000109", title: "End of life care coordination summary", status: "active", created: at("2025-10-05T11:00:00Z"), preferred_place_of_death: "Home", cpr_decision: null, summary: "Anticipatory medicines at home. Lasting power of attorney: daughter." }),
  );
  t.alert.push(
    gp("2026-05-20T11:00:00Z", { category: "DNACPR", code: "304253006", display: "Not for resuscitation", status: "active", start_time: at("2026-05-20T11:00:00Z") }),
    gp("2023-02-11T09:00:00Z", { category: "REASONABLE_ADJUSTMENT", code: "15188001", display: "Hearing loss: speak clearly, face the patient", status: "active", start_time: at("2023-02-11T09:00:00Z") }),
  );
  t.document.push(
    acute("2026-06-02T20:00:00Z", { type_code: "373942005", title: "Emergency department discharge summary", document_date: at("2026-06-02T20:00:00Z"), author_organisation: ORG.lancashireTeaching.ods }),
  );
  return d;
}

function z9b2z(): RegionDataset {
  const d = emptyRegionDataset("Z9B2Z");
  const t = d.tables;
  const ed = (recorded: string, fields: Row, nhs: string = P.visitorFromPreston) => item("Z9B2Z", nhs, ORG.imperial.ods, "Cerner Millennium", recorded, fields);
  t.patient_record.push(
    { nhs_number: P.visitorFromPreston, verification_status: "01", sharing_objection: false, updated_at: at("2026-11-20T23:00:00Z") },
    { nhs_number: P.restrictedItemInZ9B2Z, verification_status: "01", sharing_objection: false, updated_at: at("2026-10-10T12:00:00Z") },
  );
  t.allergy.push(
    ed("2026-11-20T21:10:00Z", { ...PENICILLIN, reaction: "Rash", severity: "moderate", criticality: "high", clinical_status: "active", onset: null }),
    ed("2026-10-10T12:00:00Z", { code: "300916003", system: SN, display: "Latex allergy", reaction: null, severity: "mild", criticality: "low", clinical_status: "active", onset: null }, P.restrictedItemInZ9B2Z),
  );
  t.medication.push(
    // Same medicine as QE1, different dose: the unified view must flag the conflict.
    ed("2026-11-20T22:30:00Z", { ...AMLODIPINE, dosage: "Two tablets once daily", status: "active", start_date: at("2026-11-20T00:00:00Z"), end_date: null, prescriber: ORG.imperial.ods }),
    ed("2026-10-10T12:00:00Z", { code: "318135009", system: DMD, display: "Ramipril 5mg capsules", dosage: "One capsule once daily", status: "active", start_date: at("2026-10-10T00:00:00Z"), end_date: null, prescriber: ORG.imperial.ods }, P.restrictedItemInZ9B2Z),
  );
  t.condition.push(
    ed("2026-10-10T12:00:00Z", { code: "38341003", system: SN, display: "Hypertensive disorder", clinical_status: "active", onset: at("2026-10-10T00:00:00Z"), abatement: null }, P.restrictedItemInZ9B2Z),
  );
  // A legally restricted item (sexually transmitted infection), held by a sexual health service.
  t.condition.push(item("Z9B2Z", P.restrictedItemInZ9B2Z, "RQM", "Lilie", "2026-09-01T12:00:00Z",
    { code: "105629000", system: SN, display: "Chlamydial infection", clinical_status: "resolved", onset: at("2026-08-20T00:00:00Z"), abatement: at("2026-09-15T00:00:00Z") },
    "SEXUALLY_TRANSMITTED_INFECTION"));
  t.encounter.push(
    ed("2026-11-20T23:00:00Z", { encounter_class: "EMERGENCY", start_time: at("2026-11-20T20:45:00Z"), end_time: at("2026-11-20T23:50:00Z"), organisation: ORG.imperial.ods, reason_code: "267036007", reason: "Shortness of breath" }),
    ed("2026-10-10T12:00:00Z", { encounter_class: "OUTPATIENT", start_time: at("2026-10-10T11:00:00Z"), end_time: at("2026-10-10T11:30:00Z"), organisation: ORG.imperial.ods, reason_code: "38341003", reason: "Hypertension clinic" }, P.restrictedItemInZ9B2Z),
  );
  t.observation.push(
    ed("2026-11-20T21:00:00Z", { code: "103228002", display: "Oxygen saturation", value: 91, value_text: null, unit: "%", effective_at: at("2026-11-20T20:50:00Z") }),
    ed("2026-11-20T21:00:00Z", { code: "86290005", display: "Respiratory rate", value: 24, value_text: null, unit: "/min", effective_at: at("2026-11-20T20:50:00Z") }),
  );
  t.document.push(
    ed("2026-11-21T00:10:00Z", { type_code: "373942005", title: "Emergency department attendance letter", document_date: at("2026-11-21T00:10:00Z"), author_organisation: ORG.imperial.ods }),
  );
  return d;
}

function qhm(): RegionDataset {
  const d = emptyRegionDataset("QHM");
  const t = d.tables;
  const acute = (recorded: string, fields: Row) => item("QHM", P.visitorFromPreston, ORG.newcastle.ods, "Cerner Millennium", recorded, fields);
  t.patient_record.push({ nhs_number: P.visitorFromPreston, verification_status: "01", sharing_objection: false, updated_at: at("2019-03-20T09:00:00Z") });
  t.condition.push(acute("2019-03-10T12:00:00Z", { ...ASTHMA, clinical_status: "active", onset: at("1975-01-01T00:00:00Z"), abatement: null }));
  t.medication.push(acute("2019-03-10T12:00:00Z", { code: "325427002", system: DMD, display: "Prednisolone 5mg tablets", dosage: "Eight tablets once daily for five days", status: "completed", start_date: at("2019-03-10T00:00:00Z"), end_date: at("2019-03-15T00:00:00Z"), prescriber: ORG.newcastle.ods }));
  t.encounter.push(acute("2019-03-20T09:00:00Z", { encounter_class: "INPATIENT", start_time: at("2019-03-10T08:00:00Z"), end_time: at("2019-03-16T12:00:00Z"), organisation: ORG.newcastle.ods, reason_code: "385093006", reason: "Community acquired pneumonia" }));
  t.document.push(acute("2019-03-16T15:00:00Z", { type_code: "373942005", title: "Inpatient discharge summary", document_date: at("2019-03-16T15:00:00Z"), author_organisation: ORG.newcastle.ods }));
  return d;
}

function qks(): RegionDataset {
  const d = emptyRegionDataset("QKS");
  const t = d.tables;
  const kent = (recorded: string, fields: Row) => item("QKS", P.objectedInQE1, ORG.maidstone.ods, "Allscripts Sunrise", recorded, fields);
  t.patient_record.push({ nhs_number: P.objectedInQE1, verification_status: "01", sharing_objection: false, updated_at: at("2026-09-03T09:00:00Z") });
  t.encounter.push(kent("2026-09-03T09:00:00Z", { encounter_class: "OUTPATIENT", start_time: at("2026-09-03T08:30:00Z"), end_time: at("2026-09-03T09:00:00Z"), organisation: ORG.maidstone.ods, reason_code: "44054006", reason: "Diabetes clinic" }));
  t.observation.push(kent("2026-09-03T09:00:00Z", { code: "1003671000000109", display: "HbA1c level", value: 58, value_text: null, unit: "mmol/mol", effective_at: at("2026-09-03T08:40:00Z") }));
  return d;
}

function person(nhs: string, given: string, family: string, birth: string, gender: string, lines: string[], postcode: string, phone: string, practice: string, restricted = false): Row {
  return {
    nhs_number: nhs, given_name: given, family_name: family, prefix: null, birth_date: birth, gender,
    address_lines: lines, postcode, telephone: phone, registered_practice: practice, restricted, updated_at: at("2026-01-01T00:00:00Z"),
  };
}

/** Demographics (locator) and pointers of the fixed patients. */
export function demoLocatorDataset(): LocatorDataset {
  const patients = [
    person(P.visitorFromPreston, "Alex", "Morgan", "1941-04-12", "male", ["14 Fishergate Hill", "Preston"], "PR1 8JD", "01772 000018", ORG.prestonPractice.ods),
    person(P.objectedInQE1, "Priya", "Shah", "1967-09-30", "female", ["3 Tonbridge Road", "Maidstone"], "ME16 8RX", "01622 000026", ORG.medwayPractice.ods),
    person(P.restrictedItemInZ9B2Z, "Jordan", "Ellis", "1994-02-17", "other", ["27 Harrow Road", "London"], "W2 1XY", "020 7000 0034", "E87024"),
    person(P.sFlagged, "Sam", "Whitfield", "1982-12-05", "female", ["Address withheld by PDS"], "PR2 0ZZ", "07700 900042", ORG.prestonPractice.ods, true),
  ];
  const pointers: Row[] = [
    [P.visitorFromPreston, "QE1"], [P.visitorFromPreston, "Z9B2Z"], [P.visitorFromPreston, "QHM"],
    [P.objectedInQE1, "QE1"], [P.objectedInQE1, "QKS"], [P.restrictedItemInZ9B2Z, "Z9B2Z"], [P.sFlagged, "QE1"],
  ].map(([nhs, region]) => ({ nhs_number: nhs, region_code: region, registered_by: "seed", updated_at: at("2026-01-01T00:00:00Z") }));
  return { patients, pointers };
}

/** Each default region's share of the fixed patients. Other regions hold none of them. */
export function demoRegionDataset(regionCode: string): RegionDataset {
  sequence = 0;
  switch (regionCode) {
    case "QE1": return qe1();
    case "Z9B2Z": return z9b2z();
    case "QHM": return qhm();
    case "QKS": return qks();
    default: return emptyRegionDataset(regionCode);
  }
}
