/** One synthetic patient: demographics for the locator and a record in each region that holds data. */
import { ALERTS, ALLERGIES, CARE_PLANS, CONDITIONS, DMD, DOCUMENT_TYPES, ENCOUNTER_REASONS, MEDICINES, OBSERVATIONS, SENSITIVE_CONDITIONS, SNOMED, SOURCE_SYSTEMS, type Coded } from "./codes.js";
import { type Row } from "./dataset.js";
import { DRAMA_MOBILE, FAMILY_NAMES, GIVEN_NAMES, STREETS, type RegionPlaces } from "./people.js";
import { hashString, type Random } from "./random.js";

const DAY = 86_400_000;
/** Fixed "now" of the synthetic world, so output never depends on when the generator runs. */
export const REFERENCE_TIME = Date.UTC(2026, 10, 30);
const HISTORY_START = Date.UTC(2012, 0, 1);
const INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ".split(""); // letters a postcode's inward code may use
/** Known systems of the demo trusts (fixtures agree); other trusts get one derived from their code. */
const TRUST_SYSTEMS: Record<string, string> = { RXN: "Cerner Millennium", RYJ: "Cerner Millennium", RTD: "Cerner Millennium", RWF: "Allscripts Sunrise" };

/** A practice runs one GP system; the demo practice runs EMIS Web as in the fixtures. */
export function gpSystemFor(practice: string): string {
  return practice === "P81046" ? "EMIS Web" : SOURCE_SYSTEMS.gp[hashString(practice) % SOURCE_SYSTEMS.gp.length];
}

export interface PatientTables { [table: string]: Row[] }

export interface Person { nhs: string; serial: number; age: number; birthMs: number; practice: string; gpSystem: string }

/** The locator's `patient` row. */
export function demographics(rng: Random, nhs: string, home: RegionPlaces): { row: Row; age: number; birthMs: number } {
  const g = rng.float();
  const gender = g < 0.49 ? "female" : g < 0.98 ? "male" : g < 0.995 ? "other" : "unknown";
  const given = rng.pick(gender === "female" || gender === "male" ? GIVEN_NAMES[gender] : GIVEN_NAMES.other);
  const band = rng.float(); // roughly England's age structure
  const age = band < 0.2 ? rng.int(0, 17) : band < 0.47 ? rng.int(18, 39) : band < 0.79 ? rng.int(40, 64) : band < 0.96 ? rng.int(65, 84) : rng.int(85, 101);
  const birthMs = REFERENCE_TIME - age * 365.25 * DAY - rng.int(1, 364) * DAY;
  const town = rng.pick(home.towns);
  const postcode = `${rng.pick(town.postcodeDistricts)} ${rng.int(1, 9)}${rng.pick(INWARD_LETTERS)}${rng.pick(INWARD_LETTERS)}`;
  const telephone = rng.chance(0.6) ? `${DRAMA_MOBILE}${rng.digits(3)}` : `${home.landline}${rng.digits(3)}`;
  return {
    age, birthMs,
    row: {
      nhs_number: nhs, given_name: given, family_name: rng.pick(FAMILY_NAMES), prefix: null,
      birth_date: new Date(birthMs).toISOString().slice(0, 10), gender,
      address_lines: [`${rng.int(1, 180)} ${rng.pick(STREETS)}`, town.name], postcode, telephone,
      registered_practice: rng.pick(home.practices), restricted: rng.chance(0.005),
      updated_at: rng.between(Date.UTC(2020, 0, 1), REFERENCE_TIME),
    },
  };
}

/** Writes one region's record of a patient into that region's `tables`; ids are unique per region. */
export class RecordWriter {
  private n = 0;
  private latest = 0;
  constructor(private readonly rng: Random, private readonly person: Person, private readonly places: RegionPlaces, private readonly tables: PatientTables) {}

  private item(table: string, custodian: string, system: string, recorded: Date, fields: Row, sensitivity: string | null = null): void {
    this.n += 1;
    const updated = this.rng.chance(0.1) ? new Date(Math.min(REFERENCE_TIME, recorded.getTime() + this.rng.int(1, 400) * DAY)) : recorded;
    this.latest = Math.max(this.latest, updated.getTime());
    this.tables[table].push({
      id: `${this.places.code.toLowerCase()}-p${this.person.serial}-${this.n}`, nhs_number: this.person.nhs, custodian,
      source_system: system, recorded_at: recorded, updated_at: updated, sensitivity, ...fields,
    });
  }

  private since(years: number): Date {
    // Ends ten days early: a ten-day admission that starts then still ends before REFERENCE_TIME.
    return this.rng.between(Math.max(HISTORY_START, this.person.birthMs, REFERENCE_TIME - years * 365 * DAY), REFERENCE_TIME - 10 * DAY);
  }

  private trustSystem(code: string): string {
    return TRUST_SYSTEMS[code] ?? SOURCE_SYSTEMS.acute[hashString(code) % SOURCE_SYSTEMS.acute.length];
  }

  /** The GP record and local hospital activity of the patient's home region. */
  writeHome(): { allergies: Coded[]; medicines: Row[] } {
    const { rng, person: p, places } = this;
    const gp = (table: string, recorded: Date, fields: Row) => this.item(table, p.practice, p.gpSystem, recorded, fields);
    const conditions = CONDITIONS.filter((c) => p.age >= c.minAge && rng.chance(c.prevalence * (p.age >= 65 ? 1.6 : 1))).slice(0, 4);
    const medicines: Row[] = [];
    for (const c of conditions) {
      const onset = rng.between(Math.max(p.birthMs + c.minAge * 365 * DAY, Date.UTC(1990, 0, 1)), REFERENCE_TIME - 30 * DAY);
      const recorded = new Date(Math.max(onset.getTime(), HISTORY_START) + rng.int(0, 20) * DAY);
      const resolved = (c.code === "35489007" || c.code === "197480006") && rng.chance(0.25);
      gp("condition", recorded, { code: c.code, system: SNOMED, display: c.display, clinical_status: resolved ? "resolved" : "active", onset,
        abatement: resolved ? new Date(Math.min(REFERENCE_TIME - DAY, onset.getTime() + rng.int(90, 720) * DAY)) : null });
      if (c.medicines.length === 0) continue;
      const m = MEDICINES[rng.pick(c.medicines)];
      const start = new Date(Math.min(REFERENCE_TIME - 10 * DAY, recorded.getTime() + rng.int(0, 60) * DAY));
      const course = "course" in m && m.course;
      const stopped = !course && rng.chance(0.1);
      const row: Row = { code: m.code, system: DMD, display: m.display, dosage: m.dosage, status: course ? "completed" : stopped ? "stopped" : "active",
        start_date: start, end_date: course ? new Date(start.getTime() + 5 * DAY) : stopped ? new Date(start.getTime() + rng.int(30, 700) * DAY) : null, prescriber: p.practice };
      gp("medication", start, row);
      if (row.status === "active") medicines.push(row);
    }
    if (p.age >= 16 && rng.chance(0.003)) {
      const s = rng.pick(SENSITIVE_CONDITIONS);
      const at = this.since(6);
      this.item("condition", places.sexualHealth, SOURCE_SYSTEMS.sexualHealth[0], at,
        { code: s.code, system: SNOMED, display: s.display, clinical_status: "resolved", onset: at, abatement: new Date(at.getTime() + 21 * DAY) }, s.sensitivity);
    }
    const allergies: Coded[] = [];
    const allergyRoll = rng.float();
    for (let i = 0; i < (allergyRoll < 0.05 ? 2 : allergyRoll < 0.22 ? 1 : 0); i++) {
      const a = rng.pick(ALLERGIES);
      if (allergies.some((x) => x.code === a.code)) continue;
      allergies.push(a);
      gp("allergy", this.since(15), { code: a.code, system: SNOMED, display: a.display, reaction: a.reaction,
        severity: a.criticality === "high" ? rng.pick(["moderate", "severe"]) : rng.pick(["mild", "moderate"]), criticality: a.criticality, clinical_status: "active", onset: null });
    }
    const visits = rng.int(1, 3) + (p.age >= 65 ? 1 : 0);
    for (let i = 0; i < visits; i++) {
      const r = rng.float();
      const kind = r < 0.5 ? "PRIMARY_CARE" : r < 0.7 ? "OUTPATIENT" : r < 0.85 ? "EMERGENCY" : r < 0.91 ? "INPATIENT" : r < 0.97 ? "COMMUNITY" : "AMBULANCE";
      this.encounter(kind, conditions);
    }
    for (let i = rng.int(1, 3); i > 0; i--) {
      const o = rng.pick(OBSERVATIONS);
      if (o.code === "1003671000000109" && !conditions.some((c) => c.code === "44054006")) continue;
      const at = this.since(5);
      gp("observation", at, { code: o.code, display: o.display, value: o.text ? null : Number((o.min! + rng.float() * (o.max! - o.min!)).toFixed(o.decimals ?? 0)),
        value_text: o.text ? rng.pick(o.text) : null, unit: o.unit, effective_at: at });
    }
    const planChance = p.age >= 75 ? 0.15 : p.age >= 60 ? 0.04 : 0.01;
    let notForCpr = false;
    if (rng.chance(planChance)) {
      const plan = rng.pick(CARE_PLANS.filter((c) => p.age >= c.minAge));
      const at = this.since(4);
      notForCpr = plan.cpr && p.age >= 80 && rng.chance(0.6);
      const custodian = plan.category === "MENTAL_HEALTH_CRISIS" ? places.community[0] : p.practice;
      this.item("care_plan", custodian, custodian === p.practice ? p.gpSystem : SOURCE_SYSTEMS.community[1], at, {
        category: plan.category, code: plan.code, title: plan.display, status: "active", created: at,
        preferred_place_of_death: plan.category === "END_OF_LIFE" || plan.category === "RESPECT" ? rng.pick(["Home", "Hospice", "Care home", "Hospital"]) : null,
        cpr_decision: plan.cpr ? (notForCpr ? "NOT_FOR_CPR" : "FOR_CPR") : null, summary: rng.pick(plan.summaries),
      });
    }
    const alertKinds = ALERTS.filter((a) => a.category !== "DNACPR" && p.age >= a.minAge);
    for (const a of [...(notForCpr ? [ALERTS[0]] : []), ...(rng.chance(0.04) ? [rng.pick(alertKinds)] : [])]) {
      const at = this.since(8);
      gp("alert", at, { category: a.category, code: a.code, display: a.display, status: "active", start_time: at });
    }
    if (rng.chance(0.1)) {
      const at = this.since(3);
      gp("document", at, { type_code: DOCUMENT_TYPES.summary.code, title: DOCUMENT_TYPES.summary.titles[0], document_date: at, author_organisation: p.practice });
    }
    return { allergies, medicines };
  }

  /** A record in a region the patient visited: hospital activity, sometimes restating what the GP knows. */
  writeVisit(home: { allergies: Coded[]; medicines: Row[] }): void {
    const { rng } = this;
    const trust = rng.pick(this.places.acute);
    const r = rng.float();
    this.encounter(r < 0.6 ? "EMERGENCY" : r < 0.85 ? "OUTPATIENT" : "AMBULANCE", [], trust);
    if (rng.chance(0.3)) this.encounter("EMERGENCY", [], trust);
    const at = this.since(4);
    if (rng.chance(0.7)) {
      const o = rng.pick(OBSERVATIONS.filter((x) => ["103228002", "364075005", "86290005", "75367002"].includes(x.code)));
      this.item("observation", trust, this.trustSystem(trust), at, { code: o.code, display: o.display, value: o.text ? null : rng.int(o.min!, o.max!), value_text: o.text ? rng.pick(o.text) : null, unit: o.unit, effective_at: at });
    }
    // Restated allergies and medicines let the unified view merge sources and flag dose conflicts.
    const allergy = home.allergies[0] as (typeof ALLERGIES)[number] | undefined;
    if (allergy && rng.chance(0.5)) {
      this.item("allergy", trust, this.trustSystem(trust), at, { code: allergy.code, system: SNOMED, display: allergy.display, reaction: rng.chance(0.5) ? allergy.reaction : null,
        severity: "moderate", criticality: allergy.criticality, clinical_status: "active", onset: null });
    }
    if (home.medicines.length > 0 && rng.chance(0.3)) {
      const m = home.medicines[0];
      this.item("medication", trust, this.trustSystem(trust), at, { ...m, dosage: rng.chance(0.2) ? "Two tablets once daily" : m.dosage, start_date: at, prescriber: trust });
    }
  }

  private encounter(kind: string, conditions: Coded[], organisation?: string): void {
    const { rng, person: p, places } = this;
    const org = organisation ?? (kind === "PRIMARY_CARE" ? p.practice : kind === "COMMUNITY" ? places.community[0] : kind === "AMBULANCE" ? places.ambulance : rng.pick(places.acute));
    const system = kind === "PRIMARY_CARE" ? p.gpSystem : kind === "COMMUNITY" ? SOURCE_SYSTEMS.community[0] : kind === "AMBULANCE" ? SOURCE_SYSTEMS.ambulance[0] : this.trustSystem(org);
    const reviewed = conditions.length > 0 && (kind === "OUTPATIENT" || kind === "COMMUNITY" || (kind === "PRIMARY_CARE" && rng.chance(0.5))) ? rng.pick(conditions) : undefined;
    const reason = reviewed ? { code: reviewed.code, display: `${reviewed.display} review` } : rng.pick(ENCOUNTER_REASONS[kind] ?? ENCOUNTER_REASONS.PRIMARY_CARE);
    const start = this.since(8);
    const minutes = { PRIMARY_CARE: [10, 20], OUTPATIENT: [20, 45], EMERGENCY: [120, 420], INPATIENT: [2880, 14400], COMMUNITY: [30, 60], AMBULANCE: [40, 90] }[kind] ?? [15, 30];
    const end = new Date(start.getTime() + rng.int(minutes[0], minutes[1]) * 60_000);
    this.item("encounter", org, system, end, { encounter_class: kind, start_time: start, end_time: end, organisation: org, reason_code: reason.code, reason: reason.display });
    const doc = kind === "EMERGENCY" || kind === "INPATIENT" ? DOCUMENT_TYPES.discharge : kind === "OUTPATIENT" ? DOCUMENT_TYPES.consultation : kind === "AMBULANCE" ? DOCUMENT_TYPES.encounter : undefined;
    if (doc && rng.chance(0.7)) {
      const title = doc === DOCUMENT_TYPES.discharge ? doc.titles[kind === "INPATIENT" ? 0 : 1] : doc.titles[0];
      this.item("document", org, system, end, { type_code: doc.code, title, document_date: end, author_organisation: org });
    }
  }

  /** The region's `patient_record` row, stamped with its newest item; returns that time. */
  finish(): Date {
    const r = this.rng.float();
    const updated = new Date(this.latest || REFERENCE_TIME);
    this.tables.patient_record.push({
      nhs_number: this.person.nhs, verification_status: r < 0.985 ? "01" : r < 0.995 ? "02" : "03",
      sharing_objection: this.rng.chance(0.003), updated_at: updated,
    });
    return updated;
  }
}
