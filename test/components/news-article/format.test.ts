import { expect } from '@open-wc/testing';
import { renderSrc, text } from './helpers.js';

describe('<news-article src> in other formats (the importers, loaded on demand)', () => {
  it('imports a WordPress post it tells apart, without a format attribute', async () => {
    const { event, part, parts, element } = await renderSrc('/fetch/wordpress');
    expect(event.type).to.equal('news-article-load');
    expect(text(part('headline'))).to.equal('Iceland on a Budget – Gullfoss & more');
    expect(parts('paragraph').length).to.be.greaterThan(0);
    expect(element.warnings.some((w) => w.path.startsWith('content.rendered')), 'the mapping warnings, with source paths').to.equal(true);
  });

  it('imports with format="wordpress" named', async () => {
    const { event, part } = await renderSrc('/fetch/wordpress', { format: 'wordpress', lang: 'en' });
    expect(event.type).to.equal('news-article-load');
    expect(text(part('headline'))).to.equal('Iceland on a Budget – Gullfoss & more');
  });

  it('reads the NewsArticle of an HTML page with format="jsonld"', async () => {
    const { event, part, parts } = await renderSrc('/fetch/page', { format: 'jsonld' });
    expect(event.type).to.equal('news-article-load');
    expect(text(part('headline'))).to.equal('From a page');
    expect(parts('paragraph').map(text)).to.deep.equal(['First paragraph.', 'Second paragraph.']);
  });

  it('says what is wrong when the named format does not fit, in the error box', async () => {
    const { event, part } = await renderSrc('/fetch/seed', { format: 'ans' });
    expect(event.type).to.equal('news-article-error');
    expect((event as { kind?: string }).kind).to.equal('invalid');
    expect(part('error')).to.exist;
  });

  it('leaves Article JSON to the usual route, and a page in no known format is "not JSON"', async () => {
    const seed = await renderSrc('/fetch/seed');
    expect(seed.event.type).to.equal('news-article-load');
    const page = await renderSrc('/fetch/not-json');
    expect((page.event as { kind?: string }).kind).to.equal('not-json');
  });
});
