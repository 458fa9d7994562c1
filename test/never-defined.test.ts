import { expect } from '@open-wc/testing';
// The classes only, as an app that forgot news-elements/define imports them.
import '../src/index.js';
import { recordWarnings } from './console.js';

// On the page before the module's check runs (2 s after the page has loaded).
const { warnings, restore } = recordWarnings();
document.body.insertAdjacentHTML('beforeend', '<news-article id="forgotten"></news-article>');

describe('an element that is used but never defined', () => {
  after(() => {
    restore();
    document.querySelector('#forgotten')?.remove();
  });

  it('is named in one console warning once the page has loaded, with the fix', async () => {
    for (let i = 0; i < 80 && !warnings.some((w) => w.includes('was never defined')); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(warnings.filter((w) => w.includes('<news-article> was never defined'))).to.have.length(1);
    expect(warnings.join('\n')).to.contain('Import "news-elements/define", or call NewsArticleElement.define().');
    expect(warnings.some((w) => w.includes('<ad-slot>') || w.includes('<image-gallery>')), 'not for elements the page does not hold').to.equal(false);
  });
});
