/**
 * Common first names with a clear gender, for pronoun agreement ("Donald Trump … he"). A short
 * list of frequent English and news names; an unknown name leaves the gender open.
 */
const MALE = `donald rex vladimir sergey sergei dmitry dmitri mike michael john james robert william
david richard joseph thomas charles george barack bill hillary jim mark paul steven steve kevin
brian edward ronald anthony jeff jeffrey ryan jason gary eric stephen andrew scott frank jack
peter boris emmanuel xi kim bashar recep benjamin angela jean pierre francois nicolas alexei
alexander ivan mohammed muhammad ahmed ali hassan omar abdul nikolai viktor yuri oleg igor
mitch chuck ted marco rand lindsey bernie joe jared sean rick tom tim matt chris dan daniel
henry harry philip tony gordon david helmut gerhard jacques silvio mario luis carlos jose juan
manuel`;

const FEMALE = `hillary angela theresa nancy elizabeth mary patricia jennifer linda barbara susan
margaret jessica sarah karen lisa nikki kellyanne ivanka melania michelle condoleezza madeleine
maria anna olga natalia tatiana elena irina marine sheryl janet christine ursula julia jacinda
sophie catherine kate diana emma laura helen ann anne jane carol sandra donna ruth sharon
dianne elizabeth kamala amy kirsten tammy susan lisa heidi claire maxine debbie`;

const FEMALE_NAMES = new Set(FEMALE.split(/\s+/));
const MALE_NAMES = new Set(MALE.split(/\s+/).filter((name) => !FEMALE_NAMES.has(name)));

/** The gender a first name suggests, if any. */
export function genderOfFirstName(name: string): 'male' | 'female' | undefined {
  const lower = name.toLowerCase();
  if (FEMALE_NAMES.has(lower)) return 'female';
  if (MALE_NAMES.has(lower)) return 'male';
  return undefined;
}
