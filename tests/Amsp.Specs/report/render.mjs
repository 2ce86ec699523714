// Renders a Cucumber Messages NDJSON file as the official HTML report: node render.mjs <in.ndjson> <out.html>.
// Exits non-zero on a line that is not JSON or when the formatter fails, so a broken report fails the run.
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CucumberHtmlStream } from '@cucumber/html-formatter';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node render.mjs <in.ndjson> <out.html>');
  process.exit(2);
}

async function* envelopes() {
  let number = 0;
  for await (const line of createInterface({ input: createReadStream(input), crlfDelay: Infinity })) {
    number++;
    if (line.trim() === '') continue;
    try {
      yield JSON.parse(line);
    } catch (error) {
      throw new Error(`${input}:${number}: not a JSON message (${error.message})`);
    }
  }
}

await pipeline(Readable.from(envelopes()), new CucumberHtmlStream(), createWriteStream(output));
