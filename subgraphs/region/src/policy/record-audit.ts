import { decideLookup, selectedFieldsOn, type AuditEntry } from "@scr/common";
import { type GraphQLResolveInfo } from "graphql";
import { CLINICAL_SECTIONS } from "../entities/clinical.entities.js";
import { loadSection } from "../loaders/region.loaders.js";
import { type RegionContext } from "../region.context.js";
import { partition, type RecordAccess } from "./record-access.js";

/**
 * Writes the audit events for one record before any of its fields resolve: what was asked for,
 * the decision, and which categories had items withheld. Throws (fail closed) if the write fails.
 */
export async function auditRecordAccess(context: RegionContext, info: GraphQLResolveInfo, typeName: string, nhsNumber: string, access: RecordAccess): Promise<void> {
  const selected = selectedFieldsOn(info, typeName);
  // `withheld` summarises every section, so asking for it touches them all.
  const sections = selected.has("withheld") ? CLINICAL_SECTIONS : CLINICAL_SECTIONS.filter((section) => selected.has(section));
  const returned = CLINICAL_SECTIONS.filter((section) => selected.has(section));
  const base = { nhsNumber, region: context.region.code };
  const entries: AuditEntry[] = [];
  if (sections.length > 0) {
    if (access.clinical.permitted) {
      const withheldIn: string[] = [];
      const reasons = new Set<string>();
      let withheldItems = 0;
      for (const section of sections) {
        const { withheld } = partition(await loadSection(context.loaders, section, nhsNumber), access);
        if (withheld.length > 0) withheldIn.push(section);
        withheldItems += withheld.length;
        withheld.forEach((reason) => reasons.add(reason));
      }
      entries.push({ ...base, action: "READ_RECORD", categoriesReturned: returned, categoriesWithheld: withheldIn, withheldItems, withheldReasons: [...reasons].sort(), decision: access.clinical });
    } else {
      entries.push({ ...base, action: "READ_RECORD", categoriesWithheld: returned.length ? returned : ["withheld"], decision: access.clinical });
    }
  }
  if (selected.has("accessLog")) {
    entries.push({ ...base, action: "READ_ACCESS_LOG", [access.accessLog.permitted ? "categoriesReturned" : "categoriesWithheld"]: ["accessLog"], decision: access.accessLog });
  }
  if (entries.length === 0) {
    entries.push({ ...base, action: "LOOKUP", categoriesReturned: ["record"], decision: decideLookup(context.identity.caller, nhsNumber) });
  }
  await Promise.all(entries.map((entry) => context.audit.record(entry)));
}
