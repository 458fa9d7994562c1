import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import { mount } from './helpers.js';

// The demo's house creative (demo/public/creatives/house.html), served from the second local origin
// (test/servers/second-origin.mjs), as an ad server serves a creative: a foreign frame.
const second = await executeServerCommand<string, undefined>('second-origin');
const HOUSE = `${second}/demo/public/creatives/house.html`;

/** `expression`'s value in the creative's frame (it is cross-origin: only the test runner reaches into it). */
const inCreative = <T>(expression: string) => executeServerCommand<T, { url: string; expression: string }>('frame-evaluate', { url: HOUSE, expression });

/** The focused element as text (a failing assertion on an element that holds a cross-origin frame does not serialize well). */
function focused(): string {
  const element = document.activeElement;
  return element ? `${element.localName}${element.id ? `#${element.id}` : ''}` : 'nothing';
}

/**
 * Waits for focus to settle after a key: moving it into or out of a cross-origin frame crosses
 * processes, and meanwhile the page's active element is its body.
 */
async function settledFocus(): Promise<void> {
  for (let i = 0; i < 40 && focused() === 'body'; i++) await new Promise((resolve) => setTimeout(resolve, 25));
}

async function tab(): Promise<void> {
  await sendKeys({ press: 'Tab' });
  await settledFocus();
}

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
  await settledFocus();
}

/** A filled slot between two buttons, and its creative's iframe. */
async function filledSlot() {
  const page = await fixture<HTMLDivElement>(html`<div style="display: flow-root"></div>`);
  const { slot, seen } = mount(page, `<button id="before">Before</button><ad-slot provider="frame" loading="eager" src="${HOUSE}"></ad-slot><button id="after">After</button>`);
  const rendered = await seen('ad-slot-render');
  expect(rendered.detail).to.deep.equal({ empty: false, size: { width: 300, height: 250 } });
  const iframe = slot.container.querySelector('iframe')!;
  expect(iframe, 'the creative iframe').to.exist;
  return { slot, iframe, before: page.querySelector<HTMLButtonElement>('#before')! };
}

describe('<ad-slot> filled by the frame provider (the house creative)', () => {
  describe('accessibility', () => {
    it('passes axe', async () => {
      const { slot } = await filledSlot();
      await expect(slot).to.be.accessible();
    });

    it('names the creative iframe with the label', async () => {
      const { iframe } = await filledSlot();
      expect(iframe.title).to.equal('Advertisement');
    });
  });

  describe('keyboard', () => {
    it('Tab reaches into the creative once, and the slot adds no tab stop of its own', async () => {
      const { before } = await filledSlot();
      expect(await inCreative('document.links.length'), 'focusable things in the creative').to.equal(1);
      // Keys go to the focused tab: make sure it is this page (another test file may have switched tabs).
      await executeServerCommand('tab-visibility', { state: 'visible' });
      for (let i = 0; i < 40 && !document.hasFocus(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
      before.focus();
      expect(focused(), 'the button before the slot').to.equal('button#before');

      await tab();
      expect(focused(), 'first Tab: into the creative').to.equal('iframe');
      expect(await inCreative('document.activeElement.localName'), 'focused in the creative').to.equal('a');
      await tab();
      expect(focused(), 'second Tab: out of the slot').to.equal('button#after');

      await shiftTab();
      expect(focused(), 'Shift+Tab: back into the creative').to.equal('iframe');
      expect(await inCreative('document.activeElement.localName')).to.equal('a');
      await shiftTab();
      expect(focused(), 'Shift+Tab: out of the slot').to.equal('button#before');
    });
  });
});
