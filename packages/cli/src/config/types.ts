/**
 * The project's configuration as the commands see it: the rules registry built from the packs and calendars
 * it names, the labels staff read instead of codes, and what documents print.
 *
 * @packageDocumentation
 */
import type { RulesProvider } from '../workflow/rules.js';

/** Names an académie's staff read instead of codes. */
export interface Libelles {
  /** EPLE by UAI. */
  readonly etablissements: Readonly<Record<string, { readonly nom: string; readonly commune?: string }>>;
  /** Discipline labels by the codes dossiers use. */
  readonly disciplines: Readonly<Record<string, string>>;
}

/** The project's configuration, as read from tremplin.config.json|yaml (or defaults when there is none). */
export interface ProjectConfig {
  /** The configuration file used, or null (no file: shipped packs and calendars only). */
  readonly file: string | null;
  /** The rules registry built from the packs and calendars (core `RulesRegistry`). */
  readonly rules: RulesProvider;
  /** Labels from the configuration file (the import adds its own, stored in the dossiers' events). */
  readonly libelles: Libelles;
  /** What documents print. */
  readonly documents: {
    /** The académie as documents name it (e.g. « Académie de Lyon »), when set. */
    readonly academie?: string;
    /**
     * The service that runs the jury, printed in the jury list's header. Default: the rectorat's personnel
     * division ({@link DEFAULT_SERVICE_JURY}, labelled as Tremplin's default).
     */
    readonly serviceJury: string;
  };
  /** `personnes.conservation.annees` when the académie set it. */
  readonly personnes: { readonly conservationAnnees?: number };
  /** The database the file names (`db`, absolute path or `postgres://…`); `--db` and `TREMPLIN_DB` win. */
  readonly db?: string;
}

/**
 * The service named in the jury list's header when the configuration names none: Tremplin's default, not a
 * text's.
 *
 * @remarks Arrêté du 22 août 2014 (NOR MENH1411675A), art. 4 : « Il est constitué un jury académique par corps
 * d'accès de cinq à huit membres nommés par le recteur. Le recteur ou son représentant préside le jury. » No text
 * names the service that runs it: this wording (the rectorat's personnel division) is Tremplin's choice.
 */
export const DEFAULT_SERVICE_JURY = 'Rectorat — division des personnels enseignants (DPE)';
