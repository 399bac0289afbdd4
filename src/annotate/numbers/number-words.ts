/** Spelled-out cardinals and their values. */
export const CARDINALS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40],
  ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['dozen', 12],
]);

/** Multipliers that scale what precedes them ("two hundred", "1.5 million"). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['bn', 1e9], ['mn', 1e6],
]);

/** Spelled-out ordinals ("the eighth time"). */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6],
  ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12],
  ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20],
  ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['hundredth', 100], ['thousandth', 1000],
]);

/**
 * Vague plurals ("dozens", "hundreds of people") as the range they commonly mean: at least two
 * of the unit and fewer than the next one up.
 */
export const VAGUE_PLURALS: ReadonlyMap<string, { low: number; high: number }> = new Map([
  ['dozens', { low: 24, high: 99 }],
  ['scores', { low: 40, high: 99 }],
  ['hundreds', { low: 200, high: 999 }],
  ['thousands', { low: 2000, high: 9999 }],
  ['millions', { low: 2e6, high: 9.99e8 }],
  ['billions', { low: 2e9, high: 9.99e11 }],
]);

/** Fractions written as words. */
export const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 0.5], ['quarter', 0.25], ['third', 1 / 3],
]);
