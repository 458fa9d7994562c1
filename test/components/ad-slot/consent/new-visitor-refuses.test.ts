import { expect } from '@open-wc/testing';
import { adConsent } from '../../../../src/components/ad-slot/consent.js';
import { decoded, settled, startCmp, tcString } from './cmp.js';

describe('consent: new visitor who refuses', () => {
  const cmp = startCmp();

  it('waits while the CMP UI is shown (cmpuishown), then resolves with non-personalised ads (useractioncomplete)', async () => {
    const before = adConsent();
    cmp.update('', true);
    const during = adConsent();
    expect(await settled(before)).to.equal('pending');
    expect(await settled(during)).to.equal('pending');
    cmp.update(tcString([]));
    expect(decoded(await before)).to.deep.equal({ cmp: true, gdprApplies: true, personalized: false, purposes: [] });
    expect(await during).to.equal(await before);
  });
});
