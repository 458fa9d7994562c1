import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, setViewport } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { AdSlotElement } from '../../../src/index.js';
import { recordWarnings } from '../../console.js';

const LABEL = 24; // 1.5rem

const height = (element: Element) => element.getBoundingClientRect().height;
const part = (element: AdSlotElement, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;

describe('<ad-slot>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  describe('space', () => {
    it('reserves the label plus the smallest height of its sizes before any fill', async () => {
      const slot = await fixture<AdSlotElement>(html`<ad-slot sizes="300x250 336x280"></ad-slot>`);
      expect(height(part(slot, 'container'))).to.equal(250);
      expect(height(slot)).to.equal(250 + LABEL);
      expect(part(slot, 'container').getBoundingClientRect().width).to.equal(300);
    });

    it('reserves 300x250 when no sizes are given', async () => {
      const slot = await fixture<AdSlotElement>(html`<ad-slot></ad-slot>`);
      expect(slot.reservedSize).to.deep.equal({ width: 300, height: 250, fluid: false });
    });

    it('follows per-viewport sizes as the viewport changes, at once when the slot is below the viewport', async () => {
      await setViewport({ width: 1024, height: 768 });
      const page = await fixture<HTMLDivElement>(html`<div>
        <div style="height: 800px"></div>
        <ad-slot sizes="(min-width: 768px) 728x90, 300x250 320x50"></ad-slot>
      </div>`);
      const slot = page.querySelector('ad-slot')!;
      expect(height(part(slot, 'container'))).to.equal(90);
      await setViewport({ width: 400, height: 700 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      await slot.updateComplete;
      expect(height(part(slot, 'container'))).to.equal(50);
    });

    it('keeps the reservation of a slot in view until it is below the viewport, so nothing the reader sees moves', async () => {
      await setViewport({ width: 1024, height: 768 });
      const page = await fixture<HTMLDivElement>(html`<div>
        <ad-slot sizes="(min-width: 768px) 728x90, 300x250 320x50"></ad-slot>
        <div style="height: 3000px"></div>
      </div>`);
      const slot = page.querySelector('ad-slot')!;
      await setViewport({ width: 400, height: 700 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      await slot.updateComplete;
      expect(height(part(slot, 'container')), 'in view').to.equal(90);
      window.scrollTo(0, 0);
      page.prepend(Object.assign(document.createElement('div'), { style: 'height: 800px' }));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 20))));
      await slot.updateComplete;
      expect(height(part(slot, 'container')), 'below the viewport').to.equal(50);
    });

    it('reserves --ad-slot-fluid-height for fluid ads', async () => {
      const slot = await fixture<AdSlotElement>(html`<ad-slot sizes="fluid" style="--ad-slot-fluid-height: 180px"></ad-slot>`);
      expect(height(part(slot, 'container'))).to.equal(180);
    });

    it('warns about invalid sizes and reserves the default', async () => {
      const { warnings, restore } = recordWarnings();
      try {
        const slot = await fixture<AdSlotElement>(html`<ad-slot sizes="huge"></ad-slot>`);
        expect(height(part(slot, 'container'))).to.equal(250);
      } finally {
        restore();
      }
      expect(warnings.join()).to.contain('sizes="huge" is not valid');
    });

    it('does not move what follows when a creative fills it (CLS 0)', async () => {
      const container = await fixture<HTMLDivElement>(html`<div>
        <ad-slot sizes="300x250 336x280"></ad-slot>
        <p id="after">After the ad</p>
      </div>`);
      const after = container.querySelector('#after')!;
      const top = after.getBoundingClientRect().top;
      const shifts: number[] = [];
      // Lay out the fixture first: the previous test's removal must not count here.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      });
      observer.observe({ type: 'layout-shift', buffered: false });
      const creative = document.createElement('div');
      creative.style.cssText = 'width: 300px; height: 250px; background: #888';
      container.querySelector('ad-slot')!.append(creative);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
      observer.disconnect();
      expect(after.getBoundingClientRect().top).to.equal(top);
      expect(shifts).to.deep.equal([]);
    });
  });

  describe('label', () => {
    it('says "Advertisement" in the language around it', async () => {
      const container = await fixture<HTMLDivElement>(html`<div>
        <div lang="gu"><ad-slot></ad-slot></div>
        <ad-slot lang="ar"></ad-slot>
        <ad-slot lang="hi"></ad-slot>
        <ad-slot></ad-slot>
      </div>`);
      const labels = Array.from(container.querySelectorAll('ad-slot')).map((slot) => part(slot, 'label').textContent);
      expect(labels).to.deep.equal(['જાહેરાત', 'إعلان', 'विज्ञापन', 'Advertisement']);
    });

    it('uses the label attribute when given', async () => {
      const slot = await fixture<AdSlotElement>(html`<ad-slot label="Sponsored"></ad-slot>`);
      expect(part(slot, 'label').textContent).to.equal('Sponsored');
    });
  });

  describe('accessibility', () => {
    it('passes axe', async () => {
      const slot = await fixture<AdSlotElement>(html`<ad-slot></ad-slot>`);
      await expect(slot).to.be.accessible();
    });

    it('is a region named by its label, which is read once', async () => {
      await fixture(html`<div lang="gu"><ad-slot id="ax"></ad-slot></div>`);
      const snapshot = (await a11ySnapshot({ selector: "#ax" })) as unknown as { role: string; name: string; children?: { name: string }[] };
      expect(snapshot.role).to.equal('region');
      expect(snapshot.name).to.equal('જાહેરાત');
      expect(JSON.stringify(snapshot.children ?? [])).not.to.contain('જાહેરાત');
    });
  });
});
