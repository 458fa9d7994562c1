import { expect } from '@open-wc/testing';
import { adConsent } from '../../../../src/components/ad-slot/consent.js';
import { settled, startCmp } from './cmp.js';

describe('consent: a CMP that fails', () => {
  const warnings: unknown[][] = [];
  const warn = console.warn;
  before(() => {
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  after(() => {
    console.warn = warn;
  });

  it('keeps waiting (nothing is requested) and warns once when the CMP answers success: false', async () => {
    // A disabled CmpApi answers every command with success false.
    startCmp().disable();
    const first = adConsent();
    const second = adConsent();
    expect(await settled(first)).to.equal('pending');
    expect(await settled(second)).to.equal('pending');
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('__tcfapi');
  });
});
