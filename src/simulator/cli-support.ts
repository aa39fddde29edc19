/** The CLI's pure parts (argument parsing, banner), kept apart from cli.ts so they are testable. */
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD, GOOGLE_TOTP_SECRET, demoAccounts } from './accounts';
import { originListProblem } from './node-cors';

export const CLI_HELP = `Usage: b2core-sign-in-simulator [options]

An in-memory B2Core sign-in server (paths under /api/v2/my, dev endpoints under /__sim).

Options:
  --port <n>            Port to listen on (default 4010; 0 = a free port)
  --host <host>         Interface to bind (default 127.0.0.1)
  --cors-origin <url>   Origin allowed by CORS on the API; repeat for several (default *)
  --dev-cors-origin <url>
                        Origin allowed to call /__sim (outbox codes, config) from a
                        browser; repeat for several (default none: only same-origin)
  --recaptcha           Enable reCAPTCHA on the wizard (any non-empty token passes)
  --no-qr               Disable QR sign-in
  --latency <ms>        Delay every API answer by <ms> milliseconds
  -h, --help            Show this help
`;

/** What the CLI was asked to do. */
export type CliCommand =
  | { kind: 'help' }
  | { kind: 'error'; message: string }
  | {
      kind: 'start';
      port: number;
      host: string;
      corsOrigin: string | string[];
      /** Origins allowed on `/__sim`; empty = none. */
      devCorsOrigin: string[];
      recaptcha: boolean;
      qr: boolean;
      latencyMs: number;
    };

const toInteger = (value: string | undefined, fallback: number): number | null => {
  if (value === undefined) return fallback;
  return /^\d+$/.test(value) ? Number(value) : null;
};

/** Parses the CLI arguments (without `node` and the script path). */
export function parseCliArgs(argv: string[]): CliCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'cors-origin': { type: 'string', multiple: true },
        'dev-cors-origin': { type: 'string', multiple: true },
        recaptcha: { type: 'boolean' },
        'no-qr': { type: 'boolean' },
        latency: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };
  const port = toInteger(values.port, 4010);
  if (port === null || port > 65535) return { kind: 'error', message: `Invalid --port: ${values.port}` };
  const latencyMs = toInteger(values.latency, 0);
  if (latencyMs === null) return { kind: 'error', message: `Invalid --latency: ${values.latency}` };
  const origins = values['cors-origin'] ?? [];
  const devOrigins = values['dev-cors-origin'] ?? [];
  const originProblem = originListProblem(origins, true);
  if (originProblem) return { kind: 'error', message: `Invalid --cors-origin: ${originProblem}` };
  const devOriginProblem = originListProblem(devOrigins, false);
  if (devOriginProblem) return { kind: 'error', message: `Invalid --dev-cors-origin: ${devOriginProblem}` };
  return {
    kind: 'start',
    port,
    host: values.host ?? '127.0.0.1',
    corsOrigin: origins.length === 0 ? '*' : origins.length === 1 ? origins[0]! : origins,
    devCorsOrigin: devOrigins,
    recaptcha: values.recaptcha ?? false,
    qr: !(values['no-qr'] ?? false),
    latencyMs,
  };
}

/** The startup text: the URL and the (public, demo-only) accounts. */
export function formatBanner(url: string): string {
  const lines = [
    `B2Core simulator listening on ${url}`,
    `  API:  ${url}/api/v2/my   Dev: ${url}/__sim/outbox, /__sim/config, /__sim/requests`,
    '',
    `Demo accounts (password for all: ${DEMO_PASSWORD})`,
    ...demoAccounts.map((account) => `  ${account.email.padEnd(20)} ${account.description}`),
    '',
    `Google Authenticator secret (google@, both@): ${GOOGLE_TOTP_SECRET}`,
    'SMS and email codes: GET /__sim/outbox',
    'Press Ctrl+C to stop.',
  ];
  return lines.join('\n');
}
