#!/usr/bin/env node
/**
 * The command line (Node only): `list`, `show`, `score`, `summarize`, `report`, `export`, `demo`.
 * See `program.ts`.
 */
import { quietOnClosedStdout } from './io/output.js';
import { main } from './program.js';

quietOnClosedStdout();
process.exitCode = await main(process.argv.slice(2));
