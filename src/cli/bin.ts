#!/usr/bin/env node
/// <reference types="node" />
/** The `news-elements` command (see cli.ts). */
import { main } from './cli.js';

process.exitCode = await main(process.argv.slice(2));
