// Reads one JSON object per line on stdin, {"ssml": "...", "locale": "en-US"}, and prints one JSON
// line per input: {"errors": [...]} from ssml-check-core for the Amazon platform ([] when clean).
"use strict";

const readline = require("readline");
const ssmlCheck = require("ssml-check-core");

async function main() {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === "") continue;
    const { ssml, locale } = JSON.parse(line);
    const errors = await ssmlCheck.check(ssml, { platform: "amazon", locale });
    process.stdout.write(JSON.stringify({ errors: errors || [] }) + "\n");
  }
}

main().catch((error) => {
  process.stderr.write(String((error && error.stack) || error) + "\n");
  process.exit(1);
});
