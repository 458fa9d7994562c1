import '@iabtcf/stub';
import { expect } from '@open-wc/testing';
import { adConsent } from '../../../../src/components/ad-slot/consent.js';
import { decoded, settled, startCmp, tcString } from './cmp.js';

type Stub = () => unknown[][];

describe('consent: the IAB stub before the CMP loads', () => {
  it('queues one listener on the stub and resolves once the CMP takes the queue over', async () => {
    const stub = (window as unknown as { __tcfapi: Stub }).__tcfapi;
    expect(stub()).to.deep.equal([]);
    const first = adConsent();
    const second = adConsent();
    expect(await settled(first)).to.equal('pending');
    expect(stub().map(([command, version]) => [command, version])).to.deep.equal([['addEventListener', 2]]);

    const cmp = startCmp();
    expect(await settled(first)).to.equal('pending');
    cmp.update(tcString([1, 2]));
    expect(decoded(await first)).to.deep.equal({ cmp: true, gdprApplies: true, personalized: true, purposes: [1, 2] });
    expect(await second).to.equal(await first);
  });
});
