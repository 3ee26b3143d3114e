/**
 * The product's WXT config, built into the bench's own folder: other people's builds and tests on
 * this machine rewrite .output while the bench has the extension loaded.
 */
import { defineConfig } from 'wxt';
import config from '../../wxt.config';

// scripts/bench.ts runs the e2e helpers from .tmp/bench, where they look for .output/chrome-mv3.
export default defineConfig({ ...config, outDir: '.tmp/bench/.output' });
