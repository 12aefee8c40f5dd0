/**
 * Runs rebuilds one at a time. Changes that arrive during a build are gathered and built
 * together once it ends, so two builds never write the same output folder at once.
 */
export class RebuildQueue {
  readonly #build: (changed: string[]) => Promise<void>
  readonly #pending = new Set<string>()
  #requested = false
  #running: Promise<void> | null = null

  /** `build` must not throw: it reports its own failures. */
  constructor(build: (changed: string[]) => Promise<void>) {
    this.#build = build
  }

  /** Ask for a build covering these changed files (content-relative; none for the first build). */
  request(changed: Iterable<string>): void {
    for (const file of changed) this.#pending.add(file)
    this.#requested = true
    this.#running ??= this.#drain()
  }

  /** Whether a build is running or waiting. */
  get busy(): boolean {
    return this.#running !== null
  }

  /** Resolves once no build is running or waiting. */
  async idle(): Promise<void> {
    while (this.#running !== null) await this.#running
  }

  async #drain(): Promise<void> {
    // Let the caller's assignment of #running happen before the first build starts.
    await Promise.resolve()
    try {
      while (this.#requested) {
        const batch = [...this.#pending].sort()
        this.#pending.clear()
        this.#requested = false
        await this.#build(batch)
      }
    } finally {
      this.#running = null
    }
  }
}
