import DataLoader from "dataloader";
import { type DataSource } from "typeorm";
import { type RequestIdentity } from "../auth/claims.js";
import { type Decision } from "../policy/decisions.js";

export type AuditAction = "LOOKUP" | "READ_RECORD" | "READ_ACCESS_LOG" | "DECLARE_ACCESS" | "READ_ALERTS";

export interface AuditEntry {
  action: AuditAction;
  nhsNumber: string;
  /** ICB code of the region whose data it is, or CENTRAL for the locator. */
  region: string;
  categoriesReturned?: string[];
  categoriesWithheld?: string[];
  withheldItems?: number;
  /** Why items were withheld from a permitted read (objection, restricted category, confidential). */
  withheldReasons?: string[];
  decision: Decision;
}

const COLUMNS = [
  "request_id", "action", "user_id", "user_name", "role", "organisation", "purpose", "nhs_number", "region",
  "categories_returned", "categories_withheld", "withheld_items", "decision", "reason", "relationship",
  "relationship_reason_code", "relationship_reason_text",
] as const;
const TYPES = ["text", "text", "text", "text", "text", "text", "text", "varchar", "text", "text", "text", "int4", "text", "text", "text", "int4", "text"];

/**
 * Writes audit events before data is returned. Entries of one request are batched into one INSERT;
 * a failed write rejects every waiting caller, so they return no data (fail closed).
 */
export class AuditWriter {
  private readonly batch: DataLoader<AuditEntry, true>;

  constructor(private readonly dataSource: DataSource, private readonly identity: RequestIdentity) {
    this.batch = new DataLoader((entries) => this.insert(entries), { cache: false });
  }

  record(entry: AuditEntry): Promise<true> {
    return this.batch.load(entry);
  }

  /** Writes now, inside the caller's transaction, so the audit and the change commit together. */
  async writeWithin(query: (sql: string, parameters: unknown[]) => Promise<unknown>, entries: AuditEntry[]): Promise<void> {
    await this.insert(entries, query);
  }

  private async insert(entries: readonly AuditEntry[], query = (sql: string, parameters: unknown[]) => this.dataSource.query(sql, parameters)): Promise<true[]> {
    const { caller, requestId } = this.identity;
    const rows = entries.map((e) => [
      requestId, e.action, caller.subject, caller.name, caller.role, caller.organisation, caller.purpose, e.nhsNumber, e.region,
      `{${(e.categoriesReturned ?? []).join(",")}}`, `{${(e.categoriesWithheld ?? []).join(",")}}`, e.withheldItems ?? 0,
      e.decision.permitted ? "PERMIT" : "DENY", e.decision.reason ?? (e.withheldReasons?.length ? `WITHHELD:${e.withheldReasons.join(",")}` : null), e.decision.relationship, e.decision.reasonCode, e.decision.reasonText,
    ]);
    const columns = COLUMNS.map((_, i) => rows.map((row) => row[i]));
    const params = TYPES.map((type, i) => `$${i + 1}::${type}[]`).join(", ");
    const select = COLUMNS.map((c, i) => (c.startsWith("categories_") ? `u.c${i}::text[]` : `u.c${i}`)).join(", ");
    // seq, time and hashes are set by the database's chain trigger.
    await query(
      `INSERT INTO audit_event (${COLUMNS.join(", ")}, seq, occurred_at, prev_hash, hash)
       SELECT ${select}, 0, now(), '', '' FROM unnest(${params}) AS u(${COLUMNS.map((_, i) => `c${i}`).join(", ")})`,
      columns,
    );
    return entries.map(() => true as const);
  }
}
