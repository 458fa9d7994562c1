import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { fromHtml } from '../src/import/html-article.js';
import { parseArticle } from '../src/article/validate.js';
import seed from '../demo/articles/seed-gu.json' with { type: 'json' };
import { withDirections } from './article/samples.js';

/** `news-elements …` run in Node (the source, with the Node build's parse5 twins). */
const cli = (...args: string[]) => executeServerCommand<{ code: number; out: string; err: string }, { call: string; args: unknown[] }>('node-side', { call: 'cli', args: [args] });

describe('the news-elements command line', () => {
  it('validate: 0 for a valid article, 1 for warnings with --strict, 2 for a fatal error, each issue with its path', async () => {
    expect(await cli('validate', 'demo/articles/seed-gu.json')).to.deep.equal({ code: 0, out: 'valid\n', err: '' });
    const warned = await cli('validate', 'test/fixtures/cli/warning.json');
    expect(warned.code).to.equal(0);
    expect(warned.out).to.equal('valid, 1 warning\n');
    expect(warned.err).to.equal('test/fixtures/cli/warning.json: warning: body[0].html: removed <script>\n');
    expect((await cli('validate', '--strict', 'test/fixtures/cli/warning.json')).code).to.equal(1);
    const broken = await cli('validate', 'test/fixtures/cli/broken.json');
    expect(broken.code).to.equal(2);
    expect(broken.err).to.contain('test/fixtures/cli/broken.json: error: headline:');
  });

  it('validate a directory: one JSON line per file, progress and a summary on standard error', async () => {
    const { code, out, err } = await cli('validate', 'test/fixtures/cli');
    expect(code).to.equal(2);
    const lines = out.trim().split('\n').map((line) => JSON.parse(line) as { file: string; valid: boolean });
    expect(lines.map((l) => [l.file, l.valid])).to.deep.equal([
      ['test/fixtures/cli/broken.json', false],
      ['test/fixtures/cli/warning.json', true],
    ]);
    expect(err).to.contain('[1/2] test/fixtures/cli/broken.json');
    expect(err).to.contain('2 files: 0 clean, 1 with warnings, 1 failed');
  });

  it('reads the files a quoted glob names, and says when none matches', async () => {
    const { code, out } = await cli('validate', 'test/fixtures/cli/w*.json');
    expect(code).to.equal(0);
    expect(out).to.equal('valid, 1 warning\n');
    const none = await cli('validate', 'test/fixtures/cli/*.xml');
    expect(none.code).to.equal(2);
    expect(none.err).to.contain('no file matches test/fixtures/cli/*.xml');
  });

  it('convert --from wordpress prints Article JSON, and the mapping warnings with source paths', async () => {
    const { code, out, err } = await cli('convert', '--from', 'wordpress', '--lang', 'gu_IN', 'test/import/fixtures/wordpress-gutenberg.json');
    expect(code).to.equal(0);
    const article = JSON.parse(out) as { lang: string; headline: string };
    expect(article.lang).to.equal('gu-IN');
    expect(article.headline).to.equal('બજેટ ‘સત્ર’ શરૂ');
    expect(err).to.contain('warning: [0].content.rendered > div[1] > figure[1] > img[1]: <img');
  });

  it('render prints the HTML-first markup, which reads back as the same article', async () => {
    const { code, out } = await cli('render', 'demo/articles/seed-gu.json');
    expect(code).to.equal(0);
    const back = parseArticle(fromHtml(out.trim(), {}).article);
    const original = parseArticle(seed);
    expect(back.ok && original.ok && withDirections(back.article)).to.deep.equal(original.ok && withDirections(original.article));
  });

  it('says how to use it, with exit code 2, for an unknown command or option', async () => {
    const unknown = await cli('publish', 'x.json');
    expect(unknown.code).to.equal(2);
    expect(unknown.err).to.contain('unknown command "publish"');
    expect(unknown.err).to.contain('Usage:');
    expect((await cli('convert', '--from', 'rss', 'x.json')).err).to.contain('--from: "rss" is not one of');
  });
});
