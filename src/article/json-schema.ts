/**
 * Turns the schema tree of `schema.ts` into JSON Schema (draft 2020-12): the source of the
 * shipped `article.schema.json`. Each string format maps to the pattern that describes
 * what its runtime check accepts; the schema tests check the two agree on samples.
 */
import { PATTERN_END, PATTERN_NOT_SPACE, URL_PATTERNS } from '../internal/url.js';
import { LANG_TAG } from '../internal/lang.js';
import { articleSchema, DATE_TIME } from './schema.js';
import type { Schema, StringFormat } from './schema-kit.js';

export type JsonSchema = { [key: string]: unknown };

const TEXT = '[^\\u202A-\\u202E]*';

/** A runtime RegExp as a pattern every engine reads alike: Python's `$` also matches before a final newline. */
const portable = (re: RegExp): string => re.source.replace(/\$$/, PATTERN_END);

const STRING_FORMATS: Record<StringFormat, JsonSchema> = {
  text: { pattern: `^${TEXT}${PATTERN_END}` },
  'nonempty-text': { pattern: `^(?=[\\s\\S]*${PATTERN_NOT_SPACE})${TEXT}${PATTERN_END}` },
  html: { contentMediaType: 'text/html', description: 'The inline-HTML subset; anything else is removed when rendered.' },
  lang: { pattern: portable(LANG_TAG) },
  'date-time': { pattern: portable(DATE_TIME) },
  'url-link': { pattern: URL_PATTERNS.link },
  'url-image': { pattern: URL_PATTERNS.image },
  'url-page': { pattern: URL_PATTERNS.page },
  'url-embed': { pattern: URL_PATTERNS.embed },
  srcset: { description: 'As the HTML srcset attribute; every URL must be an allowed image URL.' },
  'ad-sizes': { description: 'As the <ad-slot sizes> attribute: "300x250 336x280", per viewport, or "fluid".' },
};

function toJson(schema: Schema<unknown>): JsonSchema {
  switch (schema.kind) {
    case 'string':
      return { type: 'string', ...(schema.format && STRING_FORMATS[schema.format]) };
    case 'number':
      return {
        type: schema.integer ? 'integer' : 'number',
        ...(schema.min !== undefined && { minimum: schema.min }),
        ...(schema.max !== undefined && { maximum: schema.max }),
      };
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return schema.values.length === 1 ? { const: schema.values[0] } : { enum: [...schema.values] };
    case 'either':
      return { anyOf: schema.options.map(toJson) };
    case 'array':
      return { type: 'array', items: toJson(schema.items), ...(schema.min > 0 && { minItems: schema.min }) };
    case 'object': {
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const [key, field] of Object.entries(schema.fields)) {
        properties[key] = toJson('optional' in field ? field.optional : field);
        if (!('optional' in field)) required.push(key);
      }
      return { ...(schema.title && { title: schema.title }), type: 'object', properties, required };
    }
    case 'tagged':
      return { oneOf: Object.values(schema.variants).map(toJson) };
  }
}

/** `article.schema.json`: what a document must look like to render with no warning. */
export function articleJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    description:
      'Article JSON, version 1, for <news-article>. Generated from src/article/schema.ts by scripts/build-schema.mjs; do not edit by hand.',
    ...toJson(articleSchema as Schema<unknown>),
  };
}
