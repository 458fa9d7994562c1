/**
 * Sets an element's custom states (`:state(name)` in CSS) from `states`: each name whose
 * value is true is added, each false one removed. Names left out are left as they are.
 */
export function setStates(internals: ElementInternals, states: Record<string, boolean>): void {
  for (const [name, on] of Object.entries(states)) {
    try {
      if (on) internals.states.add(name);
      else internals.states.delete(name);
    } catch {
      // A browser without custom state names: the states are a styling aid only.
    }
  }
}
