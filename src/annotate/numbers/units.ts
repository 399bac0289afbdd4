/** Currency signs and words, as ISO 4217 codes. */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['US$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₽', 'RUB'], ['₹', 'INR'],
]);

export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['pound', 'GBP'],
  ['pounds', 'GBP'], ['ruble', 'RUB'], ['rubles', 'RUB'], ['roubles', 'RUB'], ['yen', 'JPY'],
  ['yuan', 'CNY'], ['rupees', 'INR'], ['pesos', 'MXN'],
]);

/** Units of time, distance and weight, singular form as the unit name. */
export const MEASURE_WORDS: ReadonlyMap<string, string> = new Map([
  ['second', 'second'], ['seconds', 'second'], ['minute', 'minute'], ['minutes', 'minute'],
  ['hour', 'hour'], ['hours', 'hour'], ['day', 'day'], ['days', 'day'], ['week', 'week'],
  ['weeks', 'week'], ['month', 'month'], ['months', 'month'], ['year', 'year'], ['years', 'year'],
  ['decade', 'decade'], ['decades', 'decade'],
  ['kilometer', 'km'], ['kilometers', 'km'], ['kilometre', 'km'], ['kilometres', 'km'], ['km', 'km'],
  ['mile', 'mile'], ['miles', 'mile'], ['meter', 'm'], ['meters', 'm'], ['metre', 'm'], ['metres', 'm'],
  ['foot', 'foot'], ['feet', 'foot'], ['kilogram', 'kg'], ['kilograms', 'kg'], ['kg', 'kg'],
  ['ton', 'ton'], ['tons', 'ton'], ['tonnes', 'ton'], ['pound-weight', 'lb'],
]);

export const PERCENT_WORDS = /^(?:%|percent|per\s?cent|percentage points?)$/i;
