import { expect } from '@open-wc/testing';
import { adConsent } from '../../../../src/components/ad-slot/consent.js';
import { decoded, settled, startCmp, tcString } from './cmp.js';

describe('consent: no CMP', () => {
  it('resolves at once with personalised ads when the page has no __tcfapi', async () => {
    expect('__tcfapi' in window).to.equal(false);
    expect(await adConsent()).to.deep.equal({ cmp: false, personalized: true });
  });

  it('looks for the CMP at each call: one that loads later gates the calls after it', async () => {
    expect(await adConsent()).to.deep.equal({ cmp: false, personalized: true });
    const cmp = startCmp();
    const waiting = adConsent();
    expect(await settled(waiting)).to.equal('pending');
    cmp.update(tcString([2, 7]));
    expect(decoded(await waiting)).to.deep.equal({ cmp: true, gdprApplies: true, personalized: false, purposes: [2, 7] });
  });
});
