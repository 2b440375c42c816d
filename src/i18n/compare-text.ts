// A comparison in words, shared by the comparison screen and the report: signed changes, answers and
// gaps as text, and the sentence that describes the two-dataset radar.
import { NOISE_THRESHOLD, type AreaChange, type Comparison } from '../domain/comparison';
import {
  areaTitleKey,
  BANK_ID,
  bankVersionOf,
  findStatement,
  siteBankTexts,
  type AreaId,
  type Rating,
} from '../domain/question-bank';
import { siteBankOf } from '../domain/site-bank';

type Bank = { id: string; version: number };
import { ratingText, type Translate } from './score-text';

/** A change with its sign: "+0.5", "−0.3" (a true minus sign, read as "minus"), "0.0". */
export function signed(value: number, format: (value: number) => string): string {
  if (value > 0) return `+${format(value)}`;
  if (value < 0) return `\u2212${format(-value)}`;
  return format(0);
}

/**
 * The noise threshold as written in the reader's language ("0.25", "0,25"): all its decimals, with
 * the decimal separator `format` (one decimal) uses. Rounded to one decimal it would read "0.3".
 */
export const thresholdText = (format: (value: number) => string) =>
  String(NOISE_THRESHOLD).replace('.', format(0.5).charAt(1));

/**
 * A question bank in words: ours by its edition ("Momentos CX diagnosis, 2026 edition"), the site's
 * by its name and version, any other by its id and version.
 */
export const bankName = (t: Translate, bank: Bank) =>
  bank.id === BANK_ID
    ? t(`report.bankName.v${bankVersionOf(bank)}`)
    : siteBankOf(bank)
      ? `${t(`${siteBankTexts(bank)}.name`)} (${bank.id} v${bank.version})`
      : `${bank.id} v${bank.version}`;

/** An area's title in the reader's language, as `bank` words it. */
export const areaName = (t: Translate, areaId: AreaId, bank: Bank) => t(areaTitleKey(areaId, bank));

/** A statement's text in the reader's language, as `bank` words it (its id if no bank knows it). */
export function statementName(t: Translate, id: string, bank: Bank): string {
  const found = findStatement(id, bank);
  return found ? t(found.statement.textKey) : id;
}

/** A statement's answer in words, or that it was left unanswered. */
export const answerText = (t: Translate, rating: Rating | null) =>
  ratingText(t, rating ?? undefined) ?? t('compare.unanswered');

/** A score on the 1-5 scale in words, or that there is none. */
export const scoreOrNone = (t: Translate, value: number | null, format: (v: number) => string) =>
  value === null ? t('compare.notScored') : format(value);

/** A moment's gap as a number, or that it is not rated. */
export const gapText = (t: Translate, value: number | null) =>
  value === null ? t('compare.moments.unrated') : String(value);

/** An area's row: name, before, now, change, trend in words. */
export function areaRow(
  t: Translate,
  area: AreaChange,
  format: (v: number) => string,
  bank: Bank,
): string[] {
  return [
    areaName(t, area.areaId, bank),
    scoreOrNone(t, area.before, format),
    scoreOrNone(t, area.after, format),
    area.delta === null ? '–' : signed(area.delta, format),
    t(`compare.trend.${area.trend}`),
  ];
}

/** The two-dataset radar in words: every area's score before and now. */
export function radarDescription(
  t: Translate,
  comparison: Comparison,
  format: (v: number) => string,
  bank: Bank,
): string {
  return t('compare.radar.label', {
    list: comparison.areas
      .map((a) =>
        t('compare.radar.item', {
          area: areaName(t, a.areaId, bank),
          before: scoreOrNone(t, a.before, format),
          after: scoreOrNone(t, a.after, format),
        }),
      )
      .join('; '),
  });
}

/** The overall maturity before and now in one sentence. */
export function overallChange(
  t: Translate,
  comparison: Comparison,
  format: (v: number) => string,
): string {
  const { before, after, delta, trend } = comparison.overall;
  if (before === null || after === null || delta === null) return t('compare.overallNone');
  return t('compare.overall', {
    before: format(before),
    after: format(after),
    delta: signed(delta, format),
    trend: t(`compare.trend.${trend}`).toLocaleLowerCase(),
  });
}
