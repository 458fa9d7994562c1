/**
 * Code that is a lazy chunk (the gallery's lightbox, the article's JSON-LD, copy and progress
 * features): `get()` loads it once and makes its value; `value` is that value once it is
 * there. A failed load (offline, or a host that did not copy the chunk beside the bundle) is
 * one warning, naming `owner` and `name`, and the next `get()` tries again.
 */
export class Lazy<T> {
  readonly #owner: string;
  readonly #name: string;
  readonly #load: () => Promise<T>;
  #loading?: Promise<T | undefined>;
  /** The loaded value, once there. */
  value?: T;

  constructor(owner: string, name: string, load: () => Promise<T>) {
    this.#owner = owner;
    this.#name = name;
    this.#load = load;
  }

  get(): Promise<T | undefined> {
    if (this.value) return Promise.resolve(this.value);
    return (this.#loading ??= this.#load().then(
      (value) => (this.value = value),
      (error: unknown) => {
        console.warn(`${this.#owner}: the ${this.#name} code did not load: ${String(error)}`);
        this.#loading = undefined;
        return undefined;
      },
    ));
  }
}
