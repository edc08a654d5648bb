/**
 * `--definition <file.json>`: a definition of your own wherever a command takes an instrument id
 * (score, summarize, report, show, export). The file is read and checked before the command
 * runs: its cross-references (`definitionProblems`), the engine's compilation, and the shape
 * the command line relies on. Then the definition's id stands for it like a shipped id, and it
 * is added to the command's ids unless they already name it.
 *
 * The command line carries no zod, so the full shape check is the library's
 * `defineInstrument()` (`wellbeing-instruments/schema`); this one names what is missing.
 */
import { readFile } from 'node:fs/promises';
import { frozen } from '../schema/frozen.js';
import { definitionProblems } from '../schema/problems.js';
import type { InstrumentDefinition } from '../schema/types.js';
import { compile } from '../scoring/compile.js';
import { DefinitionError } from '../scoring/compiled.js';
import { CliError } from './errors.js';
import { addDefinition } from './instrument.js';

/** Commands that take instrument ids, and how: as the first argument, or through `--instrument`. */
const TAKES_IDS: Readonly<Record<string, 'argument' | 'instrument-option'>> = {
  score: 'argument',
  summarize: 'argument',
  show: 'argument',
  export: 'argument',
  report: 'instrument-option',
};

/** Help text of the option, for the commands that declare it. */
export const DEFINITION_HELP = 'a definition of your own (JSON, e.g. from "show <id> --json"), in place of an instrument id; repeatable';

const STRING_FIELDS = ['id', 'name', 'shortName', 'version'] as const;
const LIST_FIELDS = ['languages', 'constructs', 'responseScales', 'items', 'scales', 'cutoffs', 'flags', 'benchmarks', 'sources'] as const;

/** What the shape lacks that the command line reads (the full check is `defineInstrument`). */
function shapeProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['the file must hold one definition (a JSON object)'];
  const def = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of STRING_FIELDS) if (typeof def[key] !== 'string' || def[key] === '') problems.push(`"${key}" must be a non-empty string`);
  for (const key of LIST_FIELDS) if (!Array.isArray(def[key])) problems.push(`"${key}" must be an array`);
  if (typeof def['licence'] !== 'object' || def['licence'] === null) problems.push('"licence" must be an object');
  if (typeof def['id'] === 'string' && !/^[a-z][a-z0-9_]*$/.test(def['id'])) problems.push(`"id" must be lowercase letters, digits and underscores, got ${JSON.stringify(def['id'])}`);
  return problems;
}

/** Reads and checks one definition file; a usage error that lists every problem otherwise. */
export async function readDefinitionFile(file: string): Promise<InstrumentDefinition> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`--definition: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(`--definition: ${file} is not JSON: ${(error as Error).message}`);
  }
  let problems = shapeProblems(json);
  if (problems.length === 0) {
    try {
      problems = definitionProblems(json as InstrumentDefinition);
    } catch (error) {
      problems = [`malformed definition (${(error as Error).message})`];
    }
  }
  if (problems.length === 0) {
    try {
      compile(json as InstrumentDefinition);
    } catch (error) {
      if (!(error instanceof DefinitionError)) throw error;
      problems = [error.message];
    }
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 20).map((p) => `  ${p}`);
    if (problems.length > 20) shown.push(`  … ${problems.length - 20} more`);
    throw new CliError(`--definition: ${file} is not a valid instrument definition:\n${shown.join('\n')}`);
  }
  return frozen(json as InstrumentDefinition);
}

/**
 * Takes every `--definition <file>` (or `--definition=<file>`) out of the arguments, registers
 * each definition under its id, and adds the ids the command does not already name: as the
 * first argument (score, summarize, show, export) or to `--instrument` (report).
 */
export async function takeDefinitions(argv: readonly string[]): Promise<string[]> {
  const rest: string[] = [];
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--definition') {
      const file = argv[i + 1];
      if (file === undefined || file.startsWith('-')) throw new CliError('--definition needs a file, e.g. --definition pulse.json');
      files.push(file);
      i++;
    } else if (arg.startsWith('--definition=')) files.push(arg.slice('--definition='.length));
    else rest.push(arg);
  }
  if (files.length === 0) return rest;
  const command = rest[0];
  const how = command === undefined ? undefined : TAKES_IDS[command];
  if (how === undefined) throw new CliError(`--definition applies to ${Object.keys(TAKES_IDS).join(', ')}`);
  const ids: string[] = [];
  for (const file of files) {
    const definition = await readDefinitionFile(file);
    addDefinition(definition);
    ids.push(definition.id);
  }
  if (how === 'argument') {
    const missing = ids.filter((id) => !rest.slice(1).includes(id));
    return [command!, ...missing, ...rest.slice(1)];
  }
  const at = rest.findIndex((a) => a === '--instrument' || a.startsWith('--instrument='));
  if (at < 0) return [...rest, '--instrument', ids.join(',')];
  const inline = rest[at]!.startsWith('--instrument=');
  const listed = inline ? rest[at]!.slice('--instrument='.length) : (rest[at + 1] ?? '');
  const extra = ids.filter((id) => !listed.split(',').includes(id));
  const merged = [listed, ...extra].filter((x) => x !== '').join(',');
  return inline ? [...rest.slice(0, at), `--instrument=${merged}`, ...rest.slice(at + 1)] : [...rest.slice(0, at), '--instrument', merged, ...rest.slice(at + 2)];
}
