// Drives a running endpoint with Bespoken's virtual-alexa, from the interaction model.
// Input (stdin, JSON): {url, model, applicationId, locale, steps: [{launch|utter|intend|end}]}.
// Output (stdout, JSON): one {step, request, response} or {step, request, error} per step.
"use strict";

const fs = require("fs");
const va = require("virtual-alexa");

async function main() {
  const plan = JSON.parse(fs.readFileSync(0, "utf8"));
  const alexa = va.VirtualAlexa.Builder()
    .interactionModelFile(plan.model)
    .skillURL(plan.url)
    .applicationID(plan.applicationId)
    .locale(plan.locale)
    .create();
  let request = null;
  alexa.filter((sent) => {
    request = JSON.parse(JSON.stringify(sent));
  });
  const results = [];
  for (const step of plan.steps) {
    request = null;
    try {
      let response;
      if (step.launch) response = await alexa.launch();
      else if (step.utter) response = await alexa.utter(step.utter);
      else if (step.intend) response = await alexa.intend(step.intend, step.slots || {});
      else if (step.end) response = await alexa.endSession();
      else throw new Error("unknown step " + JSON.stringify(step));
      results.push({ step, request, response: JSON.parse(JSON.stringify(response)) });
    } catch (error) {
      results.push({ step, request, error: String(error) });
    }
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error) + "\n");
  process.exit(1);
});
