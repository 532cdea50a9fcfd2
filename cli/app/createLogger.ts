import { pino, type Logger } from 'pino';
import { secretPaths, type Config } from '../config/index.js';

/** The process logger: JSON lines on stderr, with every secret setting censored wherever it appears. */
export function createLogger(config: Config, destination: NodeJS.WritableStream = process.stderr): Logger {
	const paths = secretPaths.flatMap((p) => [p, `config.${p}`, `*.${p.split('.').at(-1)}`]);
	return pino({ level: config.log.level, redact: { paths, censor: '[redacted]' } }, destination);
}
