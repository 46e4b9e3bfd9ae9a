// Compares the process start of two commands, spawned alternately (A, B,
// `node -e 0`, then again) so that the machine's drift hits all three alike:
//   node bench/ab-spawn.mjs 40 node bin/etpy -c pass -- node ../other/bin/etpy -c pass
// prints each command's median wall time with its quartiles. For A/B checks
// of a start-up change between two builds; `npm run bench` reports the
// start-up ratio against node and python3 itself.
import { spawnSync } from 'node:child_process';

const rounds = Number(process.argv[2]);
const rest = process.argv.slice(3);
const cut = rest.indexOf('--');
if (!(rounds > 0) || cut <= 0 || cut === rest.length - 1) {
  console.error('usage: node bench/ab-spawn.mjs ROUNDS COMMAND... -- COMMAND...');
  process.exit(2);
}
const commands = [rest.slice(0, cut), rest.slice(cut + 1), [process.execPath, '-e', '0']];
const times = commands.map(() => []);
for (let i = 0; i < rounds; i++) {
  for (const [k, [file, ...args]] of commands.entries()) {
    const start = process.hrtime.bigint();
    const run = spawnSync(file, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    if (run.status !== 0) throw new Error(`${[file, ...args].join(' ')} exited with ${run.status}: ${run.stderr}`);
    times[k].push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.floor(values.length * q)];
for (const [k, command] of commands.entries()) {
  const t = times[k];
  console.log(`${command.join(' ')}: median ${quantile(t, 0.5).toFixed(1)} ms (p25 ${quantile(t, 0.25).toFixed(1)}, p75 ${quantile(t, 0.75).toFixed(1)})`);
}
