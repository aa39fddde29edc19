#!/usr/bin/env node
/** `b2core-sign-in-simulator`: the standalone simulator. Thin on purpose; logic is in cli-support and node. */
import { CLI_HELP, formatBanner, parseCliArgs } from './cli-support';
import { startSimulatorServer } from './node';

const command = parseCliArgs(process.argv.slice(2));
if (command.kind === 'help') {
  console.log(CLI_HELP);
} else if (command.kind === 'error') {
  console.error(`${command.message}\n\n${CLI_HELP}`);
  process.exitCode = 2;
} else {
  const server = await startSimulatorServer({
    port: command.port,
    host: command.host,
    corsOrigin: command.corsOrigin,
    devCorsOrigin: command.devCorsOrigin,
    config: { recaptchaEnabled: command.recaptcha, qrAvailable: command.qr, latencyMs: command.latencyMs },
  });
  console.log(formatBanner(server.url));
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
