// @web/test-runner-visual-regression 0.10.0's types re-export './browser/commands.mjs', which
// has no types of its own (its declaration file is commands.d.ts): the browser command, typed.
export {};

declare module '@web/test-runner-visual-regression' {
  /** Compares a screenshot of `element` with the baseline `name` (web-test-runner.config.mjs). */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
