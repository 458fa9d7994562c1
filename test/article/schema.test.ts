import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
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

const valid: [string, unknown][] = [
  ['the seed', seed],
  ['the Arabic demo', arabic],
  ['the English demo', english],
  ['every field', fullArticle()],
  ['the minimal article', minimal()],
  ['a string section', { ...minimal(), section: 'International' }],
  ['a data: image', { ...minimal(), image: { src: 'data:image/webp;base64,UklGR', alt: '' } }],
  ['a relative image', { ...minimal(), image: { src: 'images/a.jpg', alt: 'a' } }],
  ['a date without time', { ...minimal(), datePublished: '2024-01-05' }],
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
];

describe('article.schema.json', () => {
  it('is the committed output of the schema source (run `npm run schema` after changing it)', () => {
    expect(shipped).to.deep.equal(articleJsonSchema());
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
});
