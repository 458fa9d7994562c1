/**
 * A small schema kit. Each node validates input leniently: recoverable problems become
 * warnings and the offending field or item is dropped. Each node also exposes what it was
 * built from (`kind` and its parameters), which `json-schema.ts` turns into JSON Schema.
 * So the runtime validator and `article.schema.json` come from one tree and cannot drift
 * apart, and the embed bundle carries only the validating half.
 *
 * Why not a validation library: the contract needs *partial* acceptance (drop a bad
 * block, ignore a bad optional field, keep the rest, report each with its JSON path).
 * General-purpose libraries are all-or-nothing per parse, so the recovery tree would be
 * written by hand on top of them anyway.
 */
import type { ArticleIssue } from './types.js';

/** A failed parse carries every problem found, each with its path. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: ArticleIssue[] };

/** What a string check decides: keep a (possibly repaired) value, with a warning if repaired, or reject. */
export type StringCheck = { value: string; warning?: string } | { error: string };

/** Names the JSON Schema rule of a checked string (see `json-schema.ts`). */
export type StringFormat = 'text' | 'nonempty-text' | 'html' | 'lang' | 'date-time' | 'url-link' | 'url-image' | 'url-page' | 'url-embed' | 'srcset' | 'ad-sizes';

/** One parse: where warnings go, and what relative URLs and bad languages fall back to. */
export interface ParseContext {
  readonly warnings: ArticleIssue[];
  /** Relative URLs resolve against it and come out absolute; without it they are kept as given. */
  readonly baseURL?: string;
  /** Replaces an article `lang` that is not a language tag (with a warning). */
  readonly lang?: string;
  /**
   * Sanitizes an inline-HTML field: its clean markup and what was removed. Without it the
   * field is kept as given (`<news-article>` sanitizes as it renders, with the same rules).
   */
  readonly sanitize?: (html: string, baseURL?: string) => { html: string; removed: string[] };
}

interface Parser<T> {
  /** Parses `input` found at `path`; recoverable problems are pushed to `context.warnings`. */
  parse(input: unknown, path: string, context: ParseContext): Parsed<T>;
}

export type Schema<T> = Parser<T> &
  (
    | { kind: 'string'; format?: StringFormat }
    | { kind: 'number'; min?: number; max?: number; integer?: boolean }
    | { kind: 'boolean' }
    | { kind: 'enum'; values: readonly (string | number)[] }
    | { kind: 'either'; options: readonly Schema<unknown>[] }
    | { kind: 'array'; items: Schema<unknown>; min: number }
    | { kind: 'object'; fields: Record<string, Schema<unknown> | Optional<unknown>>; title?: string }
    | { kind: 'tagged'; variants: Record<string, Schema<unknown>> }
  );

const fail = (path: string, message: string): { ok: false; errors: ArticleIssue[] } => ({
  ok: false,
  errors: [{ path, message }],
});

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string, optionally checked (and repaired) by `check`. */
export function string(format?: StringFormat, check?: (value: string, context: ParseContext) => StringCheck): Schema<string> {
  return {
    kind: 'string',
    format,
    parse(input, path, context) {
      if (typeof input !== 'string') return fail(path, `must be a string, not ${describe(input)}`);
      const result = check ? check(input, context) : { value: input };
      if ('error' in result) return fail(path, result.error);
      if (result.warning) context.warnings.push({ path, message: result.warning });
      return { ok: true, value: result.value };
    },
  };
}

export function number(options: { min?: number; max?: number; integer?: boolean } = {}): Schema<number> {
  const { min, max, integer } = options;
  return {
    kind: 'number',
    ...options,
    parse(input, path) {
      if (typeof input !== 'number' || !Number.isFinite(input)) return fail(path, `must be a number, not ${describe(input)}`);
      if (integer && !Number.isInteger(input)) return fail(path, 'must be a whole number');
      if (min !== undefined && input < min) return fail(path, `must be at least ${min}`);
      if (max !== undefined && input > max) return fail(path, `must be at most ${max}`);
      return { ok: true, value: input };
    },
  };
}

export function boolean(): Schema<boolean> {
  return {
    kind: 'boolean',
    parse: (input, path) =>
      typeof input === 'boolean' ? { ok: true, value: input } : fail(path, `must be true or false, not ${describe(input)}`),
  };
}

/** One of a fixed set of values (strings or numbers). */
export function oneOf<const T extends string | number>(values: readonly T[]): Schema<T> {
  return {
    kind: 'enum',
    values,
    parse: (input, path) =>
      values.includes(input as T)
        ? { ok: true, value: input as T }
        : fail(path, `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`),
  };
}

/** The first alternative that parses wins. */
export function either<A, B>(a: Schema<A>, b: Schema<B>, message: string): Schema<A | B> {
  return {
    kind: 'either',
    options: [a, b] as Schema<unknown>[],
    parse(input, path, context) {
      const first = a.parse(input, path, context);
      if (first.ok) return first;
      const second = b.parse(input, path, context);
      return second.ok ? second : fail(path, message);
    },
  };
}

/**
 * An array whose bad items are dropped with a warning (naming the `item`: "block",
 * "image", …); the rest are kept in order. Fewer than `min` good items fails the array.
 */
export function array<T>(items: Schema<T>, item: string, min = 0): Schema<T[]> {
  return {
    kind: 'array',
    items: items as Schema<unknown>,
    min,
    parse(input, path, context) {
      if (!Array.isArray(input)) return fail(path, `must be an array, not ${describe(input)}`);
      const value: T[] = [];
      input.forEach((entry, index) => {
        const result = items.parse(entry, `${path}[${index}]`, context);
        if (result.ok) value.push(result.value);
        else for (const error of result.errors) context.warnings.push({ path: error.path, message: `${error.message}; the ${item} was left out` });
      });
      if (value.length < min) return fail(path, `needs at least ${min} valid ${item}${min === 1 ? '' : 's'}`);
      return { ok: true, value };
    },
  };
}

/** Marks an object field optional: when it is present but wrong it is ignored with a warning. */
export interface Optional<T> {
  readonly optional: Schema<T>;
}
export const optional = <T>(schema: Schema<T>): Optional<T> => ({ optional: schema });

/** One schema per key of `T`; optional keys of `T` need `optional(…)`. */
export type Fields<T> = {
  [K in keyof T]-?: undefined extends T[K] ? Optional<Exclude<T[K], undefined>> : Schema<T[K]>;
};

/**
 * An object. A missing or wrong required field fails the object (every such field is
 * reported); a wrong optional field is ignored with a warning. A `null` reads as a missing
 * field (feeds write `"subheadline": null` for "none"). Unknown keys are ignored, so
 * documents may carry extra data.
 */
export function object<T>(fields: Fields<T>, title?: string): Schema<T> {
  const entries = Object.entries(fields) as [string, Schema<unknown> | Optional<unknown>][];
  return {
    kind: 'object',
    fields: fields as Record<string, Schema<unknown> | Optional<unknown>>,
    title,
    parse(input, path, context) {
      if (!isRecord(input)) return fail(path, `must be an object, not ${describe(input)}`);
      const value: Record<string, unknown> = {};
      const errors: ArticleIssue[] = [];
      for (const [key, field] of entries) {
        const at = path ? `${path}.${key}` : key;
        const raw = Object.hasOwn(input, key) ? input[key] : undefined;
        const schema = 'optional' in field ? field.optional : field;
        if (raw === undefined || raw === null) {
          if (schema === field) errors.push({ path: at, message: 'is required' });
          continue;
        }
        const result = schema.parse(raw, at, context);
        if (result.ok) value[key] = result.value;
        else if (schema === field) errors.push(...result.errors);
        else for (const error of result.errors) context.warnings.push({ path: error.path, message: `${error.message}; the field was ignored` });
      }
      return errors.length ? { ok: false, errors } : { ok: true, value: value as T };
    },
  };
}

/** A union of object schemas told apart by their `type` field (as body blocks are). */
export function tagged<T>(variants: Record<string, Schema<T>>): Schema<T> {
  const tags = Object.keys(variants).join(', ');
  return {
    kind: 'tagged',
    variants: variants as Record<string, Schema<unknown>>,
    parse(input, path, context) {
      if (!isRecord(input)) return fail(path, `must be an object, not ${describe(input)}`);
      const tag = input.type;
      if (typeof tag !== 'string' || !Object.hasOwn(variants, tag)) {
        return fail(`${path}.type`, `${JSON.stringify(tag) ?? 'a missing value'} is not a known type (${tags})`);
      }
      return variants[tag]!.parse(input, path, context);
    },
  };
}
