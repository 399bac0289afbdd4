/**
 * Word lists for telling a person's name from the words around it when no entity stage ran.
 * All lowercase; periods kept where the tokenizer keeps them ("mr.").
 */

/** Honorifics and titles written before a name, dropped from the canonical name. */
export const TITLE_WORDS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'miss', 'sir', 'prof.', 'rev.', 'sen.', 'rep.', 'gov.', 'gen.',
  'lt.', 'col.', 'capt.', 'sgt.', 'adm.', 'maj.', 'president', 'vice', 'secretary', 'minister',
  'prime', 'foreign', 'senator', 'representative', 'congressman', 'congresswoman', 'governor',
  'general', 'mayor', 'judge', 'justice', 'chancellor', 'king', 'queen', 'prince', 'princess',
  'pope', 'chairman', 'chairwoman', 'chief', 'director', 'spokesman', 'spokeswoman', 'attorney',
  'ambassador', 'commissioner', 'speaker', 'leader', 'candidate', 'nominee', 'sheriff', 'officer',
  'state', 'of', 'defense', 'former', 'deputy', 'acting', 'democratic', 'republican',
  'presidential', 'first', 'lady', 'gop', 'u.s.', 'federal', 'national', 'russian', 'american',
  'syrian', 'british', 'french', 'german', 'chinese', 'israeli', 'iranian', 'ukrainian', 'sen',
  'rep', 'gov', 'mr', 'mrs', 'ms', 'dr', 'reverend', 'coach', 'host', 'anchor', 'columnist',
  'correspondent', 'editor', 'producer', 'rabbi', 'father', 'sister', 'brother', 'cardinal',
  'bishop', 'dean', 'professor', 'detective', 'lieutenant', 'colonel', 'captain', 'sergeant',
  'admiral', 'major', 'the', 'ceo', 'executive', 'campaign', 'manager', 'press', 'house',
  'white', 'advisor', 'adviser', 'aide', 'counsel', 'special', 'senior',
]);

/** Honorifics that mark a name as a person's. */
export const PERSON_MARKERS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'miss', 'sir', 'sen.', 'rep.', 'gov.', 'gen.', 'president',
  'senator', 'governor', 'secretary', 'minister', 'mayor', 'judge', 'spokesman', 'spokeswoman',
  'congressman', 'congresswoman', 'chairman', 'chairwoman', 'ambassador', 'rev.', 'prof.',
]);

/** Words that make a capitalized sequence an organization, place, work or time, not a person. */
export const NOT_PERSON_WORDS = new Set([
  'house', 'council', 'ministry', 'department', 'network', 'news', 'party', 'committee', 'agency',
  'service', 'times', 'post', 'press', 'association', 'university', 'group', 'union',
  'organization', 'administration', 'government', 'office', 'bank', 'court', 'congress',
  'senate', 'kremlin', 'pentagon', 'commission', 'foundation', 'institute', 'company', 'corp',
  'inc', 'states', 'nations', 'york', 'korea', 'east', 'west', 'north', 'south', 'war',
  'street', 'journal', 'club', 'center', 'centre', 'fund', 'force', 'army', 'navy', 'guard',
  'police', 'board', 'airport', 'city', 'county', 'republic', 'kingdom', 'island', 'coast',
  'river', 'sea', 'ocean', 'bay', 'lake', 'park', 'hall', 'church', 'school', 'college',
  'hospital', 'square', 'avenue', 'road', 'review', 'magazine', 'television', 'radio', 'tv',
  'channel', 'media', 'exchange', 'reserve', 'democrats', 'republicans', 'conference',
  'summit', 'day', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'islamic', 'america', 'russia', 'china', 'syria', 'washington',
  'moscow', 'cnn', 'fox', 'nbc', 'abc', 'cbs', 'msnbc', 'bbc', 'reuters', 'ap', 'fbi', 'cia',
  'gop', 'nato', 'state',
]);

/** Capitalized words that open sentences and clauses without being part of a name. */
export const CAPITALIZED_FUNCTION_WORDS = new Set([
  'but', 'and', 'or', 'so', 'the', 'a', 'an', 'in', 'on', 'at', 'for', 'with', 'as', 'when',
  'while', 'after', 'before', 'still', 'yet', 'then', 'now', 'even', 'only', 'not', 'later',
  'meanwhile', 'however', 'instead', 'although', 'if', 'since', 'until', 'during', 'despite',
  'under', 'over', 'from', 'to', 'by', 'it', 'he', 'she', 'they', 'we', 'i', 'this', 'that',
  'these', 'those', 'his', 'her', 'their', 'our', 'its', 'my', 'your', 'some', 'many', 'most',
  'all', 'both', 'each', 'every', 'asked', 'beyond', 'further', 'also', 'there', 'here', 'what',
  'who', 'why', 'how', 'where', 'no', 'yes', 'one', 'about', 'like', 'according', 'unlike',
  'speaking', 'during', 'among', 'because', 'though', 'whether', 'last', 'next', 'other',
]);
