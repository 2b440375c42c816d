// Before the end-to-end tests: a second build, "next", as a later deploy would be, for the update test.
import { execFileSync } from 'node:child_process';

export const NEXT_BUILD = '.e2e/next';
export const NEXT_VERSION = '0.1.0-next';

export default function globalSetup(): void {
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', NEXT_BUILD, '--emptyOutDir', '--logLevel', 'warn'],
    {
      env: { ...process.env, MOMENTOS_VERSION: NEXT_VERSION },
      stdio: 'inherit',
    },
  );
  execFileSync('node', ['scripts/check-dist.js', NEXT_BUILD], { stdio: 'inherit' });
}
