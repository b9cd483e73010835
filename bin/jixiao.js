#!/usr/bin/env node
// The binary is a thin shell: all behaviour lives in the compiled CLI module.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
