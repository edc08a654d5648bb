/**
 * The baseline for the command-line benchmark: reads a CSV and writes it back with the same
 * reader, writer and atomic output as `wellbeing-instruments score`, without scoring. Bundled
 * by scripts/bench-cli.ts and run as `node .bench/copy.mjs <in> <out>`.
 */
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { Decode } from '../src/cli/io/decode.js';
import { fileOutput } from '../src/cli/io/output.js';
import { sinkFor } from '../src/cli/io/sinks.js';
import { readTable } from '../src/cli/io/table.js';

const [input, target] = process.argv.slice(2);
if (input === undefined || target === undefined) throw new Error('usage: copy <in.csv> <out.csv>');
const output = await fileOutput(target);
const sink = await sinkFor('csv');
const decode = new Decode('utf-8');
pipeline(createReadStream(input, { highWaterMark: 1 << 16 }), decode, (error) => {
  if (error) decode.destroy(error);
});
let header = true;
for await (const rows of readTable(decode, { delimiter: ',', quote: 'double' })) {
  let start = 0;
  if (header) {
    await output.write(sink.start(rows[0]!, []));
    header = false;
    start = 1;
  }
  for (let r = start; r < rows.length; r++) sink.row(rows[r]!, []);
  await output.write(sink.take());
}
await output.commit();
