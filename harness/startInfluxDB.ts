import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireBinary } from './findBinary.js';
import { freePort } from './freePort.js';
import { startServerProcess } from './serverProcess.js';
import type { RunningServer } from './types.js';

/** Starts a real InfluxDB 1.x (v1 HTTP API) on free loopback ports in a temporary folder. */
export async function startInfluxDB(): Promise<RunningServer> {
	const binary = requireBinary('influxd');
	const dir = await mkdtemp(join(tmpdir(), 'ros-influxdb-'));
	const [port, rpcPort] = [await freePort(), await freePort()];
	const config = `reporting-disabled = true
bind-address = "127.0.0.1:${rpcPort}"
[meta]
  dir = "${dir}/meta"
[data]
  dir = "${dir}/data"
  wal-dir = "${dir}/wal"
  query-log-enabled = false
  cache-snapshot-write-cold-duration = "10s"
[monitor]
  store-enabled = false
[http]
  bind-address = "127.0.0.1:${port}"
  log-enabled = false
  max-body-size = 0
[logging]
  level = "warn"
[continuous_queries]
  enabled = false
`;
	await writeFile(join(dir, 'influxdb.conf'), config);
	const url = `http://127.0.0.1:${port}`;
	return startServerProcess({
		name: 'influxd',
		binary,
		args: ['-config', join(dir, 'influxdb.conf')],
		dir,
		port,
		url,
		ready: async () => (await fetch(`${url}/ping`)).status === 204
	});
}
