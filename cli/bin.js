#!/usr/bin/env node
// The `resourceos` command. TypeScript runs as-is through tsx; nothing is compiled ahead.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.js');
process.exitCode = await main(process.argv.slice(2), {
	env: process.env,
	stdout: process.stdout,
	stderr: process.stderr
});
