/**
 * The RGPD articles the register of persons rests on, cited by its refusals.
 *
 * @packageDocumentation
 */
import type { SourceRef } from '../errors.js';

const RGPD =
  'Règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016 relatif à la protection des personnes physiques à l’égard du traitement des données à caractère personnel (RGPD)';

function article(numero: string): SourceRef {
  return {
    texte: RGPD,
    article: numero,
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    nature: 'officielle',
  };
}

/**
 * The RGPD articles cited by the register of persons.
 *
 * @category Workflow
 */
export const rgpd = {
  /** Right to rectification. */
  article16: article('art. 16'),
  /** Right to erasure. */
  article17: article('art. 17'),
  /** No erasure while processing is necessary for compliance with a legal obligation. */
  article17Paragraphe3: article('art. 17 § 3 b)'),
  /** Storage limitation. */
  article5Paragraphe1e: article('art. 5 § 1 e)'),
} as const;
