#!/usr/bin/env node
/**
 * The command line (Node only). For now: `demo`, `--version`, `--help`.
 */
import { PACKAGE_VERSION } from '../version.js';
import { demo } from './demo.js';

const usage = `Usage: wellbeing-instruments <command>

Commands:
  demo         score the bundled synthetic sample and print a table

Options:
  --version    print the version
  --help       print this help`;

const [command] = process.argv.slice(2);
switch (command) {
  case 'demo':
    console.log(demo());
    break;
  case '--version':
  case '-v':
    console.log(PACKAGE_VERSION);
    break;
  case undefined:
  case '--help':
  case '-h':
    console.log(usage);
    break;
  default:
    console.error(`unknown command "${command}"\n\n${usage}`);
    process.exitCode = 2;
}
