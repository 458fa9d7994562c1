// Ads in a cross-origin iframe on a page without a CMP: looking for the `__tcfapiLocator`
// frame in this (cross-origin) top window throws in the frame, and the frame goes on as a page
// without a CMP does.
import { expect } from '@open-wc/testing';
import { adsInFrame, consentParameters, type AdsInFrame } from './frame.js';

describe('consent: ads in a frame, no CMP anywhere', () => {
  let frame: AdsInFrame | undefined;
  afterEach(() => frame?.remove());

  it('requests personalised ads at once, without consent parameters', async () => {
    expect('__tcfapi' in window).to.equal(false);
    frame = adsInFrame();
    const request = await frame.next('ad-slot-request');
    expect(request.tcfapi).to.equal('undefined');
    expect(request.detail.personalized).to.equal(true);
    expect(consentParameters((await frame.next('creative')).search)).to.deep.equal({});
    expect(frame.all('tcfapi-call')).to.deep.equal([]);
  });
});
