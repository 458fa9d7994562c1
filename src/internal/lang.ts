/** The shape of a BCP 47 language tag (`gu`, `en-IN`, `zh-Hant-TW`), as the contract accepts it. */
export const LANG_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;
