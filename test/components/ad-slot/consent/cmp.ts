// A real IAB TCF v2.2 CMP for the consent tests: @iabtcf/cmpapi's `CmpApi` (the page's
// `__tcfapi`) with TC strings encoded by @iabtcf/core from a local vendor list (no network).
// The CMP is page-wide: each test file (its own page) stands up at most one.
import { CmpApi } from '@iabtcf/cmpapi';
import { GVL, TCModel, TCString, type VendorList } from '@iabtcf/core';
import type { AdConsent } from '../../../../src/components/ad-slot/provider.js';
import vendorList from './vendor-list.json';

export const CMP_ID = 300;

const gvl = new GVL(vendorList as VendorList);

/** A TC string (GDPR applies) with consent to `purposes` for every vendor on the list, as a CMP writes it. */
export function tcString(purposes: readonly number[]): string {
  const model = new TCModel(gvl);
  model.cmpId = CMP_ID;
  model.cmpVersion = 1;
  model.publisherCountryCode = 'DE';
  model.purposeConsents.set([...purposes]);
  if (purposes.length) model.vendorConsents.set([...gvl.vendorIds]);
  return TCString.encode(model);
}

/** Stands up the page's CMP (over the IAB stub's queue, when there is one). */
export const startCmp = (): CmpApi => new CmpApi(CMP_ID, 1);

/** The purposes consented to in a TC string, decoded. */
export const purposeConsents = (encoded: string): number[] => [...TCString.decode(encoded).purposeConsents].filter(([, on]) => on).map(([id]) => id);

/** The decision with its TC string decoded: what the tests compare (a TC string holds a timestamp). */
export function decoded(consent: AdConsent): { cmp: boolean; gdprApplies?: boolean; personalized: boolean; purposes?: number[] } {
  const { tcString: encoded, ...rest } = consent;
  return encoded === undefined ? rest : { ...rest, purposes: purposeConsents(encoded) };
}

/** `'pending'` while `promise` has not settled after a few tasks, else how it settled. */
export async function settled(promise: Promise<unknown>, ms = 50): Promise<'pending' | 'resolved' | 'rejected'> {
  const timeout = new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), ms));
  return Promise.race([promise.then(() => 'resolved' as const, () => 'rejected' as const), timeout]);
}
