// Renders a Cucumber Messages NDJSON file as the official HTML report: node render.mjs <in.ndjson> <out.html>.
// Exits non-zero on a line that is not JSON, on a message that refers to one not written before it, or when the
// formatter fails, so a broken report fails the run.
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

// The protocol's order, which the formatter relies on without saying so (a test case it cannot resolve is silently
// left out of the report): every message refers only to what came before it.
const seen = { pickle: new Set(), testCase: new Set(), testCaseStarted: new Set(), testRunStarted: new Set(), testStep: new Set() };
function check(message, where) {
  const refer = (kind, id) => {
    if (!seen[kind].has(id)) throw new Error(`${where}: refers to the ${kind} '${id}' before it was written`);
  };
  if (message.pickle) seen.pickle.add(message.pickle.id);
  if (message.testRunStarted) seen.testRunStarted.add(message.testRunStarted.id);
  if (message.testCase) {
    refer('pickle', message.testCase.pickleId);
    if (message.testCase.testRunStartedId) refer('testRunStarted', message.testCase.testRunStartedId);
    seen.testCase.add(message.testCase.id);
    for (const step of message.testCase.testSteps) seen.testStep.add(step.id);
  }
  if (message.testCaseStarted) {
    refer('testCase', message.testCaseStarted.testCaseId);
    seen.testCaseStarted.add(message.testCaseStarted.id);
  }
  for (const step of [message.testStepStarted, message.testStepFinished].filter(Boolean)) {
    refer('testCaseStarted', step.testCaseStartedId);
    refer('testStep', step.testStepId);
  }
  if (message.testCaseFinished) refer('testCaseStarted', message.testCaseFinished.testCaseStartedId);
  if (message.testRunFinished?.testRunStartedId) refer('testRunStarted', message.testRunFinished.testRunStartedId);
}

async function* envelopes() {
  let number = 0;
  for await (const line of createInterface({ input: createReadStream(input), crlfDelay: Infinity })) {
    number++;
    if (line.trim() === '') continue;
    let message;
    try {
      message = JSON.parse(line);
    } catch (error) {
      throw new Error(`${input}:${number}: not a JSON message (${error.message})`);
    }
    check(message, `${input}:${number}`);
    yield message;
  }
}

await pipeline(Readable.from(envelopes()), new CucumberHtmlStream(), createWriteStream(output));
