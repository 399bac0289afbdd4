/**
 * English function words and news boilerplate verbs that carry no event identity. Removing them
 * matters most early in a stream, when the online document frequencies are still too thin to
 * push them down on their own.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(`
a about above after again against all almost also although am among an and another any are as at
be because been before being below between both but by can could did do does doing down during
each either else ever every few for from further had has have having he her here hers herself him
himself his how however i if in into is it its itself just least less like many may me might more
most much must my myself neither no nor not now of off on once only or other others our ours
ourselves out over own per perhaps rather same she should since so some such than that the their
theirs them themselves then there these they this those though through thus to too under until
up upon us very was we were what whatever when where whether which while who whom whose why will
with within without would yet you your yours yourself yourselves
said says say saying told tell tells according added adds reported reports report news new
mr mrs ms dr one two three four five six seven eight nine ten first second last next also year
years day days week weeks month months time times today yesterday tomorrow monday tuesday
wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec get got
make made take took go went going come came still back well even way people percent
`.trim().split(/\s+/));

/** Capitalized words that start sentences or name calendar days: never evidence of an entity. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  ...STOPWORDS,
  'reuters', 'ap', 'afp', 'cnn', 'bbc', 'update', 'updated', 'breaking', 'photo', 'video', 'read',
]);
