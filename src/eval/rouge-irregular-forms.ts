/**
 * ROUGE-1.5.5's `-m` looks a word up in WordNet's exception lists (irregular forms) before
 * Porter-stemming it. We do not ship WordNet; this is a short list of the irregular verbs and
 * plurals most frequent in news, mapped to their base forms, written for this project. On DUC
 * 2004 it brings all 13 peers within 0.13 points of the published recall (without it, up to 0.52 off).
 */
export const IRREGULAR_FORMS: ReadonlyMap<string, string> = new Map(Object.entries({
  said: 'say', were: 'be', been: 'be', being: 'be', took: 'take', taken: 'take', made: 'make', came: 'come',
  went: 'go', gone: 'go', told: 'tell', held: 'hold', left: 'leave', found: 'find', gave: 'give', given: 'give',
  began: 'begin', begun: 'begin', brought: 'bring', thought: 'think', known: 'know', knew: 'know', fled: 'flee',
  sought: 'seek', children: 'child', women: 'woman', struck: 'strike', chose: 'choose', chosen: 'choose',
  fell: 'fall', fallen: 'fall', lost: 'lose', spent: 'spend', built: 'build', sent: 'send', kept: 'keep',
  felt: 'feel', stood: 'stand', shown: 'show', wrote: 'write', written: 'write', became: 'become', meant: 'mean',
  paid: 'pay', laid: 'lay', grew: 'grow', grown: 'grow', drew: 'draw', drawn: 'draw', threw: 'throw',
  thrown: 'throw', broke: 'break', broken: 'break', spoke: 'speak', spoken: 'speak', stole: 'steal',
  stolen: 'steal', bought: 'buy', caught: 'catch', taught: 'teach', fought: 'fight', heard: 'hear',
  sold: 'sell', rose: 'rise', risen: 'rise', drove: 'drive', driven: 'drive', flew: 'fly', flown: 'fly',
  seen: 'see', done: 'do', feet: 'foot', teeth: 'tooth', mice: 'mouse', lives: 'life', wives: 'wife',
  leaves: 'leaf', dealt: 'deal', wore: 'wear', worn: 'wear', swore: 'swear', sworn: 'swear', shot: 'shoot',
  slain: 'slay', hung: 'hang', lent: 'lend', bore: 'bear', borne: 'bear', forgot: 'forget',
  forgotten: 'forget', froze: 'freeze', frozen: 'freeze', hidden: 'hide', rode: 'ride', ridden: 'ride',
  sang: 'sing', sung: 'sing', sank: 'sink', sunk: 'sink', shook: 'shake', shaken: 'shake', understood: 'understand',
  withdrew: 'withdraw', withdrawn: 'withdraw', overtook: 'overtake', arose: 'arise', arisen: 'arise',
}));
