import { type DataSource } from "typeorm";

export interface AuditVerification {
  ok: boolean;
  rows: number;
  head: { seq: number; hash: string } | null;
  problems: { seq: number; problem: string }[];
}

/**
 * Recomputes the hash chain. An altered row no longer matches its hash; a removed row leaves a gap in
 * the sequence and a broken link. Keep the printed head elsewhere to detect removal of the newest rows.
 */
export async function verifyAuditTrail(dataSource: DataSource): Promise<AuditVerification> {
  const rows: { seq: string; ok_hash: boolean; ok_link: boolean; gap: boolean; hash: string }[] = await dataSource.query(`
    SELECT seq::text,
      hash = encode(sha256(convert_to(prev_hash || '|' || audit_event_canonical(e), 'UTF8')), 'hex') AS ok_hash,
      prev_hash = coalesce(lag(hash) OVER w, 'genesis') AS ok_link,
      seq <> coalesce(lag(seq) OVER w, 0) + 1 AS gap,
      hash
    FROM audit_event e WINDOW w AS (ORDER BY seq) ORDER BY seq`);
  const problems: AuditVerification["problems"] = [];
  for (const row of rows) {
    const seq = Number(row.seq);
    if (!row.ok_hash) problems.push({ seq, problem: "row altered: its content no longer matches its hash" });
    if (row.gap) problems.push({ seq, problem: "gap: the row(s) before it were removed" });
    else if (!row.ok_link) problems.push({ seq, problem: "broken link: the previous row was altered or replaced" });
  }
  const last = rows[rows.length - 1];
  return { ok: problems.length === 0, rows: rows.length, head: last ? { seq: Number(last.seq), hash: last.hash } : null, problems };
}
