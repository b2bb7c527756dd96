import { SOURCE } from "./entities";
import { checkValue } from "./fields";
import { FACT_FIELDS } from "./fact-fields";
import type { SourceRefShape, UserErrorCode, UserErrorShape, WriteCommand } from "./write.types";

type Row = Record<string, unknown>;

/** The user errors of one write, collected so that every problem is reported at once. */
export class Problems {
  readonly list: UserErrorShape[] = [];
  add(field: string, message: string, code: UserErrorCode): void {
    this.list.push({ field: field.split("."), message, code });
  }
  get any(): boolean {
    return this.list.length > 0;
  }
}

export const KEY_RE = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,79}$/;

/** Field checks that need no database: every given value, and on create every required one. */
export function checkInput(cmd: WriteCommand, problems: Problems): Row {
  const out: Row = {};
  if (cmd.action === "RETRACT") return out;
  const input = cmd.input ?? {};
  const specs = cmd.entity.factType ? [...cmd.entity.fields, ...FACT_FIELDS] : cmd.entity.fields;
  const known = new Set(specs.map((s) => s.name));
  for (const name of Object.keys(input)) if (!known.has(name) && input[name] !== undefined) problems.add(`input.${name}`, "Not a field of this type.", "INVALID");
  for (const spec of specs) {
    const given = input[spec.name];
    if (given === undefined) {
      if (cmd.action === "CREATE" && spec.required) problems.add(`input.${spec.name}`, "Required.", "REQUIRED");
      continue;
    }
    const checked = checkValue(spec, given, `input.${spec.name}`);
    if ("code" in checked) problems.add(checked.field, checked.message, checked.code);
    else if (checked.value === null && spec.required) problems.add(`input.${spec.name}`, "Required: it cannot be cleared.", "REQUIRED");
    else out[spec.name] = checked.value;
  }
  return out;
}

export function checkSourceRefs(cmd: WriteCommand, problems: Problems): SourceRefShape[] {
  const refs = cmd.sources ?? [];
  if (refs.length === 0) problems.add("sources", "Name at least one source: an existing one by ID, or a new one.", "SOURCE_REQUIRED");
  if (refs.length > 20) problems.add("sources", "At most 20 sources per write.", "INVALID");
  refs.forEach((ref, i) => {
    const path = `sources.${i}`;
    if ((ref.id == null) === (ref.new == null)) problems.add(path, "Give exactly one of `id` (an existing source) or `new`.", "INVALID");
    if (ref.quote != null && (String(ref.quote).trim() === "" || String(ref.quote).length > 4_000)) problems.add(`${path}.quote`, "A quote is 1 to 4000 characters.", "INVALID");
    if (ref.new) {
      for (const spec of SOURCE.fields) {
        const given = ref.new[spec.name];
        if (given == null) {
          if (spec.required) problems.add(`${path}.new.${spec.name}`, "Required for a new source.", "REQUIRED");
          continue;
        }
        const checked = checkValue(spec, given, `${path}.new.${spec.name}`);
        if ("code" in checked) problems.add(checked.field, checked.message, checked.code);
      }
    }
  });
  return refs;
}

/** A constraint the checks above did not foresee (or a race on a unique value): a user error, never SQL text. */
export function constraintRefusal(err: unknown): UserErrorShape | null {
  let e: unknown = err;
  for (let i = 0; e && typeof e === "object" && i < 8; i++) {
    const code = (e as { code?: unknown }).code;
    if (code === "23505") return { field: ["input"], message: "A unique value (key, slug or ticker) was taken meanwhile; retry.", code: "TAKEN" };
    if (typeof code === "string" && (code.startsWith("23") || code.startsWith("22"))) {
      return { field: ["input"], message: "The values break a rule of the record type (a range or a combination of fields).", code: "INVALID" };
    }
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}
