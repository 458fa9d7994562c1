import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { executeServerCommand } from '@web/test-runner-commands';
import { articleJsonSchema } from '../../src/article/json-schema.js';
import { parseArticle } from '../../src/article/validate.js';
import shipped from '../../article.schema.json';
import seed from '../../demo/articles/seed-gu.json';
import arabic from '../../demo/articles/ar-demo.json';
import english from '../../demo/articles/en-demo.json';
import { fullArticle, minimal } from './samples.js';

const validator = new Validator(articleJsonSchema() as never, '2020-12', false);

/** The schema and the validator agree when: schema-valid ⟺ the validator has neither errors nor warnings. */
function agreement(sample: unknown): { schema: boolean; validator: boolean } {
  const result = parseArticle(sample);
  return { schema: validator.validate(sample).valid, validator: result.ok && result.warnings.length === 0 };
}

/** Every article the project ships or tests with (demo/articles/*.json, test/article/samples.ts). */
const fixtures: [string, unknown][] = [
  ['the seed', seed],
  ['the Arabic demo', arabic],
  ['the English demo', english],
  ['every field', fullArticle()],
  ['the minimal article', minimal()],
];

const valid: [string, unknown][] = [
  ...fixtures,
  ['a string section', { ...minimal(), section: 'International' }],
  ['a data: image', { ...minimal(), image: { src: 'data:image/webp;base64,UklGR', alt: '' } }],
  ['a relative image', { ...minimal(), image: { src: 'images/a.jpg', alt: 'a' } }],
  ['a date without time', { ...minimal(), datePublished: '2024-01-05' }],
  ['a headline with a trailing newline', { ...minimal(), headline: 'h\n' }],
  // Whitespace to Python's `\s`, not to JavaScript's `trim()`.
  ['a headline of U+001C and U+0085', { ...minimal(), headline: '\u001C\u0085' }],
  ['an image URL ending in U+0085', { ...minimal(), image: { src: 'images/a.jpg\u0085', alt: '' } }],
];

const invalid: [string, unknown][] = [
  ['an array', []],
  ['no headline', { lang: 'en', body: [] }],
  ['no body', { lang: 'en', headline: 'h' }],
  ['a blank headline', { ...minimal(), headline: ' ' }],
  ['a bad lang', { ...minimal(), lang: 'not a tag' }],
  ['an unknown block', { ...minimal(), body: [{ type: 'video' }] }],
  ['a javascript: image', { ...minimal(), image: { src: 'javascript:alert(1)', alt: '' } }],
  ['an SVG data: image', { ...minimal(), image: { src: 'data:image/svg+xml,<svg/>', alt: '' } }],
  ['an image without alt', { ...minimal(), image: { src: 'https://a.example/a.jpg' } }],
  ['a heading level 7', { ...minimal(), body: [{ type: 'heading', text: 'h', level: 7 }] }],
  ['a bad date', { ...minimal(), datePublished: 'yesterday' }],
  ['a relative canonical url', { ...minimal(), url: '/x' }],
  ['an http embed', { ...minimal(), body: [{ type: 'embed', url: 'http://a.example/', title: 't' }] }],
  ['version 2', { ...minimal(), version: 2 }],
  ['a bidi override', { ...minimal(), headline: 'a\u202Eb' }],
  ['an empty gallery', { ...minimal(), body: [{ type: 'gallery', images: [] }] }],
  ['a non-integer width', { ...minimal(), image: { src: 'https://a.example/a.jpg', alt: '', width: 10.5 } }],
  ['a focal point out of range', { ...minimal(), image: { src: 'https://a.example/a.jpg', alt: '', focalPoint: { x: -1, y: 0 } } }],
  ['a dir of "up"', { ...minimal(), dir: 'up' }],
  ['a tab inside a link', { ...minimal(), authors: [{ name: 'a', url: 'https://a.example/\tb' }] }],
  // Where Python's `re` reads JavaScript's syntax differently: `\s`, `\d` and `$`.
  ['a headline of only U+FEFF', { ...minimal(), headline: '\uFEFF' }],
  ['a headline of only other spaces', { ...minimal(), headline: '\t\u00A0\u3000' }],
  ['a tag of only spaces', { ...minimal(), tags: ['  '] }],
  ['a lang with a trailing newline', { ...minimal(), lang: 'en\n' }],
  ['a date with a trailing newline', { ...minimal(), datePublished: '2019-01-02\n' }],
  ['a date in Gujarati digits', { ...minimal(), datePublished: '૨૦૧૯-01-02' }],
  ['an image URL with a trailing newline', { ...minimal(), image: { src: 'images/a.jpg\n', alt: '' } }],
  ['an image URL starting with U+FEFF', { ...minimal(), image: { src: '\uFEFFimages/a.jpg', alt: '' } }],
  ['a canonical url with a trailing newline', { ...minimal(), url: 'https://news.example/a\n' }],
];

/** Every sample, with whether it is clean, for the engines outside the browser. */
const samples: [name: string, sample: unknown, clean: boolean][] = [
  ...valid.map(([name, sample]): [string, unknown, boolean] => [name, sample, true]),
  ...invalid.map(([name, sample]): [string, unknown, boolean] => [name, sample, false]),
];
const instances = samples.map(([, sample]) => sample);

type EngineResults = { results: { valid: boolean; errors: string[] }[] };
type PythonResults = (EngineResults & { schemaError: string | null }) | { skipped: string };

/** Each sample is valid in the engine exactly when the runtime validator finds it clean. */
function expectAgreement(get: () => EngineResults) {
  samples.forEach(([name, , clean], i) => {
    it(`${clean ? 'accepts' : 'rejects'} ${name}`, () => {
      const { valid: isValid, errors } = get().results[i];
      expect(isValid, errors.join('\n')).to.equal(clean);
    });
  });
}

/** Every `pattern` in a schema. */
function patterns(node: unknown): string[] {
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => (key === 'pattern' ? [value as string] : patterns(value)));
}

describe('article.schema.json', () => {
  it('is the committed output of the schema source (run `npm run schema` after changing it)', () => {
    expect(shipped).to.deep.equal(articleJsonSchema());
  });

  it('uses no regular-expression syntax that JavaScript and Python read differently', () => {
    // `[\s\S]` (any character) is the one use of `\s` and `\S` that both read alike.
    const unportable = /\[\^\]|\\[dDsSwWbB]|\$/;
    for (const pattern of patterns(shipped)) expect(pattern.replaceAll('[\\s\\S]', '')).not.to.match(unportable);
  });

  for (const [name, sample] of valid) {
    it(`agrees with the validator that ${name} is valid`, () => {
      expect(agreement(sample)).to.deep.equal({ schema: true, validator: true });
    });
  }

  for (const [name, sample] of invalid) {
    it(`agrees with the validator that ${name} is not clean`, () => {
      expect(agreement(sample)).to.deep.equal({ schema: false, validator: false });
    });
  }

  describe('in Ajv (Draft 2020-12, Unicode regular expressions)', () => {
    let ajv: EngineResults;
    before(async () => {
      ajv = (await executeServerCommand<EngineResults, unknown>('ajv', { schema: shipped, instances }))!;
    });

    expectAgreement(() => ajv);
  });

  describe("in Python's jsonschema (Draft 2020-12)", () => {
    let python: EngineResults & { schemaError: string | null };
    before(async function () {
      const outcome = (await executeServerCommand<PythonResults, unknown>('python-jsonschema', { schema: shipped, instances }))!;
      if ('skipped' in outcome) {
        console.log(`Skipped the Python jsonschema checks: ${outcome.skipped}.`);
        this.skip();
      }
      python = outcome;
    });

    it('accepts the schema itself (every pattern compiles in Python)', () => {
      expect(python.schemaError).to.equal(null);
    });

    expectAgreement(() => python);
  });
});
