// The CMP of this page (the IAB stub, which makes the `__tcfapiLocator` frame and answers
// postMessage calls, under @iabtcf/cmpapi), and ads in a cross-origin iframe that has no
// `__tcfapi`: TCF v2.2's "CMP in a parent frame". The CMP state is page-wide; each test sets it
// before its frame loads, and each frame is a new page with its own copy of the library.
import '@iabtcf/stub';
import { expect } from '@open-wc/testing';
import { purposeConsents, startCmp, tcString } from './cmp.js';
import { adsInFrame, consentParameters, wait, type AdsInFrame } from './frame.js';

describe('consent: a CMP in a parent frame (__tcfapiLocator and postMessage)', () => {
  const cmp = startCmp();
  let frame: AdsInFrame | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  /** The consent a creative's ad request carried, its TC string decoded. */
  async function creativeConsent(count = 1) {
    const { gdpr_consent: tc, ...rest } = consentParameters((await frame!.next('creative', count)).search);
    return tc ? { ...rest, purposes: purposeConsents(tc) } : { ...rest, gdpr_consent: tc };
  }

  it('has the locator frame the IAB stub makes', () => {
    const locator = document.querySelector<HTMLIFrameElement>('iframe[name="__tcfapiLocator"]');
    // Booleans: a failed assertion on windows does not serialize well.
    expect(!!locator && (window as unknown as Record<string, unknown>)['__tcfapiLocator'] === locator.contentWindow).to.equal(true);
  });

  it('calls the CMP by postMessage and requests nothing before a new visitor decides, then non-personalised ads when they refuse', async () => {
    cmp.update('', true); // the CMP's UI is up: no decision yet
    frame = adsInFrame();
    await frame.loaded;
    const { call } = await frame.next('tcfapi-call');
    expect(call).to.deep.equal({ command: 'addEventListener', version: 2, callId: call.callId });
    await wait(300);
    expect(frame.all('ad-slot-request'), 'requests before the decision').to.deep.equal([]);

    cmp.update(tcString([]));
    const request = await frame.next('ad-slot-request');
    expect(request.tcfapi, 'the frame has no __tcfapi of its own').to.equal('undefined');
    expect(request.detail.personalized).to.equal(false);
    expect(await creativeConsent()).to.deep.equal({ gdpr: '1', npa: '1', purposes: [] });
    expect(frame.all('tcfapi-call'), 'one listener').to.have.length(1);
  });

  it('requests personalised ads for a returning visitor who consented to purpose 1', async () => {
    cmp.update(tcString([1, 2]));
    frame = adsInFrame();
    const request = await frame.next('ad-slot-request');
    expect(request.detail.personalized).to.equal(true);
    expect(await creativeConsent()).to.deep.equal({ gdpr: '1', purposes: [1, 2] });
  });

  it('requests non-personalised ads without consent to purpose 1, whatever else was granted', async () => {
    cmp.update(tcString([2, 3, 4]));
    frame = adsInFrame();
    expect((await frame.next('ad-slot-request')).detail.personalized).to.equal(false);
    expect(await creativeConsent()).to.deep.equal({ gdpr: '1', npa: '1', purposes: [2, 3, 4] });
  });

  it('requests ads as normal where GDPR does not apply', async () => {
    cmp.update(null);
    frame = adsInFrame();
    expect((await frame.next('ad-slot-request')).detail.personalized).to.equal(true);
    expect(await creativeConsent()).to.deep.equal({ gdpr: '0', gdpr_consent: '' });
  });

  it('follows a reader who changes their mind: later requests in the frame get the new decision', async () => {
    cmp.update(tcString([2]));
    frame = adsInFrame();
    expect((await frame.next('ad-slot-request')).detail.personalized, 'before').to.equal(false);
    cmp.update('', true); // the reader opens the CMP again
    cmp.update(tcString([1, 2])); // and consents (useractioncomplete)
    await wait(100); // the CMP's answer crosses to the frame
    frame.addSlot();
    expect((await frame.next('ad-slot-request', 2)).detail.personalized, 'after').to.equal(true);
    expect(await creativeConsent(2)).to.deep.equal({ gdpr: '1', purposes: [1, 2] });
    expect(frame.all('tcfapi-call'), 'still one listener').to.have.length(1);
  });
});
