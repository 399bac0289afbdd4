/**
 * Month names of the languages news pages print dates in, January first (two-word names joined
 * by "_"). Nominative and, where
 * the language inflects it in dates, genitive forms ("июня", "czerwca", "kesäkuuta" is matched by
 * prefix). Croatian is left out on purpose: its "listopad" is October, Polish and Czech
 * "listopad" is November, and the other languages outnumber it.
 */
const MONTHS_BY_LANGUAGE: readonly string[][] = [
  'january february march april may june july august september october november december',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre setiembre',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'januar februar märz april mai juni juli august september oktober november dezember jänner',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  'januari februari maart april mei juni juli augustus september oktober november december',
  'januari februari mars april maj juni juli augusti september oktober november december',
  'januar februar marts april maj juni juli august september oktober november december',
  'januari februari maret april mei juni juli agustus september oktober november desember',
  'ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık',
  'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
  'styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień',
  'ledna února března dubna května června července srpna září října listopadu prosince',
  'január február március április május június július augusztus szeptember október november december',
  'ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie',
  'januar februar mart april maj jun jul avgust septembar oktobar novembar decembar',
  'tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu',
  'sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio',
  'janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor',
  'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
  'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь',
  'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня',
  'януари февруари март април май юни юли август септември октомври ноември декември',
  'јануар фебруар март април мај јун јул август септембар октобар новембар децембар',
  'ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου',
  'հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի',
  'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر',
  'كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول',
  'ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر',
  'ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר',
  'जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर',
  'জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর',
  'มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม',
  'enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre',
  'gener febrer març abril maig juny juliol agost setembre octubre novembre desembre',
  'leden únor březen duben květen červen červenec srpen září říjen listopad prosinec',
  'januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra',
  'januar februar mars april mai juni juli august september oktober november desember',
  'ιανουάριος φεβρουάριος μάρτιος απρίλιος μάιος ιούνιος ιούλιος αύγουστος σεπτέμβριος οκτώβριος νοέμβριος δεκέμβριος',
].map((line) => line.split(' ').map((name) => name.replace(/_/g, ' ')));

/** Shortest abbreviation accepted ("Sep", "янв"); two letters are ambiguous ("ma", "ju"). */
const MIN_PREFIX_CHARS = 3;
/** Shortest table name that may be followed by an inflection ending ("kesäkuu" + "ta"). */
const MIN_STEM_CHARS = 4;

/** Lowercase, without diacritics (so "Febrero", "février" and "fevrier" compare alike). */
export function foldWord(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\.$/, '');
}

const EXACT = new Map<string, number>();
for (const names of MONTHS_BY_LANGUAGE) {
  names.forEach((name, index) => {
    // Extra spellings after the twelfth name (setiembre, jänner) belong to one known month.
    const month = index < 12 ? index + 1 : extraSpellingMonth(name);
    EXACT.set(foldWord(name), month);
  });
}

// English abbreviations first-hand: "mar" alone would also be the start of Finnish marraskuu.
['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].forEach((abbreviation, index) =>
  EXACT.set(abbreviation, index + 1),
);
EXACT.set('sept', 9);

function extraSpellingMonth(name: string): number {
  return name === 'setiembre' ? 9 : 1;
}

/** The month number (1–12) a word names in any known language, or null. */
export function monthFromWord(word: string): number | null {
  const folded = foldWord(word);
  const exact = EXACT.get(folded);
  if (exact !== undefined) return exact;
  if (folded.length < MIN_PREFIX_CHARS) return null;
  const candidates = new Set<number>();
  for (const [name, month] of EXACT) {
    if (name.startsWith(folded)) candidates.add(month);
    else if (name.length >= MIN_STEM_CHARS && folded.startsWith(name)) candidates.add(month);
  }
  return candidates.size === 1 ? [...candidates][0]! : null;
}
