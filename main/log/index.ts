// Logging: rotating JSON-lines file with a redaction guard.
export {
  createLogger,
  nullLogger,
  type Logger,
  type LoggerOptions,
  type LogFields,
  type LogLevel,
} from './logger.ts';
export { Redactor, REDACTED } from './redact.ts';
