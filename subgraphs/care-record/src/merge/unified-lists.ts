import { type AlertCategory } from "@scr/common";
import { type UnifiedAlert, type UnifiedAllergy, type UnifiedCondition, type UnifiedMedication } from "../types/unified.types.js";
import { conflictsIn, currentPerRegion, headline, highestCriticality, highestSeverity, mergeByKey } from "./merge-by-code.js";
import { itemsOf, type ItemJson, type RecordJson } from "./representation.js";

interface CodedJson extends ItemJson { code: string; system: string; display: string }
interface AllergyJson extends CodedJson { reaction?: string | null; severity?: string | null; criticality: string; clinicalStatus: string }
interface MedicationJson extends CodedJson { dosage: string; status: string }
interface ConditionJson extends CodedJson { clinicalStatus: string; onset?: string | null }
interface AlertJson extends ItemJson { category: AlertCategory; code: string; display: string; status: string }

const byCode = (item: CodedJson) => `${item.system}|${item.code}`;
const activeStatus = (item: { status?: string; clinicalStatus?: string }) => (item.status ?? item.clinicalStatus) === "active";

/**
 * Allergies merged by code. Safety first: active if any region's current entry is active, and the
 * highest criticality and severity any source records.
 */
export function unifiedAllergies(records: RecordJson[]): UnifiedAllergy[] {
  return mergeByKey(itemsOf<AllergyJson>(records, "allergies"), byCode, []).map(({ items, sources }) => {
    const current = currentPerRegion(items, activeStatus);
    const conflicts = conflictsIn(current, ["clinicalStatus", "criticality", "severity"]);
    return {
      code: items[0].code,
      system: items[0].system,
      display: items[0].display,
      criticality: highestCriticality(items.map((i) => i.criticality)) ?? items[0].criticality,
      severity: highestSeverity(items.map((i) => i.severity)),
      reactions: [...new Set(items.map((i) => i.reaction).filter((r): r is string => !!r))],
      clinicalStatus: headline(current, activeStatus).clinicalStatus,
      sources,
      conflicts,
      hasConflict: conflicts.length > 0,
    };
  }).sort((a, b) => a.display.localeCompare(b.display));
}

/**
 * Medicines merged by dm+d code. The headline is the newest active entry; a dose conflict is two
 * regions currently giving different doses, not an old course next to a new one.
 */
export function unifiedMedications(records: RecordJson[]): UnifiedMedication[] {
  return mergeByKey(itemsOf<MedicationJson>(records, "medications"), byCode, []).map(({ items, sources }) => {
    const current = currentPerRegion(items, activeStatus);
    const conflicts = [...conflictsIn(current.filter(activeStatus), ["dosage"]), ...conflictsIn(current, ["status"])];
    const shown = headline(items, activeStatus);
    return {
      code: shown.code,
      system: shown.system,
      display: shown.display,
      dosage: shown.dosage,
      status: shown.status,
      sources,
      conflicts,
      hasConflict: conflicts.length > 0,
    };
  }).sort((a, b) => a.display.localeCompare(b.display));
}

export function unifiedConditions(records: RecordJson[]): UnifiedCondition[] {
  return mergeByKey(itemsOf<ConditionJson>(records, "conditions"), byCode, []).map(({ items, sources }) => {
    const current = currentPerRegion(items, activeStatus);
    const conflicts = conflictsIn(current, ["clinicalStatus"]);
    const onsets = items.map((i) => i.onset).filter((o): o is string => !!o).sort();
    return {
      code: items[0].code,
      system: items[0].system,
      display: items[0].display,
      clinicalStatus: headline(current, activeStatus).clinicalStatus,
      onset: onsets.length ? new Date(onsets[0]) : null,
      sources,
      conflicts,
      hasConflict: conflicts.length > 0,
    };
  }).sort((a, b) => a.display.localeCompare(b.display));
}

export function unifiedAlerts(records: RecordJson[]): UnifiedAlert[] {
  return mergeByKey(itemsOf<AlertJson>(records, "alerts"), (a) => `${a.category}|${a.code}`, []).map(({ items, sources }) => {
    const current = currentPerRegion(items, activeStatus);
    const conflicts = conflictsIn(current, ["status"]);
    return {
      category: items[0].category,
      code: items[0].code,
      display: items[0].display,
      status: headline(current, activeStatus).status,
      sources,
      conflicts,
      hasConflict: conflicts.length > 0,
    };
  }).sort((a, b) => a.category.localeCompare(b.category) || a.display.localeCompare(b.display));
}
