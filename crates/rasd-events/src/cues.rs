//! Lexicons of the event extractor, as regexes over normalised text (see
//! [`crate::view`]). Each list is general Arabic news vocabulary, not tuned to
//! particular articles.

use crate::view::{lex, normalize_arabic, View, PRE};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use once_cell::sync::Lazy;
use regex::Regex;
use std::collections::HashMap;

/// `\b` + optional proclitics + one of the `|`-separated words + `\b`.
fn w(words: &str) -> String {
    format!(r"\b{PRE}(?:{words})\b")
}

fn re(words: &str) -> Regex {
    lex(&w(words))
}

/// A cue: a lexicon regex with a slot in [`CUE_SET`], so that a
/// [`crate::view::View`] answers "does cue X occur?" for all cues from one
/// scan of its text. Derefs to its [`Regex`] for positions.
#[derive(Debug)]
pub struct Cue {
    /// Index of the cue in [`LITERALS`] answers (and in [`all_cues`] order,
    /// then the [`WEAPONS`]).
    pub id: usize,
    re: Regex,
    /// `true` when the cue is a plain word list, answered by [`LITERALS`].
    pub literal: bool,
}

impl std::ops::Deref for Cue {
    type Target = Regex;
    fn deref(&self) -> &Regex {
        &self.re
    }
}

macro_rules! cue_table {
    ($( $(#[$m:meta])* $name:ident = $kind:ident($pat:expr); )*) => {
        /// Source patterns of every cue, in [`Cue::id`] order.
        fn cue_patterns() -> Vec<String> {
            vec![$( cue_table!(@pat $kind $pat) ),*]
        }
        /// The word lists of the literal cues: (cue id, words).
        fn literal_words() -> Vec<(usize, &'static str, bool)> {
            let mut v = Vec::new();
            $( if cue_table!(@lit $kind $pat) {
                v.push((CueId::$name as usize, $pat, cue_table!(@pre $kind)));
            } )*
            v
        }
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        enum CueId { $($name),* }
        /// Every named cue (not the weapons), in id order.
        pub fn all_cues() -> Vec<&'static Cue> {
            vec![$( &*$name ),*]
        }
        $(
            $(#[$m])*
            pub static $name: Lazy<Cue> = Lazy::new(|| {
                let literal = cue_table!(@lit $kind $pat);
                Cue { id: CueId::$name as usize, re: lex(&cue_table!(@pat $kind $pat)), literal }
            });
        )*
    };
    (@pat words $pat:expr) => { w($pat) };
    (@pat raw $pat:expr) => { String::from($pat) };
    (@pat exact $pat:expr) => { format!(r"\b(?:{})\b", $pat) };
    (@lit words $pat:expr) => { is_literal($pat) };
    (@lit exact $pat:expr) => { is_literal($pat) };
    (@lit raw $pat:expr) => { false };
    (@pre words) => { true };
    (@pre exact) => { false };
    (@pre raw) => { false };
}

cue_table! {
// ---- event triggers -------------------------------------------------------
SUICIDE = words("انتحاري|انتحاريه|انتحاريا|انتحاريين|انتحارية|الانتحاري|حزام ناسف|احزمه ناسفه|فجر نفسه|فجرت نفسها|انغماسي|انغماسيين");
/// "فجّر رجل يرتدي حزاماً نفسه": the bomber named between the verb and
/// "himself".
SELF_DETONATE = raw(r"(?:^|[ ])[وف]?(?:فجر|فجرت)(?: [^ ]+){1,4} (?:نفسه|نفسها)(?:[ ]|$)");
/// A death of wounds: "توفي متأثرا بجراح أصيب بها"، "استشهد متأثرا بإصابته".
DIED_OF_WOUNDS = raw(r"\bمتاثر(?:ا|ه|ين|ون)? ب(?:ال)?(?:جروح|جراح|اصاب)");
/// Fire opened, the shooters named between: "فتح عناصر من حزب العمال
/// الكردستاني النار على قافلة عسكرية".
OPEN_FIRE = raw(r"\b[وف]?(?:فتح|فتحت|فتحوا)\b(?: [^ ]+){0,6} (?:النار|نيرانهم|نيرانها|النيران)\b");
/// A suicide attack denied: "نتج عن متفجرات وليس عن هجوم انتحاري".
NOT_SUICIDE = raw(r"\b[وف]?(?:ليس|لم يكن|لا|دون) (?:عن |عبر |ب|نتيجه )?(?:هجوم |تفجير |عمليه |انفجار )?(?:انتحاري|انتحاريه|انتحاريا)\b");
VBIED = words("سياره مفخخه|سيارات مفخخه|سياره ملغومه|شاحنه مفخخه|محمله بالمتفجرات|دراجه ناريه مفخخه");
GRENADE = words("قنبله يدويه|قنابل يدويه|رمانه يدويه|القى قنبله|القوا قنبله|القاء قنبله|القيت قنبله|رمى قنبله|رموا قنبله");
/// (Not the bare "فجر": far more often "dawn" — "فجر اليوم", "صلاة الفجر" —
/// than "he detonated".)
IED = words("عبوه ناسفه|عبوات ناسفه|عبوه|عبوات|لغم|لغما|لغمين|الغام|قنبله على الطريق|فجر قنبله|فجروا قنبله|فجرت قنبله|تفجير قنبله|قنبله على جانب الطريق|قنابل على جانب الطريق|قنبله مزروعه|قنبله بدائيه|قنابل بدائيه|قنبله محليه الصنع|زرع قنبله|زرعوا قنبله|ناسفه|متفجرات|تفجير|تفجيرين|تفجيرات|انفجار|انفجارين|انفجارات|انفجرت|انفجر|فجرها|فجروا|يفجرون|مفخخ|مفخخه");
AIR = words("البراميل المتفجره|براميل متفجره|برميل متفجر|برميلا متفجرا|قصفت طائرات|قصفت طائره|شنت طائرات|شنت طائره|اغارت طائرات|طائرات حربيه تابعه|طائرات تابعه|غاره|غارات|غارتين|ضربه جويه|ضربات جويه|ضربتين جويتين|شنت ضربات|نفذت ضربات|نفذ ضربات|شنت ضربه|نفذت ضربه|نفذ ضربه|ضربات استهدفت|ضربه استهدفت|قصف جوي|القصف الجوي|طائره مسيره|طائرات مسيره|مسيره مفخخه|طائره بدون طيار|طائرات بدون طيار|درون");
/// Aircraft named without a strike: a strike only with a strike word or harm.
AIR_WEAK = words("الطيران|سلاح الجو|مقاتلات|طائراتها|طائراته|مقاتلاتها|مقاتلاته|طائرات حربيه|طائره حربيه|الطيران الحربي|طيران التحالف|الطيران الروسي|الطيران السوري");
/// Courts and charges: a crime told as a case, a charge or a sentence is not
/// an event report.
LEGAL = words("المتهمين|المتهمون|متهمين|متهمون|وجهت الاتهام|وجه الاتهام|بتهمه|تهمه|التهمه|بتهم|قضيه|القضيه|محاكمه|المحاكمه|المحكمه|محكمه|الدعوى|دعوى|القانون|يعاقب|العقوبه|بالسجن|حكم بالسجن|حكما بالسجن|لائحه اتهام|فضائح|فضيحه|هيئه محلفين");
/// A sentence without the article, and without "ب" before it: "بعقوبه" is
/// the city of Baqubah far more often than "with a punishment" (told with
/// the court or the prison term anyway).
PUNISHMENT = exact("عقوبه|وعقوبه|لعقوبه|عقوبته|عقوبتها|عقوبتهم");
/// Figurative or civil uses of violent words: elections "battles",
/// diplomatic "protests", civil aviation, price "wars".
FIGURATIVE = words("الطعن في|الطعن على|للطعن في|للطعن على|بالطعن في|بالطعن على|الطعون|المسالخ|مسالخ|المسلخ|الاضاحي|اضاحي|الذبائح|ذبائح|المذبوحات|تظاهره ثقافيه|تظاهره فنيه|تظاهره رياضيه|تظاهره احتفاليه|تظاهره اجتماعيه|تظاهره سينمائيه|تظاهره علميه|تظاهره سياحيه|تظاهره اقتصاديه|التظاهره الثقافيه|التظاهره الفنيه|التظاهره الرياضيه|المعركه الانتخابيه|معركه انتخابيه|معركه سياسيه|المعركه السياسيه|معركه قضائيه|مذكره احتجاج|احتجاج رسمي|احتجاجا رسميا|رساله احتجاج|الطيران المدني|شركه طيران|شركات الطيران|خطوط الطيران|رحلات الطيران|حركه الطيران|قطاع الطيران|هيئه الطيران|معرض الطيران|الانفجار السكاني|انفجار سكاني|قنبله موقوته|حرب الاسعار|الحرب التجاريه|حرب تجاريه|القصف الاعلامي|الاغتيال المعنوي|اغتيال الشخصيه|فجر مفاجاه|فجرت مفاجاه|يفجر مفاجاه|تفجر مفاجاه|مفاجاه مدويه|قنبله الموسم|قنبله الكوميديا|تفجير الابداع|تفجير الطاقات|تفجير المواهب|منحوته|منحوتات|قطعه فنيه|قطع فنيه|الفنان التشكيلي|الفنانه التشكيليه|معرض فني|المعرض الفني|تطحن|يطحن|طحن الحبوب|حبوب البن|الشعر الجاهلي|شعره|اشعاره|النقد الادبي|قابله للانفجار|قابل للانفجار|مرشحه للانفجار|مرشح للانفجار|انتاج الصواريخ|برنامج الصواريخ|البرنامج الصاروخي|برنامجها الصاروخي|تطوير الصواريخ|طائرات شحن|طائره شحن|صناعات الطيران|صناعه الطيران|معركه دبلوماسيه|معركه قانونيه|معركه اقتصاديه|معركه تجاريه|قنبله نوويه|القنبله النوويه|قنابل نوويه|القنابل النوويه|قنبله ذريه|القنبله الذريه|القنابل الذريه|السلاح النووي|الاسلحه النوويه|اسلحه نوويه|حظر الاسلحه|حظر السلاح|الحظر المفروض على الاسلحه|قتل الذات|متعطشين للدماء|متعطشون للدماء");
SHELL = words("هجوم صاروخي|هجوما صاروخيا|هجمات صاروخيه|ضربه صاروخيه|ضربات صاروخيه|قصف صاروخي|صاروخ|صواريخ|صاروخا|صاروخين|صاروخان|قذيفه|قذائف|قذيفتين|هاون|مدفعي|مدفعيه|المدفعيه|مقذوف|مقذوفا|مقذوفين|مقذوفات|قصف|قصفت|قصفا|كاتيوشا|غراد|راجمات|راجمه|باليستي|باليستيا|بالستي|بالستيا");
CLASH = words("اشتباك|اشتباكا|اشتباكات|اشتبكت|اشتبك|معارك|معركه|اقتتال|مواجهات مسلحه|هجوم مسلح|تبادل لاطلاق النار|تبادل اطلاق النار|تبادل اطلاق نار|تبادل لاطلاق نار|تبادلوا اطلاق النار");
/// An attack repelled: there was fighting ("صدت القوات هجوما", "تصدت لمحاولة تسلل").
REPEL = raw(r"\b[وف]?(?:صدت|صد|صدوا|تصدت|تصدى|تصدوا|افشلت|افشل)\b(?: [^ ]+){0,5} (?:ل?هجوما|ل?هجوم|ل?الهجوم|ل?هجمات|ل?محاوله تسلل|ل?محاولات تسلل|ل?زحف)\b|\b[وف]?(?:صد|التصدي ل|افشال) ?(?:هجوم|الهجوم)\b|\b(?:هجوم|هجوما|الهجوم) (?:فاشل|فاشلا|الفاشل)\b");
/// An attack foiled ("أحبطت القوات هجوما للمسلحين"): a battle when the attackers are named.
FOIL = raw(r"\b[وف]?(?:احبطت|احبط|احبطوا)\b(?: [^ ]+){0,5} (?:هجوما|هجوم|الهجوم|هجمات|محاوله تسلل|محاولات تسلل)\b|\b[وف]?احباط (?:هجوم|الهجوم)\b");
/// A drill: what is fought there is simulated ("مناورات للتصدي لهجوم جوي").
EXERCISE = words("مناورات|مناوره|تدريبات عسكريه|تمرين عسكري|تمرينات|محاكاه");
SHOOTING = words("برصاص|بالرصاص|رصاص|الرصاصه|رصاصه|اطلاق نار|اطلاق النار|لاطلاق نار|لاطلاق النار|اطلقوا النار|اطلق النار|اطلقت النار|طلق ناري|طلقات ناريه|طلقات|اغتيال|اغتيل|اغتالوا|اغتال|طعن|طعنا|ذبح|ذبحا|اعدام|اعدم|اعدمت|رميا بالرصاص|بالسلاح الابيض");
KILL = words("قتل|قتلت|قتلوا|قتلا|مقتل|مصرع|مصرعه|مصرعها|مصرعهم|مصرعهما|حتفه|حتفها|حتفهم|حتفهما|قتلى|قتيل|قتيلا|قتيلين|ضحايا|ضحيه|استشهاد|استشهد|استشهدوا|استشهدت|استشهدا|شهيد|شهداء|الشهيد|توفي|وفاه");
INJURE = words("اصيب|اصيبت|اصيبوا|اصيبا|جرحوا|جرحا|اصابه|اصابات|اصابت|اصاب|جرح|جرحى|جريح|جريحا|جرحت|مصاب|مصابين|مصابا|جروح|بجروح|بجراح");
ABDUCT = words("اختطاف|اختطف|اختطفت|اختطفوا|خطف|خطفت|خطفوا|مخطوف|مخطوفين|رهائن|اختفاء قسري");
/// "Snatched" what is not a person: the win, the limelight, hearts, a bag.
SNATCH = raw(r"(?:^|[ ])[وف]?[بل]?(?:اختطف|خطف)[^ ]* (?:[^ ]+ ){0,5}(?:الفوز|فوزا|الانظار|انظار|الاضواء|الالباب|الباب|قلوب|القلوب|الانتباه|الاهتمام|اللقب|لقب|الصداره|النقاط|نقطه|التعادل|هدف|هدفا|حقيبه|حقيبتها|حقيبته|هاتفها|هاتفه|الميداليه|ميداليه|الكاس|البطوله|جائزه|الجائزه|جوائز|الجوائز|الاوسكار|متسابق|المتسابق|متسابقه|المتسابقه|المتسابقين|انفاس|الانفاس|النجوميه|الصفقات|الصفقه|صفقه|صفقات)(?:[ ]|$)");
/// Rape and sexual assault. Bare "تحرش" is not here: it is mostly street
/// harassment (a crime, not ACLED's political violence) or, of armies,
/// "provocation".
SEXUAL = words("اغتصاب|اغتصب|اغتصبت|اغتصبوا|اعتداء جنسي|اعتداء الجنسي|اعتداءات جنسيه|اعتداءات الجنسيه|تحرش جنسي|تحرش الجنسي|عنف جنسي|عنف الجنسي");
/// Sexual violence as a topic, not an event: "the spread of the
/// phenomenon of", "concern about", campaigns against it.
SEXUAL_TOPIC = words("ظاهره|انتشار|قلق|مكافحه|حمايه|التوعيه|توعيه|metoo|هوليوود|الهوليوودي|هوليوودي|المنتج السينمائي|المنتج الهوليوودي|جوائز الاوسكار|الاوسكار");
/// Film and drama: a plot, a role, a screening is not news of an event.
/// (Not the bare "مسلسل", which is also "a series of" bombings; not
/// "فيلما", as in a group's film of an execution.)
FICTION = words("فيلم|افلام|مسلسلات|المسلسل التلفزيوني|مسلسل تلفزيوني|مسلسل درامي|احداث المسلسل|حلقات المسلسل|بطوله مسلسل|تدور احداثه|تدور احداثها|تاديتها دور|اداء دور|ادائه دور|ادائها دور|دور البطوله|بطوله الفيلم|فيلمين|الفيلمين|الروائي|الروائيه|احداث الروايه|قصيده|القصيده|قصيدته|مسرحيه|احداث العمل|تدور احداث|لجنه التحكيم");
PROTEST = words("تظاهره|تظاهرات|مظاهره|مظاهرات|احتجاج|احتجاجات|احتجاجيه|احتجاجي|محتجين|محتجون|المحتجين|متظاهرين|متظاهرون|المتظاهرين|المتظاهرون|اعتصام|اعتصامات|معتصمين|وقفه احتجاجيه|مسيره احتجاجيه|مسيرات احتجاجيه|مسيرات العوده|مسيره العوده|تظاهر|تظاهروا|احتج|احتجوا|مسيرات سلميه|مسيره سلميه|اضراب");
RIOT = words("مواجهات|اعمال شغب|اعمال الشغب|اثاره الشغب|مثيري الشغب|مثيري شغب|رشق|رشقوا|الحجاره|حجاره|زجاجات حارقه|اضرموا النار|اشتباكات مع|عنيفه|عنيف|صدامات");
ARREST = words("اعتقال|اعتقل|اعتقلت|اعتقلوا|اعتقالات|القبض|القي القبض|القت القبض|قبض|توقيف|اوقفت|اوقف|احتجاز|احتجزت|احتجز");
/// Who is arrested, or who arrests: suspects, wanted men, cells, activists; security agencies.
ARREST_CONTEXT = words("مشتبه|مشتبها|المشتبه|متهم|متهما|متهمين|مطلوب|مطلوبا|مطلوبين|خليه|عناصر|عنصرا|شخص|شخصا|اشخاص|شاب|شابا|شبان|ناشط|ناشطا|ناشطين|صحفي|صحفيا|معارض|معارضين|قيادي|قياديا|ارهابي|ارهابيين|مهرب|مهربين|الامن|الداخليه|النيابه|الشرطه|الاجهزه الامنيه|السلطات");
INTERCEPT = words("(?:النار|صاروخ|صاروخا|صواريخ|باتريوت) على (?:طائره|مسيره|طائرات)|(?:اسقط|اسقطت|اسقطوا)(?: [^ ]+){1,6} (?:طائره|مسيره|درون)|اعتراض|اعتراضه|اعتراضها|اعترض|اعترضت|اعتراضهما|اعتراضهم|اسقاط (?:صاروخ|طائره|مسيره|طائرات)|اسقطت (?:صاروخا|طائره|مسيره)|تفكيك|فكك|فككت|ابطال|ابطلت|(?:دمرت|دمر|تدمير) (?:صاروخا|صاروخ|الصاروخ|طائره|مسيره|زورقا|زورق)|تفجيرها عن بعد|تمكنت من تفجيرها|عثرت عليها|عثر عليها|عثرت على|ضبط عبوه|ضبطت عبوه");
AGREEMENT = words("اتفاق|اتفاقا|اتفاقيه|اتفقت|اتفقتا|اتفقوا|اتفق|مصالحه|تفاهم|تفاهمات|هدنه");
/// Agreements that only conflict actors make: truces, ceasefires, exchanges.
CEASEFIRE = words("وقف اطلاق النار|وقف لاطلاق النار|وقفا لاطلاق النار|صفقه تبادل الاسرى|تبادل الاسرى|تبادل اسرى|اتفاق سلام|اتفاق السلام");
/// Money and trade: an "agreement" or a "truce" here is not ACLED's.
/// Agreeing on an opinion ("they agreed that ..."), and the nuclear deal of
/// states: not an agreement between conflict actors.
/// (An opinion is "على أنّ" with a noun or pronoun: "agreed that the work
/// is noble"; an arrangement is "على أنْ" with a verb: "agreed that the
/// forces withdraw", which stays an agreement.)
AGREE_THAT = raw(r"(?:^|[ ])[وف]?(?:اتفق|اتفقت|اتفقوا|اتفقا|اتفقتا|يتفق|تتفق|يتفقون)(?: [^ ]+){0,6} على (?:انه|انها|انهم|ان ال[^ ]+|ان هذا|ان هذه|ان هناك)(?:[ ]|$)|الاتفاق النووي|الاتفاق الذري|الاتفاقيه النوويه|النووي الايراني");
ECONOMIC = words("اقتصادي|اقتصاديه|الاقتصادي|تجاري|تجاريه|التجاري|التجاريه|استثمار|استثمارات|استثماري|مليار|مليارات|مليون|ملايين|ريال|دولار|يورو|شركه|شركات|عقود|عقد|مذكره تفاهم|مذكرات تفاهم|الاسهم|اسهم|النفط|البورصه|السوق|الاسواق|الرسوم الجمركيه|صادرات|واردات|تعاون");
LOOT = words("نهب|نهبوا|سلب|سرقه|احراق|احرقوا|اضرام النار|هدم|هدمت|جرف|جرفت|تدمير منازل|تخريب");
/// A building or farm structure demolished, bulldozed or blown up by an
/// actor: a finite verb ("هدمت", "تهدم", "جرفت", "نسفت") or "شرعت/قامت
/// بهدم", then within twelve words (the subject and a date may come
/// between) the thing pulled down. The bare masdar
/// ("سياسة هدم المنازل", "إخطار بهدم منزله") is a policy or a notice, not a
/// demolition, and does not match.
DEMOLISH = raw(r"(?:^|[ ])[وف]?(?:(?:هدمت|هدموا|هدمتا|تهدم|يهدم|يهدمون|جرفت|جرفوا|تجرف|نسفت|نسفوا|تنسف)|(?:شرعت|شرع|شرعوا|قامت|قام|قاموا|بدات|بدا|اقدمت|اقدم|اقدموا) ب(?:هدم|تجريف|نسف))(?: [^ ]+){0,12} (?:ال)?(?:منزل|منزلا|منزله|منزلها|منزلين|منزلي|منازل|مسكن|مسكنا|مساكن|بيت|بيتا|بيوت|بنايه|بنايتين|مبنى|مبنيين|مباني|منشاه|منشاتين|منشات|خيمه|خيمتين|خيام|بركس|بركسات|غرفه|غرفتين|غرف|حظيره|حظائر|محل|محلين|محلات|مسجد|مسجدا|جدار|سور|بئر|ابار|اراضي|ارض|اراض)(?:[ ]|$)");
/// Homes: what people live in ("منزل المواطن", "خيام البدو"); not a bare
/// "بيت", which opens place names ("بيت لحم").
DWELLING = words("منزل|منزلا|منزله|منزلها|منزلين|منازل|المنزل|المنازل|مسكن|مسكنا|مساكن|بيتا|بيوت|خيمه سكنيه|خيام|عائله|عائلات|العائلات|مواطن|المواطن|المواطنين");
/// Taking a place: "seized control of", "stormed and held".
SEIZE = words("سيطر|سيطرت|سيطروا|استولى|استولت|استولوا|اجتاح|اجتاحت|اجتاحوا|احكم|احكمت|احكموا|بسط|بسطت|بسطوا|انتزع|انتزعت|انتزعوا");
/// Taking a place back: "regained", "liberated", "drove out".
REGAIN = words("استعاد|استعادت|استعادوا|حرر|حررت|حرروا|طردت|طردوا|دحرت|دحروا");
/// Withdrawing from a place, or handing a place over ("سلمتها المعبر").
HANDOVER = raw(r"\b(?:و|ف)?(?:ال)?(?:انسحب|انسحبت|انسحبوا|انسحاب|اخلاء|اخلت|اخلى)\b|\b(?:و|ف)?(?:سلم|سلمت|سلموا|تسليم|تسلم|تسلمت|تسلموا)(?:ها|ه|هم)?\b(?: [^ ]+){0,3} (?:ال)?(?:مواقع|موقع|مناطق|منطقه|مدينه|بلده|قريه|حي|معبر|مطار|قاعده|مقرات|مقر|نقاط|ريف|السيطره)\b");
/// State forces named by a common noun (people and units, not facilities).
STATE_FORCES = words("جنود|جندي|عسكريين|ضباط|قوات|القوات|الجيش|جيش|الشرطه|شرطه|عناصر الامن|رجال الامن|افراد الامن|القوات الحكوميه|القوات الامنيه|الحشد|دوريه|وحدات");
/// Armed groups named by a common noun ("فصائل", "مسلحي", "ميليشيات").
ARMED_GROUP = words("فصائل|فصيل|ميليشيا|ميليشيات|مليشيا|مليشيات|مسلحي|مقاتلي|مقاتلين|مقاتلون|تنظيم|كتائب|لواء|المعارضه المسلحه|جماعه مسلحه|الجماعات المسلحه");
/// Places that change hands: positions, towns, crossings, bases.
TERRAIN = words("مواقع|موقع|مواقعها|مواقعه|مواقعهم|مناطق|منطقه|مدينه|مدن|بلده|بلدات|قريه|قرى|حي|احياء|معبر|مطار|قاعده|مقرات|مقر|نقاط|نقطه|ريف|جبهه|محور|تله|تلال|جبل|سد|حقل|حقول|طريق|الطريق الدولي|ميناء|بلدتي|قريتي|مدينتي");
/// Without fighting: the transfer was not violent.
NO_FIGHT = words("دون قتال|دون معارك|دون مقاومه|دون اي مقاومه|دون اشتباكات|بدون قتال|بدون مقاومه|سلميا|بشكل سلمي|بموجب اتفاق|وفق اتفاق|في اطار اتفاق|ضمن اتفاق|بموجب تفاهم|وفق تفاهمات|بموجب التفاهمات");
/// Chemical agents used as weapons.
CHEMICAL = words("غاز الكلور|الكلور|غاز السارين|السارين|غاز الخردل|هجوم كيماوي|الهجوم الكيماوي|هجوما كيماويا|غازات سامه|الغازات السامه|غاز سام|بالغاز السام|غازات كيماويه|اسلحه كيماويه|سلاح كيماوي|قذائف كيماويه|براميل الكلور");
/// Suffocation and poisoning symptoms of a chemical attack.
CHOKING = words("اختناق|حالات اختناق|اختناقا|تسمم|حالات تسمم|ضيق تنفس|ضيق في التنفس");
/// Police action that disperses or suppresses a demonstration without lethal force.
INTERVENE = words("تفريق|فرقت|فرقوا|تفرق|تفرقهم|فرقتهم|فرقوهم|لتفريق|تعتقل|واعتقلت|بالقوه|فض|فضت|لفض|الغاز المسيل للدموع|الغاز المسيل|قنابل الغاز|قنابل مسيله للدموع|خراطيم المياه|الهراوات|بالهراوات|الرصاص المطاطي|رصاص مطاطي|اعتقلت|اعتقل|اعتقال|اعتقلوا|القت القبض|القي القبض|اوقفت|منعت|قمعت|طوقت|حاصرت");
/// Rubber bullets: not live fire.
RUBBER = words("الرصاص المطاطي|رصاص مطاطي|الرصاص المطاطى|الرصاص البلاستيكي|رصاص بلاستيكي");
/// Live fire.
LIVE_FIRE = words("الرصاص الحي|رصاص حي|الذخيره الحيه|ذخيره حيه");
/// A mob: angry crowds, lynching, brawls, feuds.
MOB = words("حشد غاضب|حشود غاضبه|غاضبون|غاضبين|مجموعه من الغاضبين|شجار|مشاجره|مشاجرات|عراك|اقتتال عشائري|نزاع عشائري|اشتباكات عشائريه|خلاف عشائري|اعتدى الاهالي|اعتدى اهالي|هاجم اهالي|هاجم سكان|اعتدى سكان|سحلوا|سحلته|سحله|رجموا|اعداما ميدانيا");
/// A group establishing a headquarters or base.
BASE = words("انشاء قاعده|انشات قاعده|انشا قاعده|اقامه قاعده|اقامت قاعده|اقام قاعده|تقيم قاعده|يقيم قاعده|بناء قاعده|اقامه قواعد|انشاء قواعد|اقامت قواعد|انشاء مقر|افتتاح مقر|افتتحت مقرا|افتتح مقرا|اقامت مقرا|اتخذت مقرا|اتخذ مقرا|اتخذوا مقرا|اتخذت من|انشاء معسكر|اقامت معسكرا|اقامه معسكر|انشاء نقطه عسكريه|اقامت نقطه عسكريه|انشاء نقاط عسكريه|اقامت نقاطا عسكريه|نقطه مراقبه جديده|نقاط مراقبه جديده|قاعده عسكريه جديده|قاعده جديده|مقر جديد|مقرا جديدا|نقطه عسكريه جديده");
// ---- associates: who among the civilians or demonstrators ----------------
JOURNALISTS = words("صحفي|صحفيا|صحفيه|صحفيين|صحفيون|مصور صحفي|مصورا صحفيا|مراسل|مراسلا|مراسله|مراسلين|اعلامي|اعلاميا|اعلاميين|اعلاميون");
WOMEN = words("امراه|امراتان|امراتين|نساء|سيده|سيدتان|سيدتين|سيدات|فتاه|فتاتين|فتيات");
CHILDREN = words("طفل|طفلا|طفله|طفلان|طفلين|اطفال|رضيع|رضيعه|قاصر|قاصرين|تلميذ|تلاميذ");
HEALTH_WORKERS = words("طبيب|طبيبا|طبيبه|اطباء|ممرض|ممرضه|ممرضين|مسعف|مسعفا|مسعفين|مسعفون|الطاقم الطبي|طواقم طبيه|كوادر طبيه");
STUDENTS = words("طالب|طالبا|طالبه|طلاب|طالبات|الطلبه|طلبه");
REFUGEES = words("لاجئ|لاجئا|لاجئين|لاجئون|نازح|نازحا|نازحين|نازحون|مهجرين");
AID_WORKERS = words("عامل اغاثه|عمال اغاثه|عمال الاغاثه|موظف اغاثه|موظفي الاغاثه|موظفي الامم المتحده|موظف في اللجنه الدوليه|عاملين في المجال الانساني|منظمه انسانيه|الصليب الاحمر|الهلال الاحمر");
TEACHERS = words("معلم|معلما|معلمه|معلمين|معلمون|مدرس|مدرسا|مدرسين|اساتذه");
LABOUR = words("عمال|عامل|عاملا|العاملين|موظفين|موظفون|نقابه|نقابات|سائقي|سائقين|مزارعين|مزارعون|صيادين|صيادون|تجار|التجار");

/// Security measures coded as "Other" strategic developments: curfews,
/// states of emergency, martial law.
SECURITY_MEASURE = words("حظر تجول|حظر التجول|حظرا للتجول|حظر للتجول|حظر التجوال|حظر تجوال|حاله الطوارئ|حاله طوارئ|الاحكام العرفيه|الاحكام العسكريه");
/// Changes in an armed group: defections, pledges, mergers, new leaders, disarmament.
GROUP_CHANGE = words("انشق|انشقت|انشقوا|بايع|بايعت|بايعوا|اندمجت|اندمجوا|حل نفسه|حل نفسها|حل الجماعه|حل الفصيل|حل التنظيم|تغيير اسمها|غيرت اسمها|زعيما جديدا|قائدا جديدا|اميرا جديدا|ناطقا جديدا|متحدثا جديدا|تسليم اسلحتهم|سلموا اسلحتهم|تسليم السلاح|تسليم اسلحتها|القاء السلاح|القوا السلاح|القوا اسلحتهم|تشكيل فصيل|تشكيل جماعه|تشكيل ائتلاف|تشكيل تحالف|تاسيس فصيل|تعليق نشاطها|تعليق عملياتها|تعليق العمليات العسكريه");
VOTE = words("صوت|صوتت|تصويت|اقر|اقرت|اصدر قرار|قرارا");
THREAT = words("هدد|هددت|هددوا|تهديد|تهديدات|توعد|توعدت|يهدد|تهدد");
ATTACK = words("هجوم|هجمات|هجومين|هجوما|الهجوم|اعتداء|الاعتداء|استهدف|استهدفت|استهداف|عمليه|هاجم|هاجمت|هاجموا|مجزره|المجزره");

/// Sport or fire/accident context words that weaken violence triggers.
ACCIDENT = words("حادث سير|حادث مروري|حوادث|انقلاب|تصادم|حريق|ماس كهربائي|غرق|زلزال|فيضان|سيول|عاصفه|تسرب غاز|انفجار انبوب|انفجار خزان|اسطوانه غاز");
/// An aircraft that crashed or came down ("طائرة هليكوبتر تابعة للجيش
/// تحطمت", "تحطم مروحية", "هبوط اضطراري"): an accident unless it was
/// brought down ([`SHOT_DOWN`]).
CRASH = raw(r"\b[وف]?(?:تحطم|تحطمت|سقوط|سقطت)\b(?: [^ ]+)? (?:ال)?(?:طائره|مروحيه|هليكوبتر|طائرات|مروحيتين|طائرتين)\b|\b(?:ال)?(?:طائره|مروحيه|هليكوبتر)\b(?: [^ ]+){0,6} [وف]?(?:تحطمت|سقطت)\b|\bهبوط(?:ا)? اضطراري");
/// What brings an aircraft down: fire at it, a missile, a claim of it.
SHOT_DOWN = words("اسقاط|اسقط|اسقطت|اسقطوا|اسقطها|اسقاطها|اسقاطه|مضادات|مضاد للطائرات|المضادات الارضيه|صاروخ ارض جو|نيران ارضيه|اطلاق النار|استهدفت|استهدف|استهداف|اصابتها|اصيبت بصاروخ|بقذيفه");

// ---- who is hit -----------------------------------------------------------
CIVILIAN = words("مدني|مدنيا|مدنيان|مدنيين|مدنيون|المدنيين|مواطن|مواطنا|مواطنين|مواطنون|سكان|اهالي|اطفال|طفل|طفلا|طفله|نساء|امراه|سيده|صحفي|صحفيين|صحفيا|صحفيون|مصور|مراسل|مشجع|مشجعي|مشجعين|مصلين|طلاب|طالب|عمال|عامل|مزارع|راعي|رعاه|مقيم|مقيما|زوار|حجاج|مسافرين|مطعم|مقهى|فندق|سوق|مسجد|كنيسه|مدرسه|مستشفى|منزل|منزلا|منازل|بيت|بيتا|مخيم|مخيما|مبنى سكني|عماره سكنيه|شقه سكنيه|حافله|شاب|شابا|رجل|موظف|موظفا|موظفي|لاجئين|نازحين|ناخبين|الناخبين|ملعب|استاد|حي سكني|الاحياء السكنيه|شخص|شخصا|اشخاص|الاشخاص");
FORCES = words("جنود|جندي|جنديا|جنديين|عسكريين|عسكري|عسكريا|ضابط|ضابطا|ضباط|مجند|مجندا|مجندين|شرطي|شرطيا|شرطيين|عناصر الامن|عنصر امن|رجال الامن|افراد الامن|قوات|القوات|الجيش|جيش|الشرطه|شرطه|دوريه|قافله عسكريه|قافله|ثكنه|حاجز|نقطه تفتيش|كمين|مدرعه|مدرعات|المدرعات|آليه عسكريه|اليه عسكريه|قاعده|معسكر|مقر|مركز امني|مركز شرطه|الحشد");
/// "قُتل ... على يد X": a killing with its agent named.
AT_HANDS = exact("على يد|على ايدي|على يدي|علي يد|علي ايدي");
/// Family and neighbours: a killing "at the hands of" them is a crime, not
/// political violence.
DOMESTIC = words("زوجها|زوجته|والده|والدها|والدته|والدتها|ابيه|ابيها|امه|امها|شقيقه|شقيقها|شقيقته|شقيقتها|ابنه|ابنها|ابنته|ابنتها|خالته|خالتها|عمه|عمها|جيرانه|جيرانها|جاره|جارها|اقاربه|اقاربها|صديقه|صديقها");
UNKNOWN_ATTACKER = words("مسلحون|مسلحين|مسلح|مسلحا|مجهولون|مجهولين|مجهول|ملثمون|ملثمين|مهاجم|مهاجمين|مهاجمون|متشدد|متشددين|متشددون|متشددا|ارهابيين|ارهابيون|ارهابيا|تكفيريا|تكفيريين|عناصر ارهابيه|عناصر تكفيريه|جماعه مسلحه|عصابه");

// ---- tense, background, hedging ------------------------------------------
/// Pluperfect and recall markers: the sentence tells history.
/// An anniversary or commemoration: what it recalls is history, even when
/// the ceremony is today ("تحيي بريطانيا، الثلاثاء، الذكرى الأولى").
ANNIVERSARY = exact("الذكرى الاولى|الذكرى الثانيه|الذكرى الثالثه|الذكرى الخامسه|الذكرى العاشره|الذكرى السنويه|احياء ذكرى|احياء الذكرى|يحيي ذكرى|تحيي ذكرى|تحيي|يحيون");
/// Years gone by since it: "بعد مرور نحو عامين على هجوم شنه عناصر من
/// حركة الشباب" recalls the attack (a reopening is today's news).
SINCE_YEARS = raw(r"\bبعد (?:مرور )?(?:[^ ]+ ){0,2}(?:عام|عامين|سنه|سنتين|سنوات|اعوام|عاما|عقد|عقدين) (?:علي|على) (?:ال)?(?:هجوم|هجمات|تفجير|تفجيرات|انفجار|مقتل|اغتيال|مجزره|حادث|حادثه|اختطاف|خطف|قصف|غاره|غارات|اعتداء|اعتداءات)\b");
/// A game: "إصابة المهاجم ... في مواجهة ذهاب النهائي" is a player hurt,
/// "مواجهة" a match.
SPORT = words("الشوط الاول|الشوط الثاني|الشوط|ركله جزاء|ضربه جزاء|ركلات الترجيح|ركله ترجيح|ضربه ركنيه|حارس المرمى|حارس مرمى|المرمى|الرباط الصليبي|الدوري|دوري ابطال|كاس العالم|المونديال|المباراه|مباراه|مباريات|اللاعب|لاعب|لاعبا|اللاعبين|لاعبين|المدرب|الليبرتادورس|الميركاتو|صافره البدايه|صافره النهايه");
/// Another one of its kind: "في غارة أخرى ضربت منزلهم" is no earlier
/// event's, even without a place of its own.
ANOTHER = exact("غاره اخرى|غارات اخرى|هجوم اخر|هجوما اخر|هجمات اخرى|انفجار اخر|تفجير اخر|قصف اخر|اشتباك اخر|اشتباكات اخرى|حادث اخر|حادثه اخرى|عمليه اخرى|كمين اخر");
/// A tally of a campaign, not one event: "شن خلال تلك السنوات آلاف الغارات",
/// "أودت بعض غاراته ... إلى قتل مئات المدنيين", a statistic of deaths
/// ("مسؤولة عن نحو 60% من حالات الوفاة").
AGGREGATE = words("حالات الوفاه|حالات القتل|الاف الغارات|مئات الغارات|عشرات الاف الغارات|الاف الهجمات|مئات الهجمات|بعض غاراته|بعض غاراتها|بعض هجماته|بعض هجماتها|خلال تلك السنوات|خلال السنوات الماضيه|طوال السنوات|على مدى السنوات|على مدار السنوات|ادت الحرب|اودت الحرب|خلفت الحرب|حصدت الحرب|حصيله الحرب|ادى النزاع|اودى النزاع|خلف النزاع|حصد النزاع|حصيله النزاع|اجمالي القتلى|اجمالي عدد القتلى|اجمالي الضحايا|الحصيله الاجماليه|منذ بدء عمليات|منذ بدء العمليات|منذ بدء عملياته|منذ بدء عملياتها|منذ بدء عمليه|منذ بدايه عمليه|منذ انطلاق عمليه|منذ بدء العمليه|منذ بدايه العمليه|منذ انطلاق العمليه");
RECALL_WORDS = exact("مستذكرا|مستذكره|استذكر|استذكرت|يستذكر|يذكر ان|يشار الى ان|سبق ان|سبق و|في وقت سابق|منذ عام|في العام الماضي|العام الماضي|الشهر الماضي|وقتها|انذاك|انداك|حينها|في السابق|سابقا|بعد اسبوع من|قبل اسبوع|قبل ايام|قبل اشهر|قبل سنوات|منذ|تصاعدت|مطلع عام|اواخر عام|منتصف عام|مذاك|ومذاك|منذ ذلك الحين|ومنذ ذلك الحين|في هذا النزاع|وفي هذا النزاع|في هذه الحرب|وفي هذه الحرب|في النزاع المستمر|في الحرب المستمره");
/// A sentence that opens "وجاء الهجوم بعد ...", "وتأتي الغارة بعد أسابيع
/// من التظاهرات": what the event followed is history (not "قالت إنها جاءت
/// بعد مفاوضات" inside the sentence that tells the event).
COMES_AFTER = raw(r"^[ ]*و?(?:ياتي|تاتي|جاء|جاءت)(?: [^ ]+){0,3} (?:بعد|عقب|اعقاب|اثر|غداه)(?:[ ]|$)");
/// Habitual / generic statements: "usually", "repeated attacks", "from time to time".
HABITUAL = exact("بانتظام|بشكل منتظم|بشكل يومي|بصوره منتظمه|مزمعه|مزمع|المزمعه|المزمع|عاده ما|دائما|غالبا ما|متكرره|متكررا|من حين لاخر|من حين الى اخر|باستمرار|في الاغلب|مرارا|مثل هذه|تتعرض|يتعرض|تشهد|تنشط|تقاتل|تسيطر|يسيطر|تقود|يقود|تنفذه|ينفذها|تنفذها|تشن|يشن");
/// Conditional / future / threat framing: not an event that happened.
IRREALIS = raw(r"\b[وف]?(?:السماح|بالسماح|سمحت|تسمح|يسمح)\b|\b[وف]?في حال\b|\b[وف]?اذا\b|\b[وف]?لو\b|\b[وف]?سوف\b|\b[وف]?قد ي|\b[وف]?يعتزم\b|\b[وف]?تعتزم\b|\b[وف]?يخطط\b|\b[وف]?تخطط\b|\b[وف]?محاولته\b|\b[وف]?يحاول\b|\b[وف]?احباط مخطط\b|\b[وف]?كان يعتزم\b|\b[وف]?القادمين\b|\b[وف]?المقبل\b|\b[وف]?القادم\b");

// ---- casualties ----------------------------------------------------------
/// "did not result in deaths or injuries", "without casualties".
NO_CASUALTIES = raw(r"\b[وف]?لم (?:يسفر|تسفر|يؤد|تؤد|ينتج|تنتج|يخلف|تخلف|يوقع|توقع)\b.{0,30}\b[وف]?(?:قتلى|اصابات|ضحايا|خسائر بشريه|خسائر|اصابه|جرحى)\b|\b[وف]?دون ان (?:يسفر|تسفر|يؤدي|تؤدي|ينتج|تنتج)\b.{0,25}\b(?:عن )?(?:اي |ايه )?(?:اصابات|اصابه|ضحايا|خسائر بشريه|خسائر في الارواح|قتلى)\b|\b[وف]?دون (?:وقوع |ان ينتج عن ذلك |ان يسفر عن |سقوط |تسجيل )?(?:اي |ايه )?(?:اصابات|اصابه|ضحايا|خسائر بشريه|خسائر ماديه وبشريه|خسائر في الارواح|خسائر)\b|\b[وف]?لا (?:اصابات|ضحايا|خسائر)\b|\b[وف]?لم (?:يصب|تصب|يتعرض) (?:احد|اي|ايه)\b|\b[وف]?ايا من\b.{0,30}\bلم (?:يصب|تصب|يتعرض)\b|\b[وف]?لم تسجل (?:اي |ايه )?(?:اصابات|ضحايا)\b|\b[وف]?عدم وقوع (?:اصابات|ضحايا)\b");
NO_INJURED_WORD = raw(r"\b(?:جرحى|اصابات|اصابه|يصب|تصب|خسائر بشريه|خسائر ماديه وبشريه|ضحايا|خسائر في الارواح|اذى)\b");
NO_KILLED_WORD = raw(r"\b(?:قتلى|ضحايا|خسائر بشريه|خسائر ماديه وبشريه|خسائر في الارواح|خسائر)\b");
/// "the death toll rose to N" ("ليرتفع عدد القتلى إلى N": "so that it rises").
TOLL_UPDATE = raw(r"\b(?:[وف]?(?:ارتفع|ارتفعت|وصل|وصلت|بلغ|بلغت)|[وفل]?(?:يرتفع|ترتفع|يصل|تصل|يبلغ|تبلغ))\b.{0,30}\b[وف]?(?:عدد|حصيله)\b.{0,20}\b[وف]?(?:القتلى|الضحايا|الوفيات|قتلى)\b");
INJURY_TOLL = exact("الجرحى|المصابين|الاصابات");

/// "In a separate matter": what follows is not about the previous event.
SEPARATE = exact("في سياق منفصل|في سياق اخر|في سياق متصل|من جهه اخرى|على صعيد اخر|على صعيد منفصل|في شان اخر|في تطور اخر");
/// Another story altogether ("على صعيد آخر", "في سياق منفصل"): what
/// follows is no earlier event's, even nearby.
ELSEWHERE = raw(r"\b(?:في سياق منفصل|في سياق اخر|على صعيد اخر|على صعيد منفصل|في شان اخر|في تطور اخر)\b");

/// "the attack", "the incident", "the explosion": a clause about the event already told.
/// Perfective verbs of an armed action ("شنّت", "نفّذ", "استهدفت", "هاجم"): in
/// the lead sentence of a report they tell today's event even when its place
/// is given only as "شرق البلاد".
ACTION = words("شنت|شن|شنوا|نفذت|نفذ|نفذوا|استهدفت|استهدف|استهدفوا|قصفت|هاجمت|هاجم|هاجموا|اغارت|اغار|اطلقت|اطلقوا|فجرت|فجروا|اسقطت|احبطت|افشلت|قتلت|قتلوا|اغتالت|اغتال|اختطفت|اختطفوا|خطفوا|دمرت");
REFER_BACK = exact("الهجوم|الحادث|الحادثه|الانفجار|التفجير|الاعتداء|القصف|الهجمات|الواقعه|العمليه|والهجوم|والحادث|والحادثه|والانفجار|والتفجير|والاعتداء|والقصف|والهجمات|والواقعه|والعمليه|للهجوم|للحادث|للحادثه|للانفجار|للتفجير|للاعتداء|للقصف|للهجمات|للواقعه|للعمليه|بالهجوم|بالحادث|بالحادثه|بالانفجار|بالتفجير|بالاعتداء|بالقصف|بالهجمات|بالواقعه|بالعمليه");

// ---- sources, claims, responsibility --------------------------------------
SAY = words("قال|قالت|اعلن|اعلنت|اكد|اكدت|اضاف|اضافت|ذكر|ذكرت|افاد|افادت|اوضح|اوضحت|اشار|اشارت|صرح|صرحت|نقلت|نقل|كشف|كشفت|بحسب|حسب|وفقا ل|وفق|نسبت|تابع|تابعت|قوله|اعلنت");
VIA = raw(r"\b[وف]?(?:نقلت|نقل|افادت|ذكرت|قالت|بحسب|حسب|وفق ما نقلت|وفقا ل)\b.{0,12}\b[وف]?(?:وكاله|صحيفه|قناه|موقع|تلفزيون|اذاعه)\b|\b[وف]?ل?(?:رويترز|فرانس برس|اسوشيتد برس|الاناضول|واس|سانا|ا ف ب|بي بي سي|الجزيره|العربيه|سكاي نيوز)\b|\b[وف]?(?:تويتر|فيسبوك|تغريده|تغريدة|تلغرام)\b");
ANONYMOUS = exact("مصدر|مصادر|فضل عدم الكشف|طلب عدم الكشف|طلب عدم كشف|رفض الكشف عن|شاهد|شهود|سكان|مسؤول امني|مسؤول عسكري|مسؤول محلي|ناشطون|ناشطين");
CLAIM = raw(r"\b[وف]?(?:اعلن|اعلنت|تبنى|تبنت|يتبنى|تتبنى|اعلنوا|ادعى|ادعت|ادعي)\b(?:.{0,59}[ ]|[^,]{60,89}[ ])?[وف]?(?:مسووليته|مسووليتها|مسووليتهم|المسووليه|مسووليه)\b|\b[وف]?تبنى\b|\b[وف]?تبنت\b|\b[وف]?التي اعلنت مسووليتها\b|\b[وف]?الذي اعلن مسووليته\b");
NO_CLAIM = raw(r"\b[وف]?لم (?:تتبن|يتبن|تعلن|يعلن)\b.{0,25}\b[وف]?(?:اي|ايه)? ?(?:جهه|طرف|جماعه)\b|\b[وف]?لم (?:تتبن|يتبن)\b");
ACCUSE = exact("نسبته|نسبتها|تنسبه|تنسبها|ينسبه|المنسوبه|المنسوب|تتهم|يتهم|اتهم|اتهمت|اتهام|اتهامات|حمل|حملت|يحمل|تحمل|نعتقد ان|يعتقد ان|يشتبه|يشتبه بان|تقف وراء|يقف وراء|بالوقوف وراء");
DENY = exact("نفى|نفت|ينفي|تنفي|نفوا");
/// What is denied as hearsay: "نفى ... ما تردد عن إصابة مرسي بالتسمم".
RUMOUR = exact("ما تردد|ما يتردد|ما اشيع|ما يشاع|ما تناقلته|ما تداولته|صحه ما|صحه الانباء|انباء عن|الانباء عن|الشايعات|شايعات|ما نشر");
}

/// A habit told ([`HABITUAL`]): an adverb of habit, or a present-tense verb
/// that is not a relative clause's ("القرى التي يسيطر عليها مقاتلو
/// المعارضة" describes the villages struck; "تسيطر الجماعة على" is a habit).
pub fn habitual(v: &View) -> bool {
    habit_start(v).is_some()
}

/// Where the habit told in `v` begins (byte in `v.text`): 0 when it is the
/// clause's own, or the start of a "حيث" sub-clause that tells it after an
/// event ("قتل 56 مسلحا جراء غارات ... ، حيث تتواصل الاشتباكات من حين
/// لآخر": the habit describes the place, the killing before it stands).
pub fn habit_start(v: &View) -> Option<usize> {
    if !v.is_match(&HABITUAL) {
        return None;
    }
    habit_start_text(&v.text)
}

fn habit_start_text(text: &str) -> Option<usize> {
    habit_matches(text)
        .map(|at| {
            let before = text.get(..at).unwrap_or("");
            // the closest "حيث" before the habit, with words before it
            before
                .match_indices("حيث ")
                .filter(|(i, _)| *i > 0 && before.get(i - 1..*i) == Some(" "))
                .map(|(i, _)| i)
                .last()
                .filter(|h| !before.get(*h..).unwrap_or("").contains(['.', '!', '?']))
                .unwrap_or(0)
        })
        .min()
}

fn habit_matches(text: &str) -> impl Iterator<Item = usize> + '_ {
    HABITUAL
        .re
        .find_iter(text)
        .filter(move |m| {
            let before = text.get(..m.start()).unwrap_or("");
            let prev = before
                .split(' ')
                .rev()
                .find(|w| !w.is_empty())
                .unwrap_or("");
            let prev = prev.strip_prefix('و').unwrap_or(prev);
            let after = text.get(m.end()..).unwrap_or("");
            let next = after.split(' ').find(|w| !w.is_empty()).unwrap_or("");
            // (adverbs of habit always count; a verb only as the clause's own)
            let w = m.as_str().trim();
            let w = w
                .strip_prefix(['و', 'ف'])
                .filter(|x| x.starts_with(['ت', 'ي']))
                .unwrap_or(w);
            let verb = !w.contains(' ')
                && w.starts_with(['ت', 'ي'])
                && !matches!(w, "تنفذه" | "ينفذها" | "تنفذها");
            let described = matches!(
                prev,
                "التي" | "الذي" | "الذين" | "اللتي" | "اللذين" | "اللواتي" | "اللاتي"
            );
            // "حيث تشن أنقرة عملية", "قبل أن يشن هجوما", "كان يقود مركبة",
            // "مدينة يسيطر عليها المسلحون", "انتحاري يقود سيارة مفخخة"
            let told_in_passing = verb
                && (matches!(
                    prev,
                    "حيث"
                        | "ان"
                        | "كان"
                        | "كانت"
                        | "كانوا"
                        | "بينما"
                        | "فيما"
                        | "هي"
                        | "هو"
                ) || matches!(next, "عليها" | "عليه" | "عليهما" | "عليهم")
                    || (matches!(w, "يقود" | "تقود")
                        && ["سياره", "شاحنه", "دراجه", "مركبه", "عربه", "حافله"]
                            .iter()
                            .any(|v| next.starts_with(v))));
            !described && !told_in_passing
        })
        .map(|m| m.start())
}

/// Recalled history: a recall phrase ([`RECALL_WORDS`]) or a pluperfect
/// "كان ... قد" (قد within 80 characters after a form of كان).
pub fn recalls(v: &View) -> bool {
    v.is_match(&RECALL_WORDS) || v.is_match(&COMES_AFTER) || kana_qad(&v.text)
}

/// [`recalls`] over any normalised text.
pub fn recalls_text(text: &str) -> bool {
    RECALL_WORDS.is_match(text) || COMES_AFTER.is_match(text) || kana_qad(text)
}

pub(crate) fn kana_qad(text: &str) -> bool {
    const KANA: [&str; 9] = [
        "كان",
        "كانت",
        "كانوا",
        "وكان",
        "وكانت",
        "وكانوا",
        "فكان",
        "فكانت",
        "فكانوا",
    ];
    let mut toks = Vec::new();
    let mut at = 0;
    for t in text.split(' ') {
        toks.push((at, t));
        at += t.len() + 1;
    }
    for (i, &(s, t)) in toks.iter().enumerate() {
        if !KANA.contains(&t) {
            continue;
        }
        let gap_start = s + t.len() + 1;
        for &(p, u) in toks.iter().skip(i + 1) {
            let gap = text
                .get(gap_start..p.saturating_sub(1))
                .map_or(0, |g| g.chars().count());
            if gap > 80 {
                break;
            }
            if u == "قد" {
                return true;
            }
        }
    }
    false
}

/// A word list without regex syntax: `|`-separated words and phrases.
fn is_literal(words: &str) -> bool {
    !words.contains([
        '(', ')', '?', '*', '+', '.', '[', ']', '{', '}', '\\', '^', '$',
    ])
}

/// All literal cues (plain word lists, and the weapons) as one
/// Aho-Corasick automaton: one scan of a view answers all of them, with
/// exactly the semantics of their regexes (optional proclitics [`PRE`],
/// whole words).
pub struct Literals {
    ac: AhoCorasick,
    /// (cue id, proclitics allowed) of each pattern
    cues_of: Vec<Vec<(usize, bool)>>,
    /// for each cue id (named cues, then weapons): answered here?
    literal: Vec<bool>,
}

impl Literals {
    fn build() -> Literals {
        let base = cue_patterns().len();
        let mut lists = literal_words();
        lists.extend(
            weapon_table()
                .iter()
                .enumerate()
                .filter(|(_, (p, _))| is_literal(p))
                .map(|(i, (p, _))| (base + i, *p, true)),
        );
        let mut literal = vec![false; base + weapon_table().len()];
        for (id, _, _) in &lists {
            if let Some(l) = literal.get_mut(*id) {
                *l = true;
            }
        }
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut pats: Vec<String> = Vec::new();
        // per pattern: (cue id, proclitics allowed)
        let mut cues_of: Vec<Vec<(usize, bool)>> = Vec::new();
        for (id, words, pre) in lists {
            for w in words.split('|') {
                let w = normalize_arabic(w);
                let k = *index.entry(w.clone()).or_insert_with(|| {
                    pats.push(w);
                    cues_of.push(Vec::new());
                    cues_of.len() - 1
                });
                if let Some(c) = cues_of.get_mut(k) {
                    c.push((id, pre));
                }
            }
        }
        let ac = match AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&pats)
        {
            Ok(a) => a,
            // built from this crate's constants: caught by the tests
            Err(e) => panic!("cue automaton: {e}"),
        };
        Literals {
            ac,
            cues_of,
            literal,
        }
    }

    /// Which literal cues occur in `text` (a view's text: tokens joined by
    /// single spaces), by cue id: 2 yes, 1 no, 0 not a literal cue.
    pub fn scan(&self, text: &str) -> Vec<u8> {
        let mut hit: Vec<u8> = self.literal.iter().map(|&l| u8::from(l)).collect();
        let bytes = text.as_bytes();
        for m in self.ac.find_overlapping_iter(text) {
            let (s, e) = (m.start(), m.end());
            if e < bytes.len() && bytes[e] != b' ' {
                continue;
            }
            let ts = text[..s].rfind(' ').map_or(0, |i| i + 1);
            let bare = ts == s;
            if !bare && !is_proclitics(&text[ts..s]) {
                continue;
            }
            if let Some(ids) = self.cues_of.get(m.pattern().as_usize()) {
                for &(id, pre) in ids {
                    if let Some(h) = hit.get_mut(id).filter(|_| bare || pre) {
                        *h = 2;
                    }
                }
            }
        }
        hit
    }
}

/// Is `p` a string [`PRE`] matches: an optional conjunction (و ف), an
/// optional preposition (ب ل ك), an optional article (ال لل)?
fn is_proclitics(p: &str) -> bool {
    let p = p.strip_prefix(['و', 'ف']).unwrap_or(p);
    let art = |r: &str| r.is_empty() || r == "ال" || r == "لل";
    art(p) || p.strip_prefix(['ب', 'ل', 'ك']).is_some_and(art)
}

/// The literal cues' automaton.
pub static LITERALS: Lazy<Literals> = Lazy::new(Literals::build);

// ---- weapons --------------------------------------------------------------
/// (pattern, weapon label)
pub static WEAPONS: Lazy<Vec<(Cue, &'static str)>> = Lazy::new(|| {
    let base = cue_patterns().len();
    weapon_table()
        .iter()
        .enumerate()
        .map(|(i, (p, l))| {
            (
                Cue {
                    id: base + i,
                    re: re(p),
                    literal: is_literal(p),
                },
                *l,
            )
        })
        .collect()
});

/// (words, label) of the weapons, in [`WEAPONS`] order.
fn weapon_table() -> [(&'static str, &'static str); 18] {
    [
        ("صاروخ|صواريخ|صاروخا|صاروخين|صاروخان", "rocket"),
        ("غراد", "Grad"),
        ("كاتيوشا", "Katyusha"),
        (
            "باليستي|باليستيا|بالستي|بالستيا|البالستيه|الباليستيه",
            "ballistic missile",
        ),
        ("هاون", "mortar"),
        ("قذيفه|قذائف|قذيفتين|مدفعي|مدفعيه", "artillery"),
        ("مقذوف|مقذوفات", "projectile"),
        ("عبوه ناسفه|عبوات ناسفه|عبوه|عبوات", "IED"),
        ("لغم|الغام", "landmine"),
        (
            "سياره مفخخه|سيارات مفخخه|سياره ملغومه|محمله بالمتفجرات|شاحنه مفخخه",
            "VBIED",
        ),
        ("حزام ناسف|احزمه ناسفه", "suicide vest"),
        ("قنبله يدويه|قنابل يدويه", "grenade"),
        ("قنبله ناسفه|قنابل ناسفه|انفجار قنبله|قنبله على جانب الطريق|قنبله مزروعه|قنبله بدائيه|قنابل بدائيه|القى قنبله|القوا قنبله|القاء قنبله|زرع قنبله", "bomb"),
        (
            "طائره مسيره|طائرات مسيره|مسيره|طائره بدون طيار|طائرات بدون طيار|درون",
            "drone",
        ),
        (
            "طائرات حربيه|مقاتلات|الطيران الحربي|غاره جويه|غارات جويه|ضربه جويه",
            "aircraft",
        ),
        ("رصاص|برصاص|بالرصاص|اطلاق نار|طلق ناري|طلقات", "small arms"),
        ("سكين|بالسلاح الابيض|طعن", "knife"),
        ("قنابل الغاز|الغاز المسيل للدموع|الغاز", "tear gas"),
    ]
}

/// Counted nouns for quantities: (pattern over the noun, label).
pub static COUNTED: Lazy<Vec<(Regex, &'static str)>> = Lazy::new(|| {
    [
        ("صاروخ|صواريخ|صاروخا|صاروخين|صاروخان", "rocket"),
        ("قذيفه|قذائف|قذيفتين", "shell"),
        ("عبوه|عبوات", "IED"),
        ("طائره|طائرات|مسيره|مسيرات", "drone"),
        ("غاره|غارات|غارتين", "airstrike"),
        ("انفجار|انفجارين|انفجارات|تفجير|تفجيرين", "explosion"),
        ("سياره|سيارات|مركبه|مركبات", "vehicle"),
    ]
    .into_iter()
    .map(|(p, l)| (lex(&format!(r"^{PRE}(?:{p})$")), l))
    .collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    /// The automaton answers exactly what each literal cue's regex answers.
    #[test]
    fn words_that_only_look_like_clitic_and_word_are_no_cue() {
        // "بعقوبه" is the city of Baqubah, not "ب" + "عقوبه" (a sentence)
        // (a cue that lists the word itself, "كمين", "بيت", is meant)
        let listed: HashMap<usize, Vec<&str>> = literal_words()
            .into_iter()
            .map(|(id, words, _)| (id, words.split('|').collect()))
            .collect();
        let mut hits = Vec::new();
        for w in rasd_text::protected_words() {
            let t = normalize_arabic(w);
            for c in all_cues() {
                let whole = c
                    .find(&t)
                    .is_some_and(|m| m.start() == 0 && m.end() == t.len());
                let own = listed
                    .get(&c.id)
                    .is_some_and(|l| l.iter().any(|x| normalize_arabic(x) == t));
                if whole && !own {
                    hits.push(format!("{w} ~ cue {}", c.id));
                }
            }
        }
        assert!(hits.is_empty(), "{hits:#?}");
    }

    #[test]
    fn cue_set_agrees_with_each_cue() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
        let mut lines = Vec::new();
        for f in std::fs::read_dir(&root).expect("examples/") {
            let p = f.expect("dir entry").path();
            if p.extension().is_some_and(|e| e == "txt") {
                let t = std::fs::read_to_string(&p).expect("example text");
                lines.extend(t.split(['\n', '.', '،']).map(rasd_text::norm_word));
            }
        }
        assert!(lines.len() > 20);
        let cues = all_cues();
        assert_eq!(cues.len(), cue_patterns().len());
        let weapons: Vec<&Cue> = WEAPONS.iter().map(|(c, _)| c).collect();
        let mut hits = 0;
        let mut literal = 0;
        for line in &lines {
            let m = LITERALS.scan(line);
            for (i, c) in cues.iter().chain(weapons.iter()).enumerate() {
                assert_eq!(c.id, i);
                if c.literal {
                    literal += 1;
                    assert_eq!(m[c.id] == 2, c.is_match(line), "cue {i} on {line}");
                    hits += usize::from(m[c.id] == 2);
                }
            }
        }
        assert!(hits > 50, "{hits}");
        assert!(literal > 30 * lines.len(), "{literal}");
    }

    /// The pluperfect check answers what its former regex answered.
    #[test]
    fn kana_qad_agrees_with_the_regex() {
        let old = lex(r"\b(?:و|ف)?كان(?:ت|وا)?\b.{0,80}\bقد\b|\b(?:و|ف)?كان(?:ت)? قد\b");
        let mut texts = vec![
            "وكانت قد".to_string(),
            "كان قدر".to_string(),
            "اكان قد".to_string(),
            "قد كان".to_string(),
        ];
        for n in [70usize, 78, 79, 80, 81, 90] {
            let filler: String = std::iter::repeat_n("ب", n).collect();
            texts.push(format!("وكان {filler} قد اعلن"));
            texts.push(format!("كانوا {} قد", filler.replacen('ب', " ", 1)));
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
        for f in std::fs::read_dir(&root).expect("examples/") {
            let p = f.expect("dir entry").path();
            if p.extension().is_some_and(|e| e == "txt") {
                let t = std::fs::read_to_string(&p).expect("example text");
                texts.extend(t.split(['\n', '.']).map(rasd_text::norm_word));
            }
        }
        let mut yes = 0;
        for t in &texts {
            assert_eq!(kana_qad(t), old.is_match(t), "{t}");
            yes += usize::from(kana_qad(t));
        }
        assert!(yes >= 6, "{yes}");
    }

    #[test]
    fn proclitics_are_those_of_pre() {
        let pre = lex(&format!("^{PRE}$"));
        let letters = ["", "و", "ف", "ب", "ل", "ك", "ا", "ال", "لل", "م"];
        for a in letters {
            for b in letters {
                for c in letters {
                    let p = format!("{a}{b}{c}");
                    assert_eq!(is_proclitics(&p), pre.is_match(&p), "{p}");
                }
            }
        }
    }

    #[test]
    fn all_lexicons_compile_and_match_normalised_text() {
        let n = |s: &str| rasd_text::norm_word(s);
        assert!(SHELL.is_match(&n("إطلاق ثلاثة صواريخ على الأقل")));
        assert!(SUICIDE.is_match(&n("تفجير انتحاري مزدوج")));
        assert!(NOT_SUICIDE.is_match(&n("نتج عن متفجرات وليس عن هجوم انتحاري")));
        assert!(DIED_OF_WOUNDS.is_match(&n("توفي متأثرا بجراح أصيب بها")));
        assert!(OPEN_FIRE.is_match(&n("حين فتح عناصر من حزب العمال الكردستاني النار على قافلة")));
        assert!(DIED_OF_WOUNDS.is_match(&n("استشهد متأثراً بإصابته")));
        assert!(!NOT_SUICIDE.is_match(&n("تفجير انتحاري مزدوج")));
        assert!(NO_CASUALTIES.is_match(&n("الهجوم لم يسفر عن سقوط قتلى أو جرحى")));
        assert!(NO_CASUALTIES.is_match(&n("دون أن ينتج عن ذلك أية إصابات")));
        assert!(NO_CASUALTIES.is_match(&n("بينما لم يخلف القصف خسائر بالأرواح")));
        assert!(CLAIM.is_match(&n("أعلنت حركة الشباب مسؤوليتها عن الهجوم")));
        // the verb right before its object (the boundary took the space)
        assert!(CLAIM.is_match(&n("وأعلنت مسؤوليتها عن الهجوم")));
        assert!(CLAIM.is_match(&n("الذي أعلن مسؤوليته")));
        assert!(NO_CLAIM.is_match(&n("كما لم تتبنّ أي جهة مسؤوليتها")));
        assert!(HABITUAL.is_match(&n("عادة ما تتهم كتائب حزب الله")));
        let t = |s: &str| {
            s.split(' ')
                .map(rasd_text::norm_word)
                .collect::<Vec<_>>()
                .join(" ")
        };
        let habitual_text = |s: &str| habit_start_text(s).is_some();
        assert!(habitual_text(&t("تسيطر الجماعة على المدينة منذ سنوات")));
        assert!(!habitual_text(&t(
            "غارات على قرى التي يسيطر عليها مقاتلو المعارضة"
        )));
        assert!(habitual_text(&t(
            "القرى التي يسيطر عليها المسلحون وتتعرض بانتظام للقصف"
        )));
        assert!(!habitual_text(&t(
            "قتل 8 جنود في عفرين حيث تشن أنقرة عملية عسكرية"
        )));
        assert!(!habitual_text(&t(
            "هاجم انتحاري يقود سيارة مفخخة مقرا أمنيا"
        )));
        assert!(!habitual_text(&t(
            "هجوم على مدينة محاصرة يسيطر عليها مسلحو المعارضة"
        )));
        assert!(habitual_text(&t("تشن الجماعة هجمات على القوات")));
        // a habit told after "حيث" describes the place of the event before it
        let lead = t("قتل 56 مسلحا جراء غارات جوية ، حيث تتواصل الاشتباكات من حين لاخر");
        let h = habit_start_text(&lead);
        assert_eq!(h, lead.find("حيث"));
        assert!(h.is_some_and(|h| h > 0));
        assert_eq!(
            habit_start_text(&t("حيث تتواصل الاشتباكات من حين لاخر")),
            Some(0)
        );
        assert!(recalls_text(&n("كانت واشنطن وبغداد قد اتفقتا")));
        assert!(!recalls_text(&n("قتل موظف في اللجنة الدولية")));
        assert!(TOLL_UPDATE.is_match(&n("فيما ارتفعت حصيلة القتلى الإجمالية إلى 25 شخصا")));
        // one person unhurt is not "no casualties"
        assert!(!NO_CASUALTIES.is_match(&n("ولم يصب مدير الأمن بأذى")));
    }

    #[test]
    fn raw_cues_take_a_leading_conjunction() {
        // wire copy opens most sentences with و or ف glued to the verb
        let n = |s: &str| rasd_text::norm_word(s);
        let missed = [
            (
                &CLAIM,
                "وأعلنت حركة الشباب المرتبطة بتنظيم القاعدة مسؤوليتها عن الهجوم",
            ),
            (&CLAIM, "وتبنى تنظيم داعش الهجوم عبر وكالة أعماق"),
            (&CLAIM, "فيما تبنت جماعة مسلحة الهجوم"),
            (&NO_CLAIM, "ولم تتبن أي جهة الهجوم حتى الآن"),
            (&NO_CASUALTIES, "ولم يسفر القصف عن سقوط ضحايا"),
            (&NO_CASUALTIES, "ولم يصب أحد بأذى"),
            (&NO_CASUALTIES, "دون أن يسفر القصف عن خسائر بشرية"),
            (
                &NO_CASUALTIES,
                "وأكدت الشرطة أن أيا من أفرادها لم يصب في العملية",
            ),
            (&TOLL_UPDATE, "وارتفعت حصيلة القتلى إلى 30"),
            (&VIA, "وذكرت وكالة الأنباء الرسمية أن"),
        ]
        .iter()
        .filter(|(cue, text)| !cue.is_match(&n(text)))
        .map(|x| x.1)
        .collect::<Vec<_>>();
        assert!(missed.is_empty(), "{missed:?}");
        assert!(WEAPONS
            .iter()
            .any(|(r, l)| *l == "Grad" && r.is_match(&n("6 صواريخ غراد"))));
        assert!(COUNTED
            .iter()
            .any(|(r, l)| *l == "rocket" && r.is_match(&n("صواريخ"))));
    }
}
