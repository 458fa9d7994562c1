// The postMessage side of the gate, call by call. This page has no `__tcfapi` but holds a
// frame named `__tcfapiLocator`, so the gate finds the CMP in this very window (the search
// starts with the gate's own window, as in the IAB's reference code) and posts its calls here;
// the test answers them as the CMP's frame would (the IAB stub's message handler), or does not.
// The real CMP behind a real stub, from a cross-origin frame: parent-frame.test.ts.
import { expect } from '@open-wc/testing';
import { adConsent, type TcfData } from '../../../../src/components/ad-slot/consent.js';
import { settled } from './cmp.js';
import { recordWarnings } from '../../../console.js';

interface TcfCall {
  command: string;
  version: number;
  callId: unknown;
}

const calls: TcfCall[] = [];
addEventListener('message', (event) => {
  const call = (event.data as { __tcfapiCall?: TcfCall } | null)?.__tcfapiCall;
  if (call && event.source === window) calls.push(call);
});

/** Answers `call` as the CMP's frame does: from this window, to the caller (this window too). */
const answer = (call: TcfCall, returnValue: TcfData | null, success = true) => postMessage({ __tcfapiReturn: { returnValue, success, callId: call.callId } }, '*');

/** A message is a task away: wait for it, and the gate's handling of it. */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 20));

const decided: TcfData = { eventStatus: 'tcloaded', gdprApplies: true, tcString: 'CQ-test', purpose: { consents: { 1: true, 2: true } } };

describe('consent: the __tcfapiLocator protocol, call by call', () => {
  before(() => {
    const locator = document.createElement('iframe');
    locator.name = '__tcfapiLocator';
    locator.style.display = 'none';
    document.body.append(locator);
  });

  it('posts one addEventListener call to the window holding the locator, and waits while the CMP does not answer', async () => {
    expect('__tcfapi' in window).to.equal(false);
    const first = adConsent();
    const second = adConsent();
    await delivered();
    expect(calls).to.have.length(1);
    expect(calls[0]).to.deep.equal({ command: 'addEventListener', version: 2, callId: calls[0]!.callId });
    // A CMP that never answers: nothing is requested, as with a __tcfapi that never calls back.
    expect(await settled(first, 300)).to.equal('pending');
    expect(await settled(second)).to.equal('pending');
  });

  it('rejects a waiting call when its signal aborts, and leaves the listener to the others', async () => {
    const controller = new AbortController();
    const aborted = adConsent(controller.signal);
    const other = adConsent();
    controller.abort(new DOMException('The slot was removed', 'AbortError'));
    const error = await aborted.catch((e: unknown) => e);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(await settled(other)).to.equal('pending');
    expect(calls, 'no new call').to.have.length(1);
  });

  it('ignores answers to other calls, answers from other windows, and "not decided yet"', async () => {
    const consent = adConsent();
    const [call] = calls;
    postMessage({ __tcfapiReturn: { returnValue: decided, success: true, callId: 'someone else' } }, '*');
    // A frame on the page forges the CMP's answer, with the right callId.
    const forger = document.createElement('iframe');
    forger.srcdoc = `<script>parent.postMessage(${JSON.stringify({ __tcfapiReturn: { returnValue: decided, success: true, callId: call!.callId } })}, '*')</script>`;
    const forged = new Promise((resolve) => forger.addEventListener('load', resolve, { once: true }));
    document.body.append(forger);
    await forged;
    answer(call!, { eventStatus: 'cmpuishown', gdprApplies: true });
    await delivered();
    forger.remove();
    expect(await settled(consent)).to.equal('pending');
  });

  it('warns about a failed call once and keeps waiting', async () => {
    const { warnings, restore } = recordWarnings();
    try {
      const consent = adConsent();
      answer(calls[0]!, null, false);
      answer(calls[0]!, null, false);
      await delivered();
      expect(await settled(consent)).to.equal('pending');
      expect(warnings).to.have.length(1);
    } finally {
      restore();
    }
  });

  it('resolves every waiting call with the decision, and later calls at once', async () => {
    const waiting = adConsent();
    answer(calls[0]!, decided);
    expect(await waiting).to.deep.equal({ cmp: true, gdprApplies: true, tcString: 'CQ-test', personalized: true });
    expect(await adConsent()).to.deep.equal({ cmp: true, gdprApplies: true, tcString: 'CQ-test', personalized: true });
    // The reader changes their mind: the listener follows.
    answer(calls[0]!, { eventStatus: 'useractioncomplete', gdprApplies: true, tcString: 'CQ-refused', purpose: { consents: { 2: true } } });
    await delivered();
    expect(await adConsent()).to.deep.equal({ cmp: true, gdprApplies: true, tcString: 'CQ-refused', personalized: false });
    expect(calls, 'one call in all').to.have.length(1);
  });
});
