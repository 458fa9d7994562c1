import { expect } from '@open-wc/testing';
import { adConsent, type TcfApi } from '../../../../src/components/ad-slot/consent.js';
import { decoded, settled, startCmp, tcString } from './cmp.js';
import { recordWarnings, type RecordedWarnings } from '../../../console.js';

describe('consent: a CMP that fails, then answers', () => {
  let recorded: RecordedWarnings;
  before(() => (recorded = recordWarnings()));
  after(() => recorded.restore());

  it('ignores success: false answers, warns once, and resolves with the first real decision', async () => {
    const cmp = startCmp();
    const real = (window as unknown as { __tcfapi: TcfApi }).__tcfapi;
    let fail: ((tcData: null, success: false) => void) | undefined;
    // The listener first gets two failures, then the real CMP's answers.
    (window as unknown as { __tcfapi: TcfApi }).__tcfapi = (command, version, callback) => {
      fail = callback;
      real(command, version, callback);
    };
    const consent = adConsent();
    fail!(null, false);
    fail!(null, false);
    expect(await settled(consent)).to.equal('pending');
    expect(recorded.warnings).to.have.length(1);
    cmp.update(tcString([1, 3]));
    expect(decoded(await consent)).to.deep.equal({ cmp: true, gdprApplies: true, personalized: true, purposes: [1, 3] });
    expect(recorded.warnings).to.have.length(1);
  });
});
