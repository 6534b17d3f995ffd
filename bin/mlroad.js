#!/usr/bin/env node
// Thin launcher: the real program is the bundled, compiled CLI in dist/.
import '../dist/cli.js';
