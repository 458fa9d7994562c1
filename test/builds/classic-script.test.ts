import { expect } from '@open-wc/testing';

/**
 * The IIFE (dist/news-elements.iife.js) is made of the final ES entry by
 * scripts/classic-script.mjs. These check the files themselves; test/builds/loading.test.ts
 * checks them in pages.
 */

const text = async (url: string) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
};

/** The `./<chunk>.js` names a built file loads with `import()`. */
const lazyChunks = (code: string) => [...code.matchAll(/(?<![\w$.])import\(\s*[`'"]\.\/([\w.-]+\.js)[`'"]\s*\)/g)].map((m) => m[1]!).sort();

type Segment = number[];

/** Source map mappings, decoded: per generated line, segments of absolute numbers. */
function decodeMappings(mappings: string): Segment[][] {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const state = [0, 0, 0, 0, 0];
  return mappings.split(';').map((line) => {
    state[0] = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((group) => {
        const segment: Segment = [];
        let value = 0;
        let shift = 0;
        for (const c of group) {
          const digit = digits.indexOf(c);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            state[segment.length]! += value & 1 ? -(value >>> 1) : value >>> 1;
            segment.push(state[segment.length]!);
            value = shift = 0;
          }
        }
        return segment;
      });
  });
}

interface SourceMap {
  file: string;
  sources: string[];
  sourcesContent: string[];
  mappings: string;
}

/**
 * For each original position (source, line, column) a map points to, the generated text
 * there: up to 12 characters, and not beyond the next segment.
 */
function generatedTextByOrigin(code: string, map: SourceMap): Map<string, string[]> {
  const lines = code.split('\n');
  const byOrigin = new Map<string, string[]>();
  decodeMappings(map.mappings).forEach((segments, line) => {
    segments.forEach(([column, source, originalLine, originalColumn], i) => {
      if (source === undefined) return;
      const key = `${map.sources[source]}:${originalLine}:${originalColumn}`;
      const end = Math.min(column! + 12, segments[i + 1]?.[0] ?? Infinity);
      byOrigin.set(key, [...(byOrigin.get(key) ?? []), lines[line]!.slice(column, end)]);
    });
  });
  return byOrigin;
}

describe('the classic-script build', () => {
  const dir = '/builds/current/plain/';
  let es: string;
  let iife: string;
  before(async () => {
    [es, iife] = await Promise.all([text(`${dir}news-elements.js`), text(`${dir}news-elements.iife.js`)]);
  });

  it('fails, naming the cause, for an entry with import.meta, a static import or a top-level await', async () => {
    const rejected = JSON.parse(await text('/builds/rejected')) as Record<string, string | null>;
    expect(rejected['import-meta'], 'import.meta').to.be.a('string').that.contains('[plugin classic-script]').and.contains('import.meta is a SyntaxError in a classic script');
    expect(rejected['static-import'], 'a static import').to.be.a('string').that.contains('a static import of "lit"');
    expect(rejected['top-level-await'], 'a top-level await').to.be.a('string').that.contains('a top-level await is a SyntaxError in a classic script');
  });

  it("is the ES entry's code give or take a few bytes: a wrapper on a line of its own, no import.meta, no export", () => {
    // The wrapper adds bytes; the entry's export statement, which it replaces, takes some away.
    expect(iife.length - es.length, `${iife.length} B against ${es.length} B`).to.be.within(-300, 600);
    // Both keep V8's compile hint as their first line; then the wrapper on a line of its own.
    const hint = '//# allFunctionsCalledOnLoad';
    const [esHint, ...esLines] = es.split('\n');
    const [iifeHint, first, second] = iife.split('\n');
    expect(esHint).to.equal(hint);
    expect(iifeHint).to.equal(hint);
    expect(first).to.match(/^var NewsElements=function\(\)\{"use strict";/);
    expect(second!.slice(0, 200), "then the entry's code").to.equal(esLines.join('\n').slice(0, 200));
    expect(iife).to.not.contain('import.meta');
    expect(iife).to.not.match(/\bexport\s*\{/);
    expect(iife.trimEnd()).to.match(/\n\/\/# sourceMappingURL=news-elements\.iife\.js\.map$/);
    expect(() => new Function(iife), 'a classic script').to.not.throw();
  });

  it('loads the same lazy chunks as the ES entry, and they are there', async () => {
    const chunks = lazyChunks(es);
    expect(chunks.filter((name) => name.startsWith('lightbox-'))).to.have.length(1);
    // In the IIFE each import() goes through a helper that resolves against the script's URL.
    const named = [...iife.matchAll(/\(\s*[`'"]\.\/([\w.-]+\.js)[`'"]\s*\)/g)].map((m) => m[1]!).sort();
    expect(named).to.deep.equal(chunks);
    expect(lazyChunks(iife), 'no import("./…") left as it is').to.deep.equal([]);
    for (const chunk of chunks) expect((await fetch(`${dir}${chunk}`)).status, chunk).to.equal(200);
  });

  it('has a source map that points every segment where the ES entry map points it', async () => {
    const [esMap, iifeMap] = (await Promise.all([text(`${dir}news-elements.js.map`), text(`${dir}news-elements.iife.js.map`)]).then((maps) =>
      maps.map((map) => JSON.parse(map)),
    )) as [SourceMap, SourceMap];
    expect(iifeMap.file).to.equal('news-elements.iife.js');
    expect(iifeMap.sources).to.deep.equal(esMap.sources);
    const iifeSegments = decodeMappings(iifeMap.mappings);
    expect(iifeSegments[0], 'nothing maps to the wrapper').to.deep.equal([]);

    const expected = generatedTextByOrigin(es, esMap);
    const actual = generatedTextByOrigin(iife, iifeMap);
    let compared = 0;
    for (const [origin, texts] of actual) {
      const want = expected.get(origin);
      expect(want, `${origin} is mapped in the ES entry`).to.not.equal(undefined);
      // The one edit inside the entry's code: `import(` became the helper's name.
      const normalize = (s: string) => s.replace(/^\$import\w*(\(|$)/, 'import$1');
      expect(texts.map(normalize), origin).to.deep.equal(want!.map(normalize));
      compared += texts.length;
    }
    const esCount = [...expected.values()].reduce((n, texts) => n + texts.length, 0);
    expect(compared, 'hardly any segment lost').to.be.above(esCount * 0.99);

    // And the map is right: the lazy loader's warning maps to the source line that has it.
    const message = ' code did not load: ';
    const offset = iife.indexOf(message);
    const line = iife.slice(0, offset).split('\n').length - 1;
    const column = offset - iife.lastIndexOf('\n', offset - 1) - 1;
    const segment = iifeSegments[line]!.filter((s) => s[0]! <= column).at(-1)!;
    const source = iifeMap.sources[segment[1]!]!;
    expect(source).to.match(/internal\/lazy\.ts$/);
    const lines = iifeMap.sourcesContent[segment[1]!]!.split('\n');
    expect(lines.slice(segment[2]!, segment[2]! + 2).join('\n')).to.contain(message);
  });
});
