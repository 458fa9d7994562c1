import { expect } from '@open-wc/testing';
import { adConsent } from '../../../../src/components/ad-slot/consent.js';
import { decoded, settled, startCmp, tcString } from './cmp.js';

describe('consent: abort', () => {
  const cmp = startCmp();

  it('rejects a call whose signal is already aborted', async () => {
    const reason = new Error('gone');
    const error = await adConsent(AbortSignal.abort(reason)).catch((e: unknown) => e);
    expect(error).to.equal(reason);
  });

  it('rejects a waiting call with the reason, and leaves the shared listener to the others', async () => {
    cmp.update('', true);
    const controller = new AbortController();
    const aborted = adConsent(controller.signal);
    const other = adConsent();
    expect(await settled(aborted)).to.equal('pending');
    controller.abort(new DOMException('The slot timed out', 'TimeoutError'));
    const error = await aborted.catch((e: unknown) => e);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('TimeoutError');
    expect(await settled(other)).to.equal('pending');

    cmp.update(tcString([1]));
    expect(decoded(await other)).to.deep.equal({ cmp: true, gdprApplies: true, personalized: true, purposes: [1] });
    // A later call (new signal) gets the decision from the same listener.
    expect(decoded(await adConsent(new AbortController().signal)).personalized).to.equal(true);
  });
});
