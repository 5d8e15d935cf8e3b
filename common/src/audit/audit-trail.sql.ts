/**
 * The audit trail's table, shared by the locator and every region. Append-only is enforced by the
 * database (UPDATE, DELETE and TRUNCATE raise), and each row carries the hash of its predecessor so
 * that an altered or removed row is detectable (`npm run audit:verify`).
 */
export const AUDIT_TRAIL_UP = [
  `CREATE TABLE audit_event (
    seq bigint PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    request_id text NOT NULL,
    action text NOT NULL,
    user_id text NOT NULL,
    user_name text NOT NULL,
    role text,
    organisation text,
    purpose text,
    nhs_number varchar(10) NOT NULL,
    region text NOT NULL,
    categories_returned text[] NOT NULL DEFAULT '{}',
    categories_withheld text[] NOT NULL DEFAULT '{}',
    withheld_items integer NOT NULL DEFAULT 0,
    decision text NOT NULL,
    reason text,
    relationship text,
    relationship_reason_code integer,
    relationship_reason_text text,
    prev_hash text NOT NULL,
    hash text NOT NULL)`,
  `CREATE INDEX audit_event_nhs_number_idx ON audit_event (nhs_number, seq)`,
  `CREATE INDEX audit_event_organisation_idx ON audit_event (organisation, seq)`,
  // One canonical text per row, unambiguous (a JSON array keeps nulls, arrays and separators apart):
  // the chain hashes it, the verifier recomputes it.
  `CREATE FUNCTION audit_event_canonical(e audit_event) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_build_array(e.seq, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
      e.request_id, e.action, e.user_id, e.user_name, e.role, e.organisation, e.purpose, e.nhs_number, e.region,
      e.categories_returned, e.categories_withheld, e.withheld_items, e.decision, e.reason,
      e.relationship, e.relationship_reason_code, e.relationship_reason_text)::text
  $$`,
  `CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE previous audit_event;
    BEGIN
      PERFORM pg_advisory_xact_lock(7272001); -- one writer at a time keeps the chain linear
      SELECT * INTO previous FROM audit_event ORDER BY seq DESC LIMIT 1;
      NEW.seq := coalesce(previous.seq, 0) + 1;
      NEW.occurred_at := date_trunc('milliseconds', clock_timestamp());
      NEW.prev_hash := coalesce(previous.hash, 'genesis');
      NEW.hash := encode(sha256(convert_to(NEW.prev_hash || '|' || audit_event_canonical(NEW), 'UTF8')), 'hex');
      RETURN NEW;
    END $$`,
  `CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_chain()`,
  `CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege'; END $$`,
  `CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change()`,
  `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()`,
];

export const AUDIT_TRAIL_DOWN = [
  `DROP TABLE audit_event`,
  `DROP FUNCTION audit_event_refuse_change()`,
  `DROP FUNCTION audit_event_chain()`,
];
