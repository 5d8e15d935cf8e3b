import { type Conflict, type Source } from "../types/unified.types.js";
import { newestFirst, sourceOf, type ItemJson } from "./representation.js";

export interface MergedGroup<T extends ItemJson> {
  /** Items sharing the key, most recently updated first. */
  items: T[];
  sources: Source[];
  conflicts: Conflict[];
}

/**
 * Groups items from every region by a key (normally the code), keeping every source as provenance
 * and flagging fields on which the sources disagree.
 */
export function mergeByKey<T extends ItemJson>(
  items: T[],
  keyOf: (item: T) => string,
  conflictFields: (keyof T & string)[],
): MergedGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()].map((group) => {
    const ordered = [...group].sort((a, b) => newestFirst(a.provenance.updatedAt, b.provenance.updatedAt) || a.id.localeCompare(b.id));
    return { items: ordered, sources: ordered.map(sourceOf), conflicts: conflictsIn(ordered, conflictFields) };
  });
}

export function conflictsIn<T extends ItemJson>(items: T[], fields: (keyof T & string)[]): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const field of fields) {
    const byValue = new Map<string, Source[]>();
    for (const item of items) {
      const value = item[field];
      if (value === null || value === undefined || value === "") continue;
      const text = String(value);
      byValue.set(text, [...(byValue.get(text) ?? []), sourceOf(item)]);
    }
    if (byValue.size > 1) {
      conflicts.push({ field, values: [...byValue.entries()].map(([value, sources]) => ({ value, sources })) });
    }
  }
  return conflicts;
}

/**
 * Each region's current view of the item: its most recently updated active entry, else its most
 * recent one. An old course stopped in the same region is history, not a disagreement.
 */
export function currentPerRegion<T extends ItemJson>(items: T[], isActive: (item: T) => boolean): T[] {
  const byRegion = new Map<string, T>();
  for (const item of items) {
    const region = item.provenance.region.code;
    const chosen = byRegion.get(region);
    if (!chosen || (!isActive(chosen) && isActive(item))) byRegion.set(region, item);
  }
  return [...byRegion.values()];
}

/** The entry to headline: the most recently updated active one, else the most recent. */
export const headline = <T extends ItemJson>(items: T[], isActive: (item: T) => boolean): T => items.find(isActive) ?? items[0];

const CRITICALITY_RANK: Record<string, number> = { "unable-to-assess": 1, low: 0, high: 2 };
const SEVERITY_RANK: Record<string, number> = { mild: 0, moderate: 1, severe: 2 };

/** The value that matters most clinically: the highest criticality or severity any source records. */
export function highest(values: (string | null | undefined)[], rank: Record<string, number>): string | null {
  return values.filter((v): v is string => !!v).sort((a, b) => (rank[b] ?? -1) - (rank[a] ?? -1))[0] ?? null;
}

export const highestCriticality = (values: (string | null | undefined)[]) => highest(values, CRITICALITY_RANK);
export const highestSeverity = (values: (string | null | undefined)[]) => highest(values, SEVERITY_RANK);
