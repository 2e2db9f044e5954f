#!/usr/bin/env node
// The kata-runtime executable: the compiled CLI in dist/ (npm run build) does the work.
import { run } from '../dist/lib/cli/kata-runtime.js';

process.exitCode = await run(process.argv.slice(2));
