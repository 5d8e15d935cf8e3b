import { type EncounterClass } from "@scr/common";
import { TimelineEventKind, type TimelineEvent } from "../types/unified.types.js";
import { itemsOf, newestFirst, sourceOf, type ItemJson, type RecordJson } from "./representation.js";

interface EncounterJson extends ItemJson { encounterClass: EncounterClass; start: string; organisation: string; reason?: string | null }
interface CarePlanJson extends ItemJson { created: string; title: string }
interface DocumentJson extends ItemJson { date: string; title: string; authorOrganisation: string }

const CLASS_TITLES: Record<string, string> = {
  EMERGENCY: "Emergency attendance",
  INPATIENT: "Inpatient stay",
  OUTPATIENT: "Outpatient appointment",
  AMBULANCE: "Ambulance incident",
  COMMUNITY: "Community care contact",
  PRIMARY_CARE: "GP consultation",
};

/** Encounters, care plans and documents from every region that answered, newest first. */
export function timelineOf(records: RecordJson[]): TimelineEvent[] {
  const events: TimelineEvent[] = [
    ...itemsOf<EncounterJson>(records, "encounters").map((e) => ({
      date: new Date(e.start),
      kind: TimelineEventKind.ENCOUNTER,
      title: e.reason ? `${CLASS_TITLES[e.encounterClass] ?? e.encounterClass}: ${e.reason}` : CLASS_TITLES[e.encounterClass] ?? e.encounterClass,
      encounterClass: e.encounterClass,
      organisation: e.organisation,
      source: sourceOf(e),
    })),
    ...itemsOf<CarePlanJson>(records, "carePlans").map((p) => ({
      date: new Date(p.created),
      kind: TimelineEventKind.CARE_PLAN,
      title: p.title,
      organisation: p.provenance.custodian,
      source: sourceOf(p),
    })),
    ...itemsOf<DocumentJson>(records, "documents").map((d) => ({
      date: new Date(d.date),
      kind: TimelineEventKind.DOCUMENT,
      title: d.title,
      organisation: d.authorOrganisation,
      source: sourceOf(d),
    })),
  ];
  return events.sort((a, b) => newestFirst(a.date, b.date) || a.source.region.code.localeCompare(b.source.region.code));
}
