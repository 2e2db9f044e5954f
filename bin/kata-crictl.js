#!/usr/bin/env node
// The kata-crictl executable: the compiled CLI in dist/ (npm run build) does the work.
import { run } from '../dist/lib/cli/kata-crictl.js';

process.exitCode = await run(process.argv.slice(2));
