/**
 * Every sub-command, in the order the help lists them.
 *
 * @packageDocumentation
 */
import type { CommandSpec } from '../command.js';
import { alertsCommand } from './alerts.js';
import { calendrierCommand } from './calendrier.js';
import { deadlinesCommand } from './deadlines.js';
import { demoCommand } from './demo.js';
import { explainCommand } from './explain.js';
import { exportCommand } from './export.js';
import { identiteCommand } from './identite.js';
import { importCommand } from './import.js';
import { initCommand } from './init.js';
import { recordCommand } from './record.js';
import { referentielCommand } from './referentiel.js';
import { schemaCommand } from './schema.js';
import { statusCommand } from './status.js';
import { verifyCommand } from './verify.js';

/** The sub-commands. */
export const COMMANDS: readonly CommandSpec[] = [
  initCommand,
  importCommand,
  calendrierCommand,
  recordCommand,
  identiteCommand,
  statusCommand,
  deadlinesCommand,
  alertsCommand,
  explainCommand,
  referentielCommand,
  exportCommand,
  schemaCommand,
  verifyCommand,
  demoCommand,
];
