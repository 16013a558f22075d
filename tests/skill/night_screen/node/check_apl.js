// Validates APL documents with Amazon's apl-suggester (StaticAplTemplateValidator).
// Reads a JSON object {name: document} on stdin; prints {name: [errors…]} on stdout.
"use strict";
const { StaticAplTemplateValidator } = require("apl-suggester");

async function main() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const documents = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  const validator = new StaticAplTemplateValidator();
  const results = {};
  for (const [name, document] of Object.entries(documents)) {
    const found = await validator.validate(document);
    results[name] = found.map((item) => ({
      path: item.path,
      message: item.errorMessage,
      level: item.level,
    }));
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((error) => {
  process.stderr.write(String((error && error.stack) || error));
  process.exit(1);
});
