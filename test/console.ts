/** What `recordWarnings()` collected, and the way back to the real `console.warn`. */
export interface RecordedWarnings {
  /** Each `console.warn` call, its arguments joined as text. */
  readonly warnings: string[];
  restore(): void;
}

/**
 * Replaces `console.warn` with a recorder until `restore()` (call it in a `finally` or an
 * `after` hook): tests assert on the warnings the library gives for bad input, and keep them
 * out of the test log.
 */
export function recordWarnings(): RecordedWarnings {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => void (console.warn = original) };
}
