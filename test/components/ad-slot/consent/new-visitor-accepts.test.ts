import { expect } from '@open-wc/testing';
import { adConsent } from '../../../../src/components/ad-slot/consent.js';
import { decoded, settled, startCmp, tcString } from './cmp.js';

describe('consent: new visitor who accepts', () => {
  const cmp = startCmp();

  it('waits while the CMP UI is shown (cmpuishown), then resolves with personalised ads (useractioncomplete)', async () => {
    cmp.update('', true);
    const consent = adConsent();
    expect(await settled(consent)).to.equal('pending');
    cmp.update(tcString([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
    expect(decoded(await consent)).to.deep.equal({
      cmp: true,
      gdprApplies: true,
      personalized: true,
      purposes: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    });
  });
});
