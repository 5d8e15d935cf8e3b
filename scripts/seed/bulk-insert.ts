import { type DataSource } from "typeorm";
import { type Row } from "./dataset.js";

/** Postgres array type per column, read from the catalog so the loader follows the migrations. */
async function columnTypes(dataSource: DataSource, table: string): Promise<Map<string, string>> {
  const rows: { column_name: string; udt_name: string }[] = await dataSource.query(
    `SELECT column_name, udt_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`,
    [table],
  );
  return new Map(rows.map((r) => [r.column_name, r.udt_name]));
}

const ARRAY_TYPE: Record<string, string> = {
  text: "text[]", varchar: "varchar[]", bool: "boolean[]", timestamptz: "timestamptz[]", date: "date[]",
  float8: "float8[]", int4: "int4[]", int8: "int8[]", _text: "text[]",
};

/**
 * Loads rows with one multi-row `INSERT ... SELECT FROM unnest(...)` per chunk: the same statement on
 * PGlite and on a server, far faster than row by row. Array-valued columns are sent as text literals.
 */
export async function bulkInsert(dataSource: DataSource, table: string, rows: Row[], chunkSize = 5000): Promise<void> {
  if (rows.length === 0) return;
  const types = await columnTypes(dataSource, table);
  const columns = Object.keys(rows[0]);
  const casts = columns.map((column) => {
    const udt = types.get(column);
    if (!udt) throw new Error(`${table}.${column} is not a column`);
    return { column, udt, arrayType: ARRAY_TYPE[udt] ?? `${udt}[]` };
  });
  // text[] columns travel as array literals inside unnest's one-dimensional text[] parameter.
  const params = casts.map(({ udt, arrayType }, i) => `$${i + 1}::${udt === "_text" ? "text[]" : arrayType}`);
  const selects = casts.map(({ udt }, i) => (udt === "_text" ? `u.c${i}::text[]` : `u.c${i}`));
  const columnList = columns.map((c) => `"${c}"`).join(", ");
  const sql = `INSERT INTO "${table}" (${columnList}) SELECT ${selects.join(", ")} FROM unnest(${params.join(", ")}) AS u(${casts.map((_, i) => `c${i}`).join(", ")})`;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const values = casts.map(({ column, udt }) =>
      chunk.map((row) => {
        const value = row[column] ?? null;
        if (udt === "_text") return toArrayLiteral(value as string[]);
        return value instanceof Date ? value.toISOString() : value;
      }),
    );
    await dataSource.query(sql, values);
  }
}

/** A Postgres array literal, so a text[] column can travel inside unnest's one-dimensional arrays. */
function toArrayLiteral(values: string[] | null): string | null {
  if (!values) return null;
  return `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}
