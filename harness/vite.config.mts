// The local workbench: Vite serves the harness and mounts the tenant emulator on the same origin.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { emulatorPlugin } from '../emulator/connect/viteMiddleware';

const require = createRequire(import.meta.url);
const { toEsm } = require('./amdStrings.cjs') as { toEsm(code: string, file: string): string };
const src = (path: string): string => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

// SPFx loads strings by module name ('CommonStrings', '<Name>WebPartStrings'); the workbench serves en-GB.
const strings: Record<string, string> = {
  CommonStrings: src('loc/en-gb.js'),
  RecordStrings: src('components/CycleRecord/loc/en-gb.js'),
  MyAppraisalWebPartStrings: src('webparts/myAppraisal/loc/en-gb.js'),
  TeamAppraisalsWebPartStrings: src('webparts/teamAppraisals/loc/en-gb.js'),
  AppraisalAdminWebPartStrings: src('webparts/appraisalAdmin/loc/en-gb.js'),
  GovernorReportWebPartStrings: src('webparts/governorReport/loc/en-gb.js'),
  DataProtectionStrings: src('webparts/appraisalAdmin/components/DataProtection/loc/en-gb.js')
};

/** Loads SPFx's AMD loc files as ES modules. */
function spfxStrings(): Plugin {
  return {
    name: 'spfx-amd-strings',
    enforce: 'pre',
    load(id) {
      return /[\\/]loc[\\/][^\\/]+\.js$/.test(id) ? toEsm(readFileSync(id, 'utf8'), id) : null;
    }
  };
}

/** Serves Fluent UI's icon font from node_modules at /fluent-icons/ (SharePoint pages provide it; the CDN is offline). */
function fluentIconFonts(): Plugin {
  const dir = fileURLToPath(new URL('../node_modules/@fluentui/font-icons-mdl2/fonts/', import.meta.url));
  return {
    name: 'fluent-icon-fonts',
    configureServer(server) {
      server.middlewares.use('/fluent-icons/', (req, res, next) => {
        const file = (req.url ?? '').replace(/^\//, '').split('?')[0];
        if (!/^[\w.-]+\.woff2?$/.test(file)) return next();
        res.setHeader('content-type', 'font/woff');
        res.end(readFileSync(dir + file));
      });
    }
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [spfxStrings(), react(), fluentIconFonts(), emulatorPlugin()],
  resolve: {
    alias: [
      { find: /^~(.+)$/, replacement: '$1' },
      ...Object.entries(strings).map(([find, replacement]) => ({ find: new RegExp(`^${find}$`), replacement }))
    ]
  },
  css: {
    modules: { localsConvention: 'camelCase' },
    preprocessorOptions: { scss: { quietDeps: true, silenceDeprecations: ['import', 'global-builtin'] } }
  },
  // Pre-bundle every dependency, including those only lazily imported chunks use, so that Vite never discovers one
  // mid-session and reloads the page under the user (or a test).
  optimizeDeps: {
    include: [
      'react', 'react-dom', '@fluentui/react', '@pnp/sp', '@pnp/queryable', '@pnp/sp/webs', '@pnp/sp/lists', '@pnp/sp/items',
      '@pnp/sp/fields', '@pnp/sp/folders', '@pnp/sp/files', '@pnp/sp/security', '@pnp/sp/site-groups', '@pnp/sp/site-users',
      '@pnp/sp/batching', '@microsoft/microsoft-graph-client', 'zod', '@fluentui/react-charting', 'docx', '@noble/hashes/sha256',
      '@noble/hashes/utils'
    ]
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { outDir: '../temp/harness-dist', emptyOutDir: true }
});
