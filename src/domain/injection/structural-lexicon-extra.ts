// More languages for the structural lexicon (structural-lexicon.ts): Czech, Indonesian/Malay, Greek,
// Hebrew, Ukrainian, Romanian, Tagalog, Thai, Vietnamese, Arabic, Swahili, Persian, Finnish, Danish,
// Norwegian and Hungarian (and more Swedish). The same five small
// lists as the other languages: who the grader is, a word for a note, a word that addresses it, grading
// talk, this very answer, and the top of the scale. Latin, Greek and Cyrillic words start at a letter
// boundary (structural-lexicon.ts adds it); Hebrew and Arabic words carry their attached prefixes
// ("ל", "ال"); Thai is written without spaces, so its words stand alone like Chinese ones.
import { list } from './rule';
import { GRADE_INDIC, GRADER_INDIC, THIS_INDIC, TOP_INDIC } from './structural-lexicon-indic';
import { GRADE_EIGHTH, GRADER_EIGHTH, THIS_EIGHTH, TOP_EIGHTH } from './structural-lexicon-eighth';
import { GRADE_NINTH, GRADER_NINTH, THIS_NINTH, TOP_NINTH } from './structural-lexicon-ninth';
export { AFTER_EIGHTH as AFTER_EXTRA } from './structural-lexicon-eighth';

/** The grader, named (words that start at a letter boundary). */
export const GRADER_EXTRA = [
  ...GRADER_INDIC,
  ...GRADER_EIGHTH,
  ...GRADER_NINTH,
  // cs, id/ms, el
  ...list('hodnotitel\\p{L}* zkoušející\\p{L}* opravující\\p{L}* penilai pemeriksa korektor\\p{L}*'),
  'hodnotící\\p{L}* systém\\p{L}*',
  'sistem penilai(?:an)?',
  ...list('βαθμολογητ\\p{L}* αξιολογητ\\p{L}* εξεταστ\\p{L}*'),
  // he, uk, ro, tl
  '(?:ל|ה|לה|ול)?(?:מעריך|בודק|בוחן)\\p{L}*',
  'מערכת (?:ה)?(?:הערכה|ציון|ציונים|בדיקה)',
  ...list('оцінювач\\p{L}* перевіряюч\\p{L}* екзаменатор\\p{L}*'),
  ...list('evaluatorul\\p{L}* corectorul\\p{L}* examinatorul\\p{L}*'),
  'sistemul de (?:evaluare|notare)',
  ...list('tagasuri tagapagsuri tagamarka nagmamarka'),
  // vi, ar, sw
  '(?:hệ thống|người) (?:chấm(?: điểm| bài)?|đánh giá)',
  'giám khảo',
  '(?:ل|وال|ال|لل)?(?:مقي\u0651?م|مصحح|ممتحن)\\p{L}*',
  'نظام (?:التقييم|التصحيح)',
  ...list('mtathmini wakaguzi mkaguzi msahihishaji'),
  'mfumo wa (?:kutathmini|kusahihisha|alama|tathmini)',
  // fa, fi, da/no, hu, sv
  ...list('ارزیاب\\p{L}* arvioija\\p{L}* tarkastaja\\p{L}* bedømmer\\p{L}* vurderer\\p{L}*'),
  ...list('értékelő\\p{L}* javító\\p{L}* vizsgáztató\\p{L}* bedömning\\p{L}*system\\p{L}* bedömare\\p{L}*'),
  // Whoever grades, as a relative clause: sv/da/no, de, nl, fr, es/pt, it, pl, ru, el.
  '(?:den|det) som (?:bedömer|rättar|betygsätter|granskar|vurderer|bedømmer|retter)',
  '(?:wer|derjenige,? der|diejenige,? die) (?:\\p{L}+ )?(?:bewertet|korrigiert|benotet)',
  'wie (?:dit |het )?(?:beoordeelt|nakijkt|corrigeert)',
  '(?:celui|celle|la personne|quiconque) (?:ou celle )?qui (?:corrige|[ée]value|note)',
  '(?:la persona|el) que (?:califica|corrige|eval[úu]a)',
  '(?:quien|quem) (?:califique|califica|eval[úu]e|corrija|avalia|avalie|corrige)',
  'chi (?:valuta|corregge)',
  'kto (?:ocenia|sprawdza)',
  'кто (?:оценивает|проверяет)',
  'όποι\\p{L}* (?:αξιολογεί|βαθμολογεί|διορθώνει)',
  // ro, uk: "cel care corectează", "тому, хто перевіряє".
  'ce(?:l|a|lui|lei) care (?:corecteaz[ăa]|evalueaz[ăa]|noteaz[ăa]|puncteaz[ăa]|verific[ăa])',
  'хто (?:перевіряє|оцінює)',
  // The model, described by what it does: "модель, которая оценивает", "the model that grades".
  '(?:model\\p{L}*|модел\\p{L}*|модел\\p{L}*),? (?:that|which|котор\\p{L}*|як\\p{L}*) (?:grades|scores|оценива\\p{L}*|оцінює)',
];
/** Graders named in scripts without spaces (Thai). */
export const GRADER_NO_SPACE = [
  // ja, zh, ko: the grader named by what it does ("評価AI", "评估模型", "평가 모델").
  '評価(?:AI|モデル|システム|者)',
  '评估(?:AI|模型|系统|系統)',
  '평가\\s?(?:AI|모델|시스템)',
  'ผู้ตรวจ(?:ข้อสอบ)?',
  'ผู้ให้คะแนน',
  'ผู้ประเมิน',
  'ระบบ(?:ให้คะแนน|ประเมิน|ตรวจ)',
];

/** A word for a note. */
export const NOTE_EXTRA = [
  'ข้อความ',
  ...list('poznámka zpráva catatan pesan σημείωση μήνυμα הערה הודעה примітка повідомлення notă nota mesaj'),
  ...list('paalala tala mensahe ملاحظة رسالة تنبيه ujumbe kumbuka taarifa'),
  ...['lưu ý', 'ghi chú', 'thông báo', 'หมายเหตุ'],
  ...list('یادداشت پیام huomautus huom viesti bemærkning besked merknad notat megjegyzés üzenet'),
];
/** A word that addresses the grader before it is named. */
export const TO_EXTRA = [
  ...list('pro untuk kepada προς για στον στην אל pentru către ke kwa إلى الى gửi'),
  ...['para sa', 'kính gửi', 'dành cho', 'ถึง', 'เรียน'],
  ...list('برای til'),
];
/** Grading talk. */
export const GRADE_EXTRA = [
  ...GRADE_INDIC,
  ...GRADE_EIGHTH,
  ...GRADE_NINTH,
  ...list(
    'hodnocení body bodů známk\\p{L}* nilai skor poin βαθμ\\p{L}* ציון הציון ציונים бал\\p{L}* оцінк\\p{L}*',
  ),
  ...list('punctaj\\p{L}* notare marka iskor grado điểm (?:ال)?درجة (?:ال)?علامة (?:ال)?تقييم alama daraja'),
  '(?:ל|ה|ב|לה)?ציו(?:ן|נים)',
  ...list(
    'نمره pistee\\p{L}* pisteet arvosan\\p{L}* karakter\\p{L}* poeng pont\\p{L}* jegy\\p{L}* értékelés',
  ),
];
export const GRADE_NO_SPACE = ['คะแนน'];
/** This very answer. */
export const THIS_EXTRA = [
  ...THIS_INDIC,
  ...THIS_EIGHTH,
  ...THIS_NINTH,
  't(?:at[ouo]|éto|uto|ento|omto|éhle) (?:sekc\\p{L}*|odpověď\\p{L}*|část\\p{L}*)',
  '(?:bagian|jawaban) ini',
  'αυτ[ήη]\\p{L}* (?:η |την )?(?:ενότητα|απάντηση)',
  '(?:η |την )?(?:ενότητα|απάντηση) αυτ[ήη]',
  '(?:ה)?חלק (?:ה)?זה',
  '(?:סעיף זה|הסעיף הזה|תשובה זו|התשובה הזאת)',
  'ц\\p{L}* (?:розділ|відповід|частин)\\p{L}*',
  '(?:aceast[ăa] (?:sec[țţt]iune|parte)|acest r[ăa]spuns)',
  '(?:seksyong|sagot na|bahaging) ito',
  '(?:phần|câu trả lời) này',
  '(?:هذا القسم|هذه الإجابة|هذا الجواب|هذا الجزء)',
  '(?:sehemu|jibu) (?:hii|hili)',
  'این (?:بخش|پاسخ)',
  't(?:ämä|älle|ässä|ämän|ähän) (?:osio\\p{L}*|vastau\\p{L}*|kohta\\p{L}*|kohda\\p{L}*)',
  'dette (?:afsnit|svar|avsnitt)',
  'ez a (?:rész|válasz|szakasz)',
];
export const THIS_NO_SPACE = ['ส่วนนี้', 'คำตอบนี้'];
/** The top of the scale. */
export const TOP_EXTRA = [
  ...TOP_INDIC,
  ...TOP_EIGHTH,
  ...TOP_NINTH,
  ...list('maximální\\p{L}* nejvyšší\\p{L}* maksimal tertinggi sempurna μέγιστ\\p{L}* άριστα ανώτατ\\p{L}*'),
  ...['plný počet bodů', 'nilai penuh', '(?:ה)?ציון (?:ה)?מלא', 'המרבי', 'מקסימלי', 'הגבוה ביותר'],
  // A grade word and a top number: "βαθμό 4", "ציון 4", "nilai 4".
  '(?:βαθμ\\p{L}*|ציון|nilai|puan\\p{L}*|po[äa]ng|pisteet?|bod\\p{L}*) [45](?![\\d.,/%])',
  ...list('максимальн\\p{L}* найвищ\\p{L}* maxim\\p{L}* pinakamataas perpekto'),
  ...list(
    'حداکثر täydet täysi\\p{L}* korkein\\p{L}* maksimi\\p{L}* topkarakter højeste høyeste maximális legmagasabb',
  ),
  ...['نمره کامل', 'full pott', 'teljes pontszám'],
  ...[
    'buong marka',
    'tối đa',
    'cao nhất',
    'tuyệt đối',
    'الكاملة',
    'أعلى درجة',
    'القصوى',
    'kamili',
    'juu kabisa',
  ],
  // ro, el: "nota cea mai mare", "τον πιο υψηλό βαθμό".
  ...['cea mai mare', 'cel mai mare', 'πιο υψηλ\\p{L}*', 'υψηλότερ\\p{L}*'],
];
export const TOP_NO_SPACE = ['คะแนนเต็ม', 'คะแนนสูงสุด', 'เต็ม\\s*[45]'];
