import { expect } from '@open-wc/testing';
import { adConsent } from '../../../../src/components/ad-slot/consent.js';
import { settled, startCmp } from './cmp.js';

describe('consent: GDPR does not apply', () => {
  it('resolves with personalised ads and no TC string', async () => {
    const cmp = startCmp();
    const consent = adConsent();
    expect(await settled(consent)).to.equal('pending');
    cmp.update(null);
    expect(await consent).to.deep.equal({ cmp: true, gdprApplies: false, personalized: true });
    expect(await adConsent()).to.deep.equal({ cmp: true, gdprApplies: false, personalized: true });
  });
});
