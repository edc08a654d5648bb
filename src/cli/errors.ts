/**
 * Errors the command line reports to the user as one message and an exit code, without a stack.
 *
 * Exit codes: 0 success; 1 the output was written but some rows are invalid (see `--allow-invalid`);
 * 2 the command could not run (bad arguments, unreadable or malformed input); no output is written.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Exit code when rows are invalid and `--allow-invalid` was not given. */
export const EXIT_INVALID_ROWS = 1;
/** Exit code for usage and input errors. */
export const EXIT_ERROR = 2;
