import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/define.js';
import { failed, loaded, renderSrc } from './helpers.js';

describe('<news-article src> across origins', () => {
  let origin = '';
  before(async () => {
    origin = (await executeServerCommand('second-origin')) as string;
    expect(new URL(origin).origin).not.to.equal(location.origin);
  });

  it('renders a partner article served with CORS, its relative images resolved against the partner', async () => {
    const { event, element } = await renderSrc(`${origin}/cors/demo/articles/seed-gu.json`);
    const article = loaded(event).article;
    expect(article.lang).to.equal('gu');
    const lead = element.shadowRoot!.querySelector('img')!;
    expect(new URL(lead.src).origin, 'lead image from the partner').to.equal(origin);
    expect(lead.src.startsWith(`${origin}/cors/demo/articles/`)).to.equal(true);
  });

  it('is a network error when the partner sends no CORS headers', async () => {
    const { event } = await renderSrc(`${origin}/demo/articles/seed-gu.json`);
    expect(failed(event).kind).to.equal('network');
  });

  it('sends no credentials by default, so a wildcard CORS answer is accepted', async () => {
    // A credentialed request is refused by the browser when the answer says `*`: this loads
    // only because the request carried no credentials.
    loaded((await renderSrc(`${origin}/cors/demo/articles/seed-gu.json`)).event);
  });

  it('sends credentials with crossorigin="use-credentials"', async () => {
    const refused = await renderSrc(`${origin}/cors/demo/articles/seed-gu.json`, { crossorigin: 'use-credentials' });
    expect(failed(refused.event).kind, 'credentialed request, wildcard answer').to.equal('network');
    const accepted = await renderSrc(`${origin}/cors-credentials/demo/articles/seed-gu.json`, { crossorigin: 'use-credentials' });
    loaded(accepted.event);
  });

  it('reports the partner\'s HTTP status', async () => {
    const { event } = await renderSrc(`${origin}/cors/demo/articles/seed-gu.json?status=502`);
    expect(failed(event).detail).to.include({ kind: 'http', status: 502 });
  });
});
