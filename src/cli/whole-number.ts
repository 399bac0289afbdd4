import { ParallaxError } from '../model/index.js';

/** A command-line option that must be a whole number of at least `minimum` (PX010 otherwise). */
export function wholeNumberOption(flag: string, value: string, minimum: number): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isInteger(number) || number < minimum) {
    throw new ParallaxError('PX010', `${flag} must be a whole number ≥ ${minimum}, not "${value}".`);
  }
  return number;
}
