import type { APIArgs, CommandCallback, TCData } from '@iabtcf/cmpapi';
import { expect } from '@open-wc/testing';
import type { TcfApi, TcfData } from '../../../../src/components/ad-slot/consent.js';
import { startCmp, tcString } from './cmp.js';

// Compile-time checks (tsc): the gate's local TCF types cannot drift from @iabtcf/cmpapi's.
// The CMP's TCData is what the gate's callback receives,
const tcData: TcfData = {} as TCData;
// and the CMP's `__tcfapi` (`CallResponder.apiCall`, typed by its arguments) and the gate's callback fit each other.
const tcfapi: TcfApi = null! as (...args: APIArgs) => void;
const callback: CommandCallback = null! as Parameters<TcfApi>[2];
void [tcData, tcfapi, callback];

describe('consent: TCF types', () => {
  it('match the TCData a real CMP sends', async () => {
    startCmp().update(tcString([1, 2]));
    const [data, success] = await new Promise<[TcfData | null, boolean]>((resolve) =>
      (window as unknown as { __tcfapi: TcfApi }).__tcfapi('addEventListener', 2, (d, s) => resolve([d, s])),
    );
    expect(success).to.equal(true);
    expect(data!.eventStatus).to.equal('tcloaded');
    expect(data!.gdprApplies).to.equal(true);
    expect(data!.tcString).to.be.a('string');
    expect(data!.purpose!.consents).to.deep.include({ 1: true, 2: true });
  });
});
