import { type AlertCategory } from "@scr/common";
import { type UnifiedAlert, type UnifiedAllergy, type UnifiedCondition, type UnifiedMedication } from "../types/unified.types.js";
import { highestCriticality, highestSeverity, mergeByKey } from "./merge-by-code.js";
import { itemsOf, type ItemJson, type RecordJson } from "./representation.js";

interface CodedJson extends ItemJson { code: string; system: string; display: string }
interface AllergyJson extends CodedJson { reaction?: string | null; severity?: string | null; criticality: string; clinicalStatus: string }
interface MedicationJson extends CodedJson { dosage: string; status: string }
interface ConditionJson extends CodedJson { clinicalStatus: string; onset?: string | null }
interface AlertJson extends ItemJson { category: AlertCategory; code: string; display: string; status: string }

const byCode = (item: CodedJson) => `${item.system}|${item.code}`;

export function unifiedAllergies(records: RecordJson[]): UnifiedAllergy[] {
  return mergeByKey(itemsOf<AllergyJson>(records, "allergies"), byCode, ["clinicalStatus", "criticality", "severity"])
    .map(({ items, sources, conflicts }) => ({
      code: items[0].code,
      system: items[0].system,
      display: items[0].display,
      criticality: highestCriticality(items.map((i) => i.criticality)) ?? items[0].criticality,
      severity: highestSeverity(items.map((i) => i.severity)),
      reactions: [...new Set(items.map((i) => i.reaction).filter((r): r is string => !!r))],
      clinicalStatus: items[0].clinicalStatus,
      sources,
      conflicts,
      hasConflict: conflicts.length > 0,
    }))
    .sort((a, b) => a.display.localeCompare(b.display));
}

export function unifiedMedications(records: RecordJson[]): UnifiedMedication[] {
  return mergeByKey(itemsOf<MedicationJson>(records, "medications"), byCode, ["dosage", "status"])
    .map(({ items, sources, conflicts }) => ({
      code: items[0].code,
      system: items[0].system,
      display: items[0].display,
      dosage: items[0].dosage,
      status: items[0].status,
      sources,
      conflicts,
      hasConflict: conflicts.length > 0,
    }))
    .sort((a, b) => a.display.localeCompare(b.display));
}

export function unifiedConditions(records: RecordJson[]): UnifiedCondition[] {
  return mergeByKey(itemsOf<ConditionJson>(records, "conditions"), byCode, ["clinicalStatus"])
    .map(({ items, sources, conflicts }) => {
      const onsets = items.map((i) => i.onset).filter((o): o is string => !!o).sort();
      return {
        code: items[0].code,
        system: items[0].system,
        display: items[0].display,
        clinicalStatus: items[0].clinicalStatus,
        onset: onsets.length ? new Date(onsets[0]) : null,
        sources,
        conflicts,
        hasConflict: conflicts.length > 0,
      };
    })
    .sort((a, b) => a.display.localeCompare(b.display));
}

export function unifiedAlerts(records: RecordJson[]): UnifiedAlert[] {
  return mergeByKey(itemsOf<AlertJson>(records, "alerts"), (a) => `${a.category}|${a.code}`, ["status"])
    .map(({ items, sources, conflicts }) => ({
      category: items[0].category,
      code: items[0].code,
      display: items[0].display,
      status: items[0].status,
      sources,
      conflicts,
      hasConflict: conflicts.length > 0,
    }))
    .sort((a, b) => a.category.localeCompare(b.category) || a.display.localeCompare(b.display));
}
