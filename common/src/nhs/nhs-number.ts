/** NHS number rules from the NHS Data Dictionary: 10 digits, modulus 11 check digit. */

const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2];
const ACCEPTED_INPUT = /^(\d{10}|\d{3} \d{3} \d{4})$/;

export function checkDigitFor(firstNine: string): number | null {
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(firstNine[i]), 0);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null; // never issued
  return check;
}

export type NhsNumberProblem = "FORMAT" | "CHECK_DIGIT";

/** Returns the 10-digit form, or the reason the input is not an NHS number. */
export function parseNhsNumber(input: unknown): { ok: true; value: string } | { ok: false; problem: NhsNumberProblem } {
  if (typeof input !== "string" || !ACCEPTED_INPUT.test(input)) return { ok: false, problem: "FORMAT" };
  const digits = input.replace(/ /g, "");
  const expected = checkDigitFor(digits.slice(0, 9));
  if (expected === null || expected !== Number(digits[9])) return { ok: false, problem: "CHECK_DIGIT" };
  return { ok: true, value: digits };
}

export function isValidNhsNumber(input: unknown): boolean {
  return parseNhsNumber(input).ok;
}

/** 3-3-4 display form, e.g. "999 000 0018". */
export function formatNhsNumber(digits: string): string {
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

/** Capacity of the 999 test range: 10^6 prefixes, less those whose check digit would be 10. */
export const TEST_RANGE_PREFIXES = 1_000_000;

/** Valid test-range numbers in prefix order, starting at the given 6-digit serial. */
export function* testRangeNhsNumbers(fromSerial = 0): Generator<string> {
  for (let serial = fromSerial; serial < TEST_RANGE_PREFIXES; serial++) {
    const firstNine = `999${String(serial).padStart(6, "0")}`;
    const check = checkDigitFor(firstNine);
    if (check !== null) yield `${firstNine}${check}`;
  }
}
