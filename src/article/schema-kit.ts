/**
 * A small schema kit: each node both validates input leniently (recoverable problems
 * become warnings and the offending field or item is dropped) and describes itself as
 * JSON Schema. The runtime validator and `article.schema.json` therefore come from the
 * same source and cannot drift apart.
 *
 * Why not a validation library: the contract needs *partial* acceptance (drop a bad
 * block, drop a bad optional field, keep the rest, report each with its JSON path).
 * General-purpose libraries are all-or-nothing per parse, so the recovery tree would be
 * written by hand on top of them anyway; this kit is about 1 KB minified.
 */
import type { ArticleIssue } from './types.js';

export type JsonSchema = { [key: string]: unknown };

/** A failed parse carries every problem found, each with its path. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: ArticleIssue[] };

export interface Schema<T> {
  /** Parses `input` found at `path`; recoverable problems are pushed to `warnings`. */
  parse(input: unknown, path: string, warnings: ArticleIssue[]): Parsed<T>;
  /** The JSON Schema of what this node accepts without any warning. */
  json(): JsonSchema;
}

const fail = (path: string, message: string): { ok: false; errors: ArticleIssue[] } => ({
  ok: false,
  errors: [{ path, message }],
});

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;

/** What a string check decides: keep a (possibly repaired) value, with a warning if repaired, or reject. */
export type StringCheck = { value: string; warning?: string } | { error: string };

/** Any string accepted by `check`. */
export function string(json: JsonSchema = {}, check?: (value: string) => StringCheck): Schema<string> {
  return {
    parse(input, path, warnings) {
      if (typeof input !== 'string') return fail(path, `must be a string, not ${describe(input)}`);
      if (!check) return { ok: true, value: input };
      const result = check(input);
      if ('error' in result) return fail(path, result.error);
      if (result.warning) warnings.push({ path, message: result.warning });
      return { ok: true, value: result.value };
    },
    json: () => ({ type: 'string', ...json }),
  };
}

export function number(options: { min?: number; max?: number; integer?: boolean } = {}): Schema<number> {
  const { min, max, integer } = options;
  return {
    parse(input, path) {
      if (typeof input !== 'number' || !Number.isFinite(input)) {
        return fail(path, `must be a number, not ${describe(input)}`);
      }
      if (integer && !Number.isInteger(input)) return fail(path, 'must be a whole number');
      if (min !== undefined && input < min) return fail(path, `must be at least ${min}`);
      if (max !== undefined && input > max) return fail(path, `must be at most ${max}`);
      return { ok: true, value: input };
    },
    json: () => ({
      type: integer ? 'integer' : 'number',
      ...(min !== undefined && { minimum: min }),
      ...(max !== undefined && { maximum: max }),
    }),
  };
}

export function boolean(): Schema<boolean> {
  return {
    parse: (input, path) =>
      typeof input === 'boolean' ? { ok: true, value: input } : fail(path, `must be true or false, not ${describe(input)}`),
    json: () => ({ type: 'boolean' }),
  };
}

/** One of a fixed set of values (strings or numbers). */
export function oneOf<const T extends string | number>(values: readonly T[]): Schema<T> {
  return {
    parse(input, path) {
      return values.includes(input as T)
        ? { ok: true, value: input as T }
        : fail(path, `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);
    },
    json: () => (values.length === 1 ? { const: values[0] } : { enum: [...values] }),
  };
}

/** The first alternative that parses wins; all of them are described with `anyOf`. */
export function either<A, B>(a: Schema<A>, b: Schema<B>, message: string): Schema<A | B> {
  return {
    parse(input, path, warnings) {
      const first = a.parse(input, path, warnings);
      if (first.ok) return first;
      const second = b.parse(input, path, warnings);
      return second.ok ? second : fail(path, message);
    },
    json: () => ({ anyOf: [a.json(), b.json()] }),
  };
}

export interface ArrayOptions {
  /** What one item is called in warnings ("block", "image", …). */
  item: string;
  /** Fewer items than this (after dropping bad ones) fails the whole array. */
  min?: number;
}

/** An array whose bad items are dropped with a warning; the rest are kept in order. */
export function array<T>(items: Schema<T>, options: ArrayOptions): Schema<T[]> {
  const { item, min = 0 } = options;
  return {
    parse(input, path, warnings) {
      if (!Array.isArray(input)) return fail(path, `must be an array, not ${describe(input)}`);
      const value: T[] = [];
      input.forEach((entry, index) => {
        const result = items.parse(entry, `${path}[${index}]`, warnings);
        if (result.ok) value.push(result.value);
        else for (const error of result.errors) warnings.push({ path: error.path, message: `${error.message}; the ${item} was left out` });
      });
      if (value.length < min) return fail(path, `needs at least ${min} valid ${item}${min === 1 ? '' : 's'}`);
      return { ok: true, value };
    },
    json: () => ({ type: 'array', items: items.json(), ...(min > 0 && { minItems: min }) }),
  };
}

const OPTIONAL = Symbol('optional');

/** Marks an object field optional: when it is present but wrong it is dropped with a warning. */
export interface Optional<T> {
  readonly [OPTIONAL]: true;
  readonly schema: Schema<T>;
}
export const optional = <T>(schema: Schema<T>): Optional<T> => ({ [OPTIONAL]: true, schema });

/** One schema per key of `T`; optional keys of `T` need `optional(…)`. */
export type Fields<T> = {
  [K in keyof T]-?: undefined extends T[K] ? Optional<Exclude<T[K], undefined>> : Schema<T[K]>;
};

const isOptional = (field: unknown): field is Optional<unknown> =>
  typeof field === 'object' && field !== null && OPTIONAL in field;

/**
 * An object. A missing or wrong required field fails the object (every such field is
 * reported); a wrong optional field is dropped with a warning. Unknown keys are ignored,
 * so documents may carry extra data.
 */
export function object<T>(fields: Fields<T>, options: { title?: string } = {}): Schema<T> {
  const entries = Object.entries(fields) as [string, Schema<unknown> | Optional<unknown>][];
  return {
    parse(input, path, warnings) {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        return fail(path, `must be an object, not ${describe(input)}`);
      }
      const record = input as Record<string, unknown>;
      const value: Record<string, unknown> = {};
      const errors: ArticleIssue[] = [];
      for (const [key, field] of entries) {
        const at = path ? `${path}.${key}` : key;
        const present = Object.hasOwn(record, key) && record[key] !== undefined;
        if (isOptional(field)) {
          if (!present) continue;
          const result = field.schema.parse(record[key], at, warnings);
          if (result.ok) value[key] = result.value;
          else for (const error of result.errors) warnings.push({ path: error.path, message: `${error.message}; the field was ignored` });
        } else if (!present) {
          errors.push({ path: at, message: 'is required' });
        } else {
          const result = field.parse(record[key], at, warnings);
          if (result.ok) value[key] = result.value;
          else errors.push(...result.errors);
        }
      }
      return errors.length ? { ok: false, errors } : { ok: true, value: value as T };
    },
    json() {
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const [key, field] of entries) {
        properties[key] = isOptional(field) ? field.schema.json() : field.json();
        if (!isOptional(field)) required.push(key);
      }
      return { ...(options.title && { title: options.title }), type: 'object', properties, required };
    },
  };
}

/** A union of object schemas told apart by a string `key` (e.g. a block's `type`). */
export function tagged<T extends object>(
  key: string,
  variants: { [tag: string]: Schema<T> },
): Schema<T> {
  const tags = Object.keys(variants);
  return {
    parse(input, path, warnings) {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        return fail(path, `must be an object, not ${describe(input)}`);
      }
      const tag = (input as Record<string, unknown>)[key];
      if (typeof tag !== 'string' || !Object.hasOwn(variants, tag)) {
        return fail(`${path}.${key}`, `${JSON.stringify(tag) ?? 'a missing value'} is not a known ${key} (${tags.join(', ')})`);
      }
      return variants[tag]!.parse(input, path, warnings);
    },
    json: () => ({ oneOf: tags.map((tag) => variants[tag]!.json()) }),
  };
}
