import { expect } from '@open-wc/testing';
import { adConsent } from '../../../../src/components/ad-slot/consent.js';
import { decoded, startCmp, tcString } from './cmp.js';

describe('consent: returning visitor who refused purpose 1', () => {
  const cmp = startCmp();

  it('resolves with non-personalised ads once the CMP loads the stored choice (tcloaded)', async () => {
    // The stored choice is known before the first call: the listener is answered at once.
    cmp.update(tcString([2, 7, 8, 9, 10]));
    expect(decoded(await adConsent())).to.deep.equal({ cmp: true, gdprApplies: true, personalized: false, purposes: [2, 7, 8, 9, 10] });
  });

  it('stays non-personalised when the reader then withdraws everything (useractioncomplete)', async () => {
    cmp.update(tcString([]));
    expect(decoded(await adConsent())).to.deep.equal({ cmp: true, gdprApplies: true, personalized: false, purposes: [] });
  });
});
