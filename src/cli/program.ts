/**
 * The command line's commands, built with commander. Each command lives in `commands/` and is
 * added here; a command signals failure by throwing a {@link CliError} (message and exit code)
 * or by setting `process.exitCode`.
 */
import { Command, CommanderError } from 'commander';
import { PACKAGE_VERSION } from '../version.js';
import { demoCommand } from './commands/demo.js';
import { exportCommand } from './commands/export.js';
import { listCommand } from './commands/list.js';
import { reportCommand } from './commands/report.js';
import { scoreCommand } from './commands/score.js';
import { showCommand } from './commands/show.js';
import { summarizeCommand } from './commands/summarize.js';
import { takeDefinitions } from './definitions.js';
import { CliError, EXIT_ERROR } from './errors.js';

export function program(): Command {
  const root = new Command('wellbeing-instruments')
    .description('Score validated well-being and burnout instruments (PHQ-9, GAD-7, WHO-5, CBI, MBI, …) from survey exports, with cited cut-offs.')
    .version(PACKAGE_VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'print help (also "<command> --help")')
    .showHelpAfterError('(add --help for usage)')
    .configureHelp({ sortSubcommands: false, showGlobalOptions: false })
    .addHelpText('after', '\nStart with "wellbeing-instruments demo", then "list" and "show <id>".\nExit codes: 0 ok, 1 output written but some rows invalid, 2 error (nothing written).');
  for (const command of [listCommand(), showCommand(), scoreCommand(), summarizeCommand(), reportCommand(), exportCommand(), demoCommand()]) root.addCommand(command);
  root.commands.forEach((c) => c.showHelpAfterError('(add --help for usage)'));
  root.exitOverride();
  root.commands.forEach((c) => c.exitOverride());
  return root;
}

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const root = program();
  try {
    if (argv.length === 0) {
      root.outputHelp();
      return 0;
    }
    await root.parseAsync(await takeDefinitions(argv), { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version print and end with code 0; commander has already printed usage errors.
      return error.exitCode === 0 ? 0 : EXIT_ERROR;
    }
    if (error instanceof CliError) {
      process.stderr.write(`error: ${error.message}\n`);
      return error.exitCode;
    }
    // A bug, not a user error: say so, with the stack, and exit as for any failed command
    // (file outputs have already been removed).
    process.stderr.write(`error: unexpected failure, please report it with the command you ran:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_ERROR;
  }
}
