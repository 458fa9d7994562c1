import { expect } from '@open-wc/testing';
import { CmpApiModel } from '@iabtcf/cmpapi';
import { adConsent } from '../../../../src/components/ad-slot/consent.js';
import { decoded, purposeConsents, settled, startCmp, tcString } from './cmp.js';

describe('consent: returning visitor who consented to purpose 1', () => {
  const cmp = startCmp();
  /** The listeners the CMP holds. */
  const listeners = () => CmpApiModel.eventQueue.size;

  it('resolves with personalised ads and the TC string once the CMP loads it (tcloaded)', async () => {
    const first = adConsent();
    const second = adConsent();
    expect(await settled(first)).to.equal('pending');
    cmp.update(tcString([1, 2, 3, 4, 7]));
    const consent = await first;
    expect(decoded(consent)).to.deep.equal({ cmp: true, gdprApplies: true, personalized: true, purposes: [1, 2, 3, 4, 7] });
    expect(await second).to.equal(consent);
  });

  it('answers later calls at once from the same listener', async () => {
    const consent = await adConsent();
    expect(consent.personalized).to.equal(true);
    expect(purposeConsents(consent.tcString!)).to.deep.equal([1, 2, 3, 4, 7]);
    expect(listeners()).to.equal(1);
  });

  it('keeps the known decision while the reader reopens the CMP UI (cmpuishown)', async () => {
    cmp.update(tcString([1, 2, 3, 4, 7]), true);
    const consent = await adConsent();
    expect(decoded(consent)).to.deep.equal({ cmp: true, gdprApplies: true, personalized: true, purposes: [1, 2, 3, 4, 7] });
  });

  it('follows a change of mind in the calls after it (useractioncomplete)', async () => {
    cmp.update(tcString([7, 8]));
    expect(decoded(await adConsent())).to.deep.equal({ cmp: true, gdprApplies: true, personalized: false, purposes: [7, 8] });
    cmp.update(tcString([1]));
    expect(decoded(await adConsent())).to.deep.equal({ cmp: true, gdprApplies: true, personalized: true, purposes: [1] });
    expect(listeners()).to.equal(1);
  });
});
