import { expect } from '@open-wc/testing';
import { adConsent } from '../../../../src/components/ad-slot/consent.js';
import { settled, startCmp } from './cmp.js';
import { recordWarnings, type RecordedWarnings } from '../../../console.js';

describe('consent: a CMP that fails', () => {
  let recorded: RecordedWarnings;
  before(() => (recorded = recordWarnings()));
  after(() => recorded.restore());

  it('keeps waiting (nothing is requested) and warns once when the CMP answers success: false', async () => {
    // A disabled CmpApi answers every command with success false.
    startCmp().disable();
    const first = adConsent();
    const second = adConsent();
    expect(await settled(first)).to.equal('pending');
    expect(await settled(second)).to.equal('pending');
    expect(recorded.warnings).to.have.length(1);
    expect(recorded.warnings[0]).to.contain('__tcfapi');
  });
});
