/**
 * Small catalogues of coded content for the synthetic population. SNOMED CT concepts and dm+d VMPs
 * as English records use them; only codes we are confident of (no invented codes).
 */
import { CODE_SYSTEMS } from "@scr/common";

export const SNOMED = CODE_SYSTEMS.snomed;
export const DMD = CODE_SYSTEMS.dmd;

export interface Coded { code: string; display: string }

/** Allergies and intolerances (SNOMED CT), with the reactions and criticality they usually carry. */
export const ALLERGIES: (Coded & { reaction: string; criticality: "high" | "low"; drug: boolean })[] = [
  { code: "91936005", display: "Allergy to penicillin", reaction: "Urticaria", criticality: "high", drug: true },
  { code: "293586001", display: "Allergy to aspirin", reaction: "Angioedema", criticality: "high", drug: true },
  { code: "300916003", display: "Latex allergy", reaction: "Contact dermatitis", criticality: "low", drug: false },
  { code: "91935009", display: "Allergy to peanuts", reaction: "Anaphylaxis", criticality: "high", drug: false },
  { code: "91934008", display: "Allergy to nut", reaction: "Lip swelling", criticality: "high", drug: false },
  { code: "91930004", display: "Allergy to eggs", reaction: "Urticaria", criticality: "low", drug: false },
  { code: "300913006", display: "Shellfish allergy", reaction: "Vomiting", criticality: "high", drug: false },
  { code: "425525006", display: "Allergy to dairy product", reaction: "Abdominal pain", criticality: "low", drug: false },
  { code: "418689008", display: "Allergy to grass pollen", reaction: "Rhinitis", criticality: "low", drug: false },
  { code: "300910009", display: "Allergy to pollen", reaction: "Rhinitis", criticality: "low", drug: false },
  { code: "232350006", display: "House dust mite allergy", reaction: "Wheeze", criticality: "low", drug: false },
  { code: "232347008", display: "Dander (animal) allergy", reaction: "Conjunctivitis", criticality: "low", drug: false },
  { code: "424213003", display: "Allergy to bee venom", reaction: "Anaphylaxis", criticality: "high", drug: false },
];

/** dm+d medicines with the dosage text a prescriber would write. `course`: a short course, then completed. */
export interface Medicine extends Coded { dosage: string; course?: boolean }
export const MEDICINES = {
  amlodipine: { code: "319283006", display: "Amlodipine 5mg tablets", dosage: "One tablet once daily" },
  lisinopril: { code: "318859000", display: "Lisinopril 10mg tablets", dosage: "One tablet once daily" },
  losartan: { code: "318956006", display: "Losartan 50mg tablets", dosage: "One tablet once daily" },
  candesartan: { code: "318979007", display: "Candesartan 8mg tablets", dosage: "One tablet once daily" },
  bisoprolol: { code: "318590006", display: "Bisoprolol 5mg tablets", dosage: "One tablet each morning" },
  furosemide: { code: "317972000", display: "Furosemide 40mg tablets", dosage: "One tablet each morning" },
  spironolactone: { code: "318056008", display: "Spironolactone 25mg tablets", dosage: "One tablet once daily" },
  atorvastatin: { code: "320000009", display: "Atorvastatin 20mg tablets", dosage: "One tablet at night" },
  metformin: { code: "325278005", display: "Metformin 500mg tablets", dosage: "One tablet twice daily with meals" },
  salbutamol: { code: "320176004", display: "Salbutamol 100micrograms/dose inhaler CFC free", dosage: "Two puffs up to four times a day when required" },
  prednisolone: { code: "325427002", display: "Prednisolone 5mg tablets", dosage: "Six tablets once daily in the morning for five days", course: true },
  paracetamol: { code: "322236009", display: "Paracetamol 500mg tablets", dosage: "One or two tablets up to four times a day when required; maximum eight in 24 hours" },
} satisfies Record<string, Medicine>;
type MedicineName = keyof typeof MEDICINES;

/** Long-term conditions: rough prevalence from a minimum age, and the medicines that usually follow. */
export const CONDITIONS: (Coded & { prevalence: number; minAge: number; medicines: MedicineName[] })[] = [
  { code: "38341003", display: "Hypertensive disorder", prevalence: 0.28, minAge: 35, medicines: ["amlodipine", "lisinopril", "losartan", "candesartan"] },
  { code: "195967001", display: "Asthma", prevalence: 0.1, minAge: 3, medicines: ["salbutamol", "prednisolone"] },
  { code: "44054006", display: "Type 2 diabetes mellitus", prevalence: 0.1, minAge: 30, medicines: ["metformin", "atorvastatin"] },
  { code: "46635009", display: "Type 1 diabetes mellitus", prevalence: 0.005, minAge: 1, medicines: [] },
  { code: "13645005", display: "Chronic obstructive lung disease", prevalence: 0.05, minAge: 45, medicines: ["salbutamol", "prednisolone"] },
  { code: "49436004", display: "Atrial fibrillation", prevalence: 0.06, minAge: 55, medicines: ["bisoprolol"] },
  { code: "84114007", display: "Heart failure", prevalence: 0.04, minAge: 60, medicines: ["furosemide", "bisoprolol", "spironolactone"] },
  { code: "53741008", display: "Coronary arteriosclerosis", prevalence: 0.06, minAge: 50, medicines: ["atorvastatin", "bisoprolol"] },
  { code: "230690007", display: "Cerebrovascular accident", prevalence: 0.03, minAge: 55, medicines: ["atorvastatin"] },
  { code: "35489007", display: "Depressive disorder", prevalence: 0.1, minAge: 14, medicines: [] },
  { code: "197480006", display: "Anxiety disorder", prevalence: 0.07, minAge: 12, medicines: [] },
  { code: "40930008", display: "Hypothyroidism", prevalence: 0.04, minAge: 25, medicines: [] },
  { code: "396275006", display: "Osteoarthritis", prevalence: 0.12, minAge: 45, medicines: ["paracetamol"] },
  { code: "709044004", display: "Chronic kidney disease", prevalence: 0.06, minAge: 55, medicines: [] },
  { code: "52448006", display: "Dementia", prevalence: 0.06, minAge: 70, medicines: [] },
  { code: "84757009", display: "Epilepsy", prevalence: 0.01, minAge: 2, medicines: [] },
  { code: "55822004", display: "Hyperlipidemia", prevalence: 0.08, minAge: 35, medicines: ["atorvastatin"] },
  { code: "414916001", display: "Obesity", prevalence: 0.1, minAge: 16, medicines: [] },
  { code: "235595009", display: "Gastroesophageal reflux disease", prevalence: 0.05, minAge: 18, medicines: [] },
  { code: "37796009", display: "Migraine", prevalence: 0.05, minAge: 12, medicines: ["paracetamol"] },
];

/** Conditions in the RCGP legally restricted categories: never shared beyond their custodian. */
export const SENSITIVE_CONDITIONS: (Coded & { sensitivity: string })[] = [
  { code: "105629000", display: "Chlamydial infection", sensitivity: "SEXUALLY_TRANSMITTED_INFECTION" },
  { code: "15628003", display: "Gonorrhoea", sensitivity: "SEXUALLY_TRANSMITTED_INFECTION" },
  { code: "33839006", display: "Genital herpes simplex", sensitivity: "SEXUALLY_TRANSMITTED_INFECTION" },
];

/** Why people come in, by FHIR encounter class (SNOMED CT findings and disorders). */
export const ENCOUNTER_REASONS: Record<string, Coded[]> = {
  EMERGENCY: [
    { code: "29857009", display: "Chest pain" }, { code: "267036007", display: "Shortness of breath" },
    { code: "21522001", display: "Abdominal pain" }, { code: "217082002", display: "Accidental fall" },
    { code: "125605004", display: "Fracture of bone" }, { code: "25064002", display: "Headache" },
  ],
  INPATIENT: [
    { code: "385093006", display: "Community acquired pneumonia" }, { code: "68566005", display: "Urinary tract infection" },
    { code: "22298006", display: "Myocardial infarction" }, { code: "230690007", display: "Stroke" },
  ],
  AMBULANCE: [
    { code: "217082002", display: "Accidental fall" }, { code: "29857009", display: "Chest pain" },
    { code: "267036007", display: "Shortness of breath" },
  ],
  PRIMARY_CARE: [
    { code: "49727002", display: "Cough" }, { code: "161891005", display: "Back pain" },
    { code: "386661006", display: "Fever" }, { code: "25064002", display: "Headache" },
  ],
};

/** Observations with UCUM units and a plausible range; `text` ones are read as free text. */
export const OBSERVATIONS: (Coded & { unit: string | null; min?: number; max?: number; decimals?: number; text?: string[] })[] = [
  { code: "75367002", display: "Blood pressure", unit: "mm[Hg]", text: ["118/76", "124/82", "132/84", "138/88", "142/86", "151/92", "164/98"] },
  { code: "27113001", display: "Body weight", unit: "kg", min: 48, max: 118, decimals: 1 },
  { code: "50373000", display: "Body height", unit: "cm", min: 150, max: 195, decimals: 0 },
  { code: "60621009", display: "Body mass index", unit: "kg/m2", min: 18.5, max: 38, decimals: 1 },
  { code: "364075005", display: "Heart rate", unit: "/min", min: 52, max: 108, decimals: 0 },
  { code: "86290005", display: "Respiratory rate", unit: "/min", min: 12, max: 24, decimals: 0 },
  { code: "103228002", display: "Oxygen saturation", unit: "%", min: 91, max: 100, decimals: 0 },
  { code: "386725007", display: "Body temperature", unit: "Cel", min: 36.1, max: 38.6, decimals: 1 },
  { code: "1003671000000109", display: "HbA1c level", unit: "mmol/mol", min: 36, max: 86, decimals: 0 },
  { code: "113075003", display: "Serum creatinine", unit: "umol/L", min: 55, max: 160, decimals: 0 },
  { code: "365981007", display: "Tobacco smoking behaviour", unit: null, text: ["Never smoked tobacco", "Ex-smoker", "Current smoker"] },
];

/** Document types (SNOMED CT record artefacts) and the titles systems give them. */
export const DOCUMENT_TYPES: Record<string, Coded & { titles: string[] }> = {
  discharge: { code: "373942005", display: "Discharge summary", titles: ["Inpatient discharge summary", "Emergency department discharge summary"] },
  consultation: { code: "371530004", display: "Clinical consultation report", titles: ["Outpatient clinic letter", "Consultant letter to GP"] },
  encounter: { code: "371531000", display: "Report of clinical encounter", titles: ["Ambulance patient care report", "Community nursing visit report"] },
  procedure: { code: "371525003", display: "Clinical procedure report", titles: ["Endoscopy report", "Minor surgery report"] },
  summary: { code: "824321000000109", display: "Summary record", titles: ["GP summary"] },
};

/** Care plan kinds: the National Record Locator record types (domain.md). */
export const CARE_PLANS: (Coded & { category: string; minAge: number; cpr: boolean; summaries: string[] })[] = [
  { category: "RESPECT", code: "1382601000000107", display: "ReSPECT form", minAge: 65, cpr: true, summaries: ["Prefers to be cared for at home; ward-based care only.", "For full escalation including intensive care."] },
  { category: "END_OF_LIFE", code: "861421000000109", display: "End of life care coordination summary", minAge: 70, cpr: true, summaries: ["Anticipatory medicines at home. Family aware of prognosis.", "Preferred priorities for care discussed with daughter."] },
  { category: "ADVANCE_CARE_PLAN", code: "736366004", display: "Advance care plan", minAge: 55, cpr: false, summaries: ["Lasting power of attorney for health and welfare: son.", "Wishes to avoid hospital admission where possible."] },
  { category: "TREATMENT_ESCALATION", code: "735324008", display: "Treatment escalation plan", minAge: 60, cpr: true, summaries: ["Not for intubation; for non-invasive ventilation.", "Full active treatment."] },
  { category: "EMERGENCY_HEALTH_CARE", code: "887701000000100", display: "Emergency health care plan", minAge: 0, cpr: false, summaries: ["Epilepsy: buccal midazolam after five minutes of seizure.", "Adrenal crisis: hydrocortisone injection kit at home."] },
  { category: "MENTAL_HEALTH_CRISIS", code: "736253002", display: "Mental health crisis plan", minAge: 14, cpr: false, summaries: ["Contact crisis team; known triggers: housing stress.", "Safety plan agreed; carer holds a copy."] },
  { category: "LONG_TERM_CONDITION", code: "734163000", display: "Care plan", minAge: 40, cpr: false, summaries: ["Annual review of long-term conditions; self-management plan agreed."] },
];

/** Flag (alert) kinds by AlertCategory. */
export const ALERTS: (Coded & { category: string; minAge: number })[] = [
  { category: "DNACPR", code: "304253006", display: "Not for resuscitation", minAge: 70 },
  { category: "REASONABLE_ADJUSTMENT", code: "15188001", display: "Hearing loss: speak clearly, face the patient", minAge: 50 },
  { category: "REASONABLE_ADJUSTMENT", code: "397540003", display: "Visual impairment: offer large-print letters", minAge: 40 },
  { category: "REASONABLE_ADJUSTMENT", code: "110359009", display: "Learning disability: longer appointments", minAge: 0 },
  { category: "CLINICAL", code: "129839007", display: "At risk for falls", minAge: 70 },
  { category: "RISK_TO_STAFF", code: "61372001", display: "Aggressive behaviour: see with a colleague", minAge: 16 },
];

/** Clinical systems by kind of custodian. */
export const SOURCE_SYSTEMS = {
  gp: ["EMIS Web", "SystmOne"],
  acute: ["Cerner Millennium", "Epic", "System C Medway", "Allscripts Sunrise"],
  community: ["SystmOne", "RiO"],
  ambulance: ["Cleric"],
  sexualHealth: ["Lilie"],
} as const;
