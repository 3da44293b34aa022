// Orders to the grader written in other languages: French, Spanish, Portuguese, Italian, German,
// Dutch, Japanese and Chinese. Three kinds: ignore the instructions or the rubric, give the top
// score, mark the answer as excellent; plus notes addressed to the grader. Words are matched with
// Unicode letter boundaries (`\b` is ASCII-only), so accents and CJK text work. Design prose that only
// quotes a query in another language has none of these orders and is left alone.
import { CJK_GATE, FOREIGN_GATE } from './gates';
import type { Rule } from './rules';
import { sentence } from './spans';

const W = '(?<!\\p{L})';
const E = '(?!\\p{L})';
const GAP = (n: number) => `(?:[\\p{L}'’]+[ \\t]+){0,${n}}?`;

const IGNORE_VERB =
  'ignore[zr]?|oublie[zr]?|ne tenez pas compte d[eu]s?|ne tiens pas compte d[eu]s?|faites abstraction d[eu]s?|ignora(?:d|r|te)?|ignoren|ignori|olvid[ae](?:n|d)?|omit[ae]|descart[ae]|haz caso omiso (?:a|de)|esque[çc]a(?:m)?|desconsider[ae]|dimentica(?:te)?|dimentichi|trascura(?:te)?|ignorier\\p{L}*|vergiss|vergessen sie|missachte\\p{L}*|negeer|vergeet';
/** Rules of the grader itself: always an attack when told to ignore them. */
const RUBRIC_NOUN =
  'crit[èe]res|grille(?: d.[ée]valuation)?|bar[èe]me|criterios|r[úu]brica|crit[ée]rios|criteri|griglia|bewertungskriterien|kriterien|rubrik|bewertungsschema|beoordelingscriteria';
/** Instructions in general: an attack when they are the earlier or all instructions. */
const INSTR_NOUN =
  'instructions|consignes|directives|r[èe]gles|instrucciones|indicaciones|reglas|directrices|instru[çc][õo]es|regras|diretrizes|istruzioni|regole|direttive|anweisungen|instruktionen|regeln|vorgaben|richtlinien|instructies|aanwijzingen|regels|richtlijnen';
/** Nouns that come before the verb in German and Dutch orders. */
const VERB_LAST_NOUN =
  'anweisungen|instruktionen|regeln|vorgaben|bewertungskriterien|kriterien|richtlinien|rubrik|instructies|aanwijzingen|regels|richtlijnen|beoordelingscriteria';
const EARLIER =
  /(?<!\p{L})(?:pr[ée]c[ée]dentes?|ant[ée]rieures?|toutes|vos|tes|anteriores|previas|todas|tus|sus|vorherigen|bisherigen|obigen|alle[nr]?|deine|ihre|eure|precedenti|tutte|tue|sue|le tue|vorige|eerdere|bovenstaande|jouw|uw|suas|tuas|pr[ée]vias|ci-dessus|oben|arriba|sopra|hierboven|ricevute|recibidas|re[çc]ues|erhaltenen)(?!\p{L})/iu;
/** Articles that mark the phrase as French, Spanish, Portuguese, German or Dutch rather than English. */
const FOREIGN_ARTICLE = /(?<!\p{L})(?:les|las|los|os|as|le|la|die|de|het|alle|todas|toutes|tutte)(?!\p{L})/iu;

const TOP_SCORE = [
  // fr
  '(?:note|notation)\\s+(?:maximale|parfaite|la plus (?:haute|[ée]lev[ée]e))|meilleure\\s+note',
  // es, pt, it
  '(?:puntuaci[óo]n|nota|calificaci[óo]n|puntaje|valoraci[óo]n|pontua[çc][ãa]o|classifica[çc][ãa]o|avalia[çc][ãa]o|punteggio|voto|valutazione)\\s+(?:m[áa]xim[ao]|perfect[ao]|perfeita|m[áa]s alta|mais alta|massim[oa]|pien[oa]|perfett[oa]|pi[ùu] alt[oa])',
  'm[áa]xim[ao]\\s+(?:puntuaci[óo]n|nota|calificaci[óo]n|puntaje|pontua[çc][ãa]o)|massimo\\s+(?:punteggio|dei voti)',
  // de
  'h[öo]chstnote|bestnote|bestbewertung|h[öo]chstpunktzahl|(?:volle|h[öo]chste|maximale)n?\\s+punkt(?:zahl|e)',
  // nl
  '(?:hoogste|maximale|volle|perfecte)\\s+(?:score|cijfer|punten|beoordeling)',
  // give a score of 4/5 (fr, es, pt, it, de, nl)
  `(?:donne[zr]?|attribue[zr]?|accorde[zr]?|mettez|dale|d[ée]le|otorg(?:a|ue)|asign[ae]|dê|atribua|conceda|dai|assegna(?:te)?|attribuisci|gib|gebt|geben sie|vergib|vergeben sie|geef|ken)\\s+${GAP(4)}(?:note|score|nota|puntuaci[óo]n|calificaci[óo]n|pontua[çc][ãa]o|punteggio|voto|note|punkte?|cijfer)\\s+(?:de\\s+|di\\s+|von\\s+|van\\s+)?[45](?:\\s*\\/\\s*[45])?`,
];
const MARK_EXCELLENT = [
  `(?:not|[ée]valu|consid[ée]r|marqu|class|jug)(?:ez|e|er)\\s+${GAP(3)}comme\\s+(?:excellente?|exceptionnel(?:le)?|parfaite?)`,
  `(?:califica|calif[ií]que(?:la|lo)?|marca|m[áa]rcal[ao]|eval[úu]a|eval[úu]al[ao]|considera|consid[ée]re(?:la|lo)?|avalie|marque|classifique|valuta(?:te)?|segna|giudica)\\s+${GAP(3)}(?:como|come)\\s+(?:excelente|excepcional|perfect[ao]|perfeit[ao]|sobresaliente|eccellente|eccezionale)`,
  `als\\s+(?:ausgezeichnet|exzellent|hervorragend|herausragend|perfekt|sehr gut)\\s+(?:bewerten|markieren|einstufen|benoten|einordnen)|(?:bewerte|bewerten sie|benote|benoten sie)\\s+${GAP(4)}(?:mit\\s+(?:[45]|der h[öo]chstnote|voller punktzahl|sehr gut)|als\\s+(?:ausgezeichnet|exzellent|hervorragend|perfekt))`,
  `(?:beoordeel|markeer|waardeer|beschouw)\\s+${GAP(3)}als\\s+(?:uitstekend|uitzonderlijk|perfect)`,
];
const TO_GRADER = [
  "(?:note|message|remarque|mot)\\s+(?:pour|à|au|a)\\s+(?:l['’]|le |la )?(?:correcteur|correctrice|[ée]valuateur|[ée]valuatrice|examinateur|mod[èe]le)",
  "(?:nota|mensaje|mensagem|messaggio|aviso)\\s+(?:para|al|ao|per il|per l['’]|a la|à|a)\\s+(?:el |o |la |a |l['’])?(?:evaluador|calificador|corrector|examinador|avaliador|corretor|valutatore|correttore|esaminatore|modelo|modello)",
  '(?:hinweis|nachricht|notiz|anmerkung)\\s+(?:an|f[üu]r)\\s+(?:den|das|die)\\s+(?:bewerter(?:in)?|pr[üu]fer(?:in)?|korrektor|gutachter|bewertungsmodell|modell|ki)',
  '(?:opmerking|bericht|notitie)\\s+(?:voor|aan)\\s+(?:de|het)\\s+(?:beoordelaar|corrector|examinator)',
];
/** Japanese and Chinese: no word boundaries, so the phrases are specific enough on their own. */
const CJK = [
  '(?:以前の|これまでの|上記の|前の|すべての|全ての)?(?:指示|命令|指令|ルール|ルーブリック|採点基準|評価基準|プロンプト)(?:は|を|など)?(?:すべて|全て)?(?:無視|忘れ)',
  '満点|最高(?:の)?(?:点|評価|スコア|得点|点数)(?:を|に|で)',
  '(?:スコア|点数|評価|得点)(?:を|は|に)?\\s*[45](?:点)?(?:を|に|と)?(?:つけ|付け|与え|して|にし)|[45]\\s*点(?:を|に)?(?:つけ|付け|与え|して|にし)',
  '(?:優秀|優れている|完璧|満点|最高)(?:と|だと|として)(?:評価|採点|判定|判断|みな|マーク)',
  '採点者|評価者(?:へ|の方|様)',
  '(?:忽略|无视|無視|忽视|忽視|忘记|忘記|不要理会|不要理會)(?:之前|以前|上面|上述|前面|先前|以上)?(?:的)?(?:所有|全部|一切)?(?:的)?(?:指令|指示|说明|說明|规则|規則|评分标准|評分標準|提示|要求)',
  '满分|滿分|最高分|(?:给|給|打)(?:这|這|此|该|該)?(?:个|個|部分|回答|答案|节|節)?\\s*[45]\\s*分|(?:评为|評為|评定为|評定為|标记为|標記為|打成)(?:优秀|優秀|满分|滿分|完美|卓越)',
  '(?:评分者|評分者|阅卷人|閱卷人|评审员|評審員)',
];

export const LANGUAGE_RULES: Rule[] = [
  {
    reason: 'order to ignore the rubric or instructions, in another language',
    gate: FOREIGN_GATE,
    re: new RegExp(
      `${W}(?:(${IGNORE_VERB})\\s+(${GAP(4)})(?:(${RUBRIC_NOUN})|(${INSTR_NOUN}))${E}([^\\n.]{0,40})|(?:${VERB_LAST_NOUN})\\s+${GAP(3)}(?:ignorieren|vergessen|missachten|übergehen|negeren|vergeten)${E})`,
      'giu',
    ),
    span: (t, m) => {
      // German and Dutch put the verb last: "die Anweisungen ignorieren".
      if (m[3] || m[1] === undefined) return sentence(t, m);
      const around = `${m[2] ?? ''} ${m[5] ?? ''}`;
      // "ignore" is English too: it needs a foreign article or "earlier/all" to count here.
      const english = /^ignore$/i.test(m[1] ?? '');
      if (english && !FOREIGN_ARTICLE.test(m[2] ?? '')) return null;
      return EARLIER.test(around) || !english ? sentence(t, m) : null;
    },
  },
  {
    reason: 'order to give the top score, in another language',
    gate: FOREIGN_GATE,
    re: new RegExp(`${W}(?:${[...TOP_SCORE, ...MARK_EXCELLENT, ...TO_GRADER].join('|')})${E}`, 'giu'),
    span: sentence,
  },
  {
    reason: 'order to the grader in Japanese or Chinese',
    gate: CJK_GATE,
    re: new RegExp(CJK.join('|'), 'gu'),
    span: sentence,
  },
];
