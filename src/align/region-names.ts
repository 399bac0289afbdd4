// Countries, US states and continents most often named in English news, each line one place
// under its other names. They tell a container from a city: "in Moscow" and "in Russia" are
// both true of one meeting, so a place conflict needs two places of one level. The list needs
// no completeness: an unlisted country is only compared with unlisted places that neither
// article names anywhere else.
const REGIONS = `
united states|us|usa|america|u s|united states of america
united kingdom|uk|britain|great britain|england|scotland|wales
russia|russian federation|soviet union|ussr
china|prc|people's republic of china
afghanistan|pakistan|india|iran|iraq|syria|israel|palestine|gaza|west bank|lebanon|jordan|egypt|libya
saudi arabia|yemen|turkey|qatar|united arab emirates|uae|kuwait|bahrain|oman
france|germany|italy|spain|portugal|greece|ireland|netherlands|belgium|switzerland|austria|sweden|norway|denmark|finland|poland|ukraine|belarus|hungary|romania|serbia|croatia|bosnia|kosovo|georgia|armenia|azerbaijan
japan|south korea|north korea|korea|taiwan|vietnam|thailand|indonesia|philippines|malaysia|singapore|myanmar|burma|cambodia|bangladesh|sri lanka|nepal|australia|new zealand
canada|mexico|cuba|haiti|venezuela|colombia|brazil|argentina|chile|peru|bolivia|ecuador|nicaragua|honduras|guatemala|el salvador|panama|puerto rico
nigeria|kenya|ethiopia|somalia|sudan|south sudan|south africa|congo|zimbabwe|uganda|rwanda|mali|algeria|morocco|tunisia|ghana
europe|asia|africa|north america|south america|latin america|middle east|central america|caribbean|antarctica
alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york state|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington state|west virginia|wisconsin|wyoming
`;

// The first four lines are alias groups (one place under several names, or a country and its
// parts, which are never told apart); every other line lists distinct places.
const ALIAS_LINES = 4;

function fold(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/\./g, '').replace(/^the /, '').replace(/\s+/g, ' ').trim();
}

const REGION_ID = new Map<string, string>();
REGIONS.trim().split('\n').forEach((line, index) => {
  const names = line.split('|');
  for (const name of names) REGION_ID.set(fold(name), index < ALIAS_LINES ? fold(names[0]!) : fold(name));
});

/** A country, US state or continent of the list (by any of its listed names). */
export function isRegionName(name: string): boolean {
  return REGION_ID.has(fold(name));
}

/** The listed place's first name ("us", "america" → "united states"), or null when unlisted. */
export function regionId(name: string): string | null {
  return REGION_ID.get(fold(name)) ?? null;
}
