import { type DataSource } from "typeorm";

/** NHS numbers the region holds a record for, in pages, for publishing pointers to the locator. */
export async function* heldNhsNumbers(dataSource: DataSource, pageSize = 1000): AsyncGenerator<string[]> {
  let after = "";
  for (;;) {
    const rows: { nhs_number: string }[] = await dataSource.query(
      "SELECT nhs_number FROM patient_record WHERE nhs_number > $1 ORDER BY nhs_number LIMIT $2",
      [after, pageSize],
    );
    if (rows.length === 0) return;
    yield rows.map((row) => row.nhs_number);
    after = rows[rows.length - 1].nhs_number;
  }
}
