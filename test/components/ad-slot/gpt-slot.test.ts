import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import { installGoogletag, uninstallGoogletag } from '../../doubles/googletag.js';
import { layoutShiftDuring, mount } from './helpers.js';

/** `<ad-slot provider="gpt">` end to end: the element, its lazy gpt chunk and the googletag double. */
describe('<ad-slot provider="gpt">', () => {
  afterEach(() => uninstallGoogletag());

  it('defines, displays and fills through the page googletag, without a layout shift', async () => {
    const gpt = installGoogletag({ fills: { '/1234/top': { size: [300, 250] }, '/1234/none': { empty: true } } });
    let mounted!: ReturnType<typeof mount>;
    const shift = await layoutShiftDuring(async () => {
      const page = await fixture<HTMLDivElement>(html`<div style="display: flow-root"></div>`);
      mounted = mount(
        page,
        `<p>Before</p>
        <ad-slot provider="gpt" unit="/1234/top" sizes="300x250 336x280" targeting='{"section": "world"}' loading="eager"></ad-slot>
        <ad-slot provider="gpt" unit="/1234/none" loading="eager"></ad-slot>
        <p>After</p>`,
      );
      const [top, none] = mounted.slots;
      const [filled, empty] = await Promise.all([mounted.seen('ad-slot-render', top), mounted.seen('ad-slot-render', none)]);
      expect(filled.detail).to.deep.equal({ empty: false, size: { width: 300, height: 250 } });
      expect(empty.detail).to.deep.equal({ empty: true, size: null });
    });
    expect(shift.sum, shift.moved.join('; ')).to.equal(0);
    const [top] = mounted.slots;
    const request = gpt.requests.find((r) => r.unit === '/1234/top')!;
    expect(request.div).to.equal(top!.container.id);
    expect(request.targeting).to.deep.equal({ section: ['world'] });
    expect(request.privacy.nonPersonalizedAds).to.equal(false);
    expect(top!.container.querySelector('iframe')).to.exist;
  });
});
