// Builds the web app into dist/web with Vite, once the app exists.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (existsSync('src/web/vite.config.ts')) {
  execFileSync('npx', ['vite', 'build', '--config', 'src/web/vite.config.ts'], {
    stdio: 'inherit',
  });
}
