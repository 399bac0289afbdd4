import { foldAccents } from '../text/normalize.js';

// Countries, US states and continents most often named in English news. A place conflict is
// only claimed between two of one level (two countries, two states): cities, boroughs and
// neighbourhoods lie inside one another ("a judge in Brooklyn", "a judge in New York") and
// nothing here can tell which. Names that are both a country and a state ("Georgia") or a city
// and a state ("New York", "Washington") are left out. The first four lines of countries are
// alias groups (one country under several names, or a country and its parts, never told apart);
// every other name is a place of its own.
const COUNTRIES = `
united states|us|usa|america|u s|united states of america
united kingdom|uk|britain|great britain|england|scotland|wales
russia|russian federation|soviet union|ussr
china|prc|people's republic of china
afghanistan|pakistan|india|iran|iraq|syria|israel|palestine|gaza|west bank|lebanon|jordan|egypt|libya
saudi arabia|yemen|turkey|qatar|united arab emirates|uae|kuwait|bahrain|oman
france|germany|italy|spain|portugal|greece|ireland|netherlands|belgium|switzerland|austria|sweden|norway|denmark|finland|poland|ukraine|belarus|hungary|romania|serbia|croatia|bosnia|kosovo|armenia|azerbaijan
japan|south korea|north korea|korea|taiwan|vietnam|thailand|indonesia|philippines|malaysia|singapore|myanmar|burma|cambodia|bangladesh|sri lanka|nepal|australia|new zealand
canada|mexico|cuba|haiti|venezuela|colombia|brazil|argentina|chile|peru|bolivia|ecuador|nicaragua|honduras|guatemala|el salvador|panama|puerto rico
nigeria|kenya|ethiopia|somalia|sudan|south sudan|south africa|congo|zimbabwe|uganda|rwanda|mali|algeria|morocco|tunisia|ghana
`;
const CONTINENTS = 'europe|asia|africa|north america|south america|latin america|middle east|central america|caribbean|antarctica';
const STATES = `alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|west virginia|wisconsin|wyoming
`;

const ALIAS_LINES = 4;

function fold(name: string): string {
  return foldAccents(name).replace(/\./g, '').replace(/^the /, '').replace(/\s+/g, ' ').trim();
}

export type RegionLevel = 'country' | 'state' | 'continent';

const REGION_ID = new Map<string, string>();
const REGION_LEVEL = new Map<string, RegionLevel>();
COUNTRIES.trim().split('\n').forEach((line, index) => {
  const names = line.split('|');
  for (const name of names) {
    REGION_ID.set(fold(name), index < ALIAS_LINES ? fold(names[0]!) : fold(name));
    REGION_LEVEL.set(fold(name), 'country');
  }
});
for (const [list, level] of [[CONTINENTS, 'continent'], [STATES.trim(), 'state']] as const) {
  for (const name of list.split('|')) {
    REGION_ID.set(fold(name), fold(name));
    REGION_LEVEL.set(fold(name), level);
  }
}

/** The level of a listed country, US state or continent; null for any other place. */
export function regionLevel(name: string): RegionLevel | null {
  return REGION_LEVEL.get(fold(name)) ?? null;
}

/** The listed place's first name ("us", "america" → "united states"), or null when unlisted. */
export function regionId(name: string): string | null {
  return REGION_ID.get(fold(name)) ?? null;
}
