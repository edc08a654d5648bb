#!/usr/bin/env node
/**
 * The command line (Node only): `list`, `show`, `score`, `summarize`, `report`, `export`, `demo`.
 * See `program.ts`.
 */
import { main } from './program.js';

process.exitCode = await main(process.argv.slice(2));
