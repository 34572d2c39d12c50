// The command line's one error type and exit codes. A command throws a
// CliError with the code the user should see; bin/ispeed-widgets.mjs turns it
// into a message on stderr and that exit code. Any other error is a bug.

export const EXIT = {
  ok: 0,
  /** assets verify found problems, or an unexpected error */
  failed: 1,
  /** bad arguments or address */
  usage: 2,
  /** the page cannot be reached, or the file cannot be read */
  unreadable: 3,
  /** nothing to download, or a file with no usable data */
  nothingUsable: 4,
};

export class CliError extends Error {
  /** @param {string} message @param {number} exitCode one of EXIT */
  constructor(message, exitCode) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** Ends the process with `message` on stderr: the one shape every error takes for the user. */
export function exitWith(message, exitCode) {
  process.stderr.write(`ispeed-widgets: ${message}\n`);
  process.exit(exitCode);
}
