/** Where a command writes, so tests can run commands in-process. */
export interface Io {
  stdout: {write(text: string): unknown; isTTY?: boolean}
  stderr: {write(text: string): unknown; isTTY?: boolean}
  cwd: string
}

/** A bad invocation: the message is shown with the usage, and the exit code is 2. */
export class UsageError extends Error {}
