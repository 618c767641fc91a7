// Checking one record on its own, for forms and per-record writes.
import { type Problem, zodProblems } from "./problems.js";
import { type CollectionName, RECORD_SCHEMAS, type RecordOf } from "./records.js";

export type RecordValidation<C extends CollectionName> =
  | { ok: true; record: RecordOf<C>; problems: []; fieldErrors: Record<string, never> }
  | { ok: false; record?: undefined; problems: Problem[]; fieldErrors: Record<string, string[]> };

/**
 * Validates one record against its collection's schema. `fieldErrors` maps a dotted field
 * path (`signedOn`, `parties.0.name`) to messages, for showing beside a form field.
 */
export function validateRecord<C extends CollectionName>(collection: C, input: unknown): RecordValidation<C> {
  const r = RECORD_SCHEMAS[collection].safeParse(input, { reportInput: true });
  if (r.success) return { ok: true, record: r.data as RecordOf<C>, problems: [], fieldErrors: {} };
  const problems = zodProblems(r.error);
  const fieldErrors: Record<string, string[]> = {};
  r.error.issues.forEach((issue, i) => {
    const key = issue.path.map(String).join(".") || "(record)";
    const list = fieldErrors[key] ?? [];
    // zodProblems makes one problem per issue, in order.
    list.push(problems[i]?.message ?? issue.message);
    fieldErrors[key] = list;
  });
  return { ok: false, problems, fieldErrors };
}
