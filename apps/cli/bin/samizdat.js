#!/usr/bin/env node
// The `samizdat` command. A committed file (dist/ is built later), so `npm ci` links it into
// node_modules/.bin and `npx samizdat` works at the repository root once the build has run.
import "../dist/bin.js"
