//! Arguments of an event: actors, weapons, quantities, claims by source,
//! and responsibility (claimed / accused / denied, habitual or specific).

use crate::actors::Generic;
use crate::cues;
use crate::extract::generic_of;
use crate::view::View;
use rasd_core::{
    Accusation, Actor, ActorRef, Claim, ClaimSays, Document, EntityMention, Event, Quantity, Span,
};

fn to_actor(a: &ActorRef, span: Option<Span>, doc: &Document) -> Actor {
    Actor {
        name: a.name.clone(),
        name_ar: span.map(|s| doc.slice(s).to_string()),
        inter: a.inter,
        span,
    }
}

/// Whether a state-force phrase names its country ("الجيش المصري",
/// "قوات الاحتلال الإسرائيلي", "القوات العراقية") rather than only its role
/// ("قوات الدفاع الجوي", "قوات الأمن").
fn names_nationality(text: &str) -> bool {
    const ROLE_ADJ: &[&str] = &[
        "الجوي",
        "الجويه",
        "البحري",
        "البحريه",
        "الوطني",
        "الوطنيه",
        "الشعبي",
        "الامني",
        "الامنيه",
        "العسكري",
        "العسكريه",
        "الخاصه",
        "الملكي",
        "الحكوميه",
        "الحكومي",
        "المدني",
        "الداخلي",
        "الاتحاديه",
        "الاتحادي",
        "المركزي",
        "الرسمي",
        "النظاميه",
        // "الطوارئ" (emergency), normalised with its hamza seat to ي
        "الطواري",
    ];
    rasd_text::norm_word(text).split(' ').any(|w| {
        (w.ends_with('ي') || w.ends_with("يه")) && w.chars().count() > 3 && !ROLE_ADJ.contains(&w)
    })
}

/// A state actor whose phrase does not name its country belongs to the
/// event's country (the tagger may have guessed another).
fn relocalize(doc: &Document, e: &EntityMention, country: Option<&str>) -> Option<ActorRef> {
    let a = e.actor.as_ref()?;
    // "the coalition" is the one that fights in the event's country (and
    // "the Kurdish forces" are that country's)
    if let (Some(ev), Some(raw)) = (country, rasd_entities::actors::lookup(doc.slice(e.span))) {
        if rasd_entities::actors::resolved_by_country(&raw.name) {
            let r = rasd_entities::actors::localize(&raw, ev);
            return (!rasd_entities::actors::resolved_by_country(&r.name) && r.name != a.name)
                .then_some(r);
        }
    }
    // a named force is of its own country wherever it fights ("قوات
    // الاحتلال", "الحرس الثوري"); only a generic one ("الجيش", "قوات
    // الأمن") takes the event's
    let named =
        rasd_entities::actors::lookup(doc.slice(e.span)).is_some_and(|r| r.country.is_some());
    match (a.inter, &a.country, country) {
        (1, Some(c), Some(ev)) if c != ev && !named && !names_nationality(doc.slice(e.span)) => {
            let kind = if a.name.starts_with("Police") {
                Generic::Police
            } else {
                Generic::Military
            };
            crate::actors::generic(kind, ev)
        }
        // a state force "abroad" in its own country (the article was
        // datelined elsewhere: "بيروت - قتل سبعة عناصر من قوات النظام السوري")
        (8, Some(c), Some(ev)) if c == ev => Some(ActorRef {
            inter: 1,
            ..a.clone()
        }),
        // unidentified gunmen are of the event's country, not the dateline's
        (3, Some(c), Some(ev)) if c != ev && a.name.starts_with("Unidentified Armed Group") => {
            crate::actors::generic(Generic::Unidentified, ev)
        }
        // a group of the same name elsewhere ("لجان المقاومة الشعبية
        // المؤيدة للرئيس هادي" in Yemen is no Palestinian faction)
        (2..=4, _, Some(ev)) if rasd_entities::actors::homonym_abroad(&a.name, ev) => {
            crate::actors::generic(Generic::Unidentified, ev)
        }
        // so are civilians, protesters and rioters the phrase gives no
        // nationality ("المناطق الآهلة بالسكان" in Yanbu, told from Dubai)
        (5..=7, Some(c), Some(ev)) if c != ev && !names_nationality(doc.slice(e.span)) => {
            let kind = [
                ("Civilians (", Generic::Civilians),
                ("Protesters (", Generic::Protesters),
                ("Rioters (", Generic::Rioters),
            ]
            .into_iter()
            .find(|(p, _)| a.name.starts_with(p))?
            .1;
            crate::actors::generic(kind, ev)
        }
        _ => None,
    }
}

/// Known actors in the spans, in text order, skipping speakers ("المتحدث
/// باسم X", "قال X") who report rather than act.
fn actors_in<'a>(doc: &'a Document, spans: &[Span]) -> Vec<&'a EntityMention> {
    // (not the dateline's: "دبي، الإمارات العربية المتحدة (CNN)")
    let dateline = crate::extract::dateline_end(doc);
    let mut out: Vec<&EntityMention> = doc
        .entities
        .iter()
        .filter(|e| e.actor.is_some() && spans.iter().any(|s| s.contains(&e.span)))
        .filter(|e| e.span.start >= dateline)
        .filter(|e| !is_speaker(doc, e.span))
        .collect();
    out.sort_by_key(|e| e.span.start);
    out
}

/// Whether the entity at `span` is the one speaking (after a say-verb or
/// "باسم"/"مصدر في").
fn is_speaker(doc: &Document, span: Span) -> bool {
    // (not the subject of what was said: "أفادت أنباء بأن قوات التحالف شنت")
    let before = words_before(doc, span, 3);
    let said = before
        .iter()
        .rposition(|w| is_say_word(w))
        .is_some_and(|k| {
            !before[k + 1..]
                .iter()
                .any(|w| matches!(*w, "ان" | "بان" | "انه" | "بانه"))
        });
    said || says_after(doc, span)
}

/// A police force named as the teller of the event: the subject of a
/// say-verb ([`is_speaker`]) or after the title of its speaker ("وقال إد
/// باربريني قائد شرطة سان برونو", "نقلت رويترز عن ... مفوض الشرطة").
fn police_teller(doc: &Document, a: &EntityMention) -> bool {
    let police = a
        .actor
        .as_ref()
        .is_some_and(|r| r.name.starts_with("Police Forces"));
    police && (told_by(&words_before(doc, a.span, 7)) || is_speaker(doc, a.span))
}

/// Whether the words before a force end with its speaker's title, after
/// the speaker's verb: "وقال ... قائد شرطة", "ضابط في الشرطة", "مصدر
/// بالشرطة" (the force's own word may carry the preposition).
fn told_by(before: &[&str]) -> bool {
    titled_by(before) && before.iter().any(|w| is_say_word(w))
}

/// Whether the words before a force end with its speaker's title.
fn titled_by(before: &[&str]) -> bool {
    match before {
        // (an officer only in apposition: "وقال الميجر محمد أحمد وهو ضابط
        // في الشرطة", not "قتل ضابط في الشرطة")
        [.., "وهو" | "،" | ",", "ضابط", "في" | "من"] => true,
        [.., t, "في" | "من"] => is_title(t) || matches!(*t, "مصدر" | "مصادر"),
        [.., t] => is_title(t),
        [] => false,
    }
}

/// A title that makes its holder speak for the force named after it.
fn is_title(w: &str) -> bool {
    matches!(
        w,
        "قائد"
            | "مدير"
            | "رئيس"
            | "المتحدث"
            | "متحدث"
            | "الناطق"
            | "مسوول"
            | "مسوولو"
            | "مفوض"
            | "نايب"
    )
}

/// Whether the entity at `span` is the subject of a say-verb right after
/// it ("وكانت الميليشيات الحوثية قد أعلنت عن مقتل 6 أشخاص"), unless it
/// tells its own act ("أعلنت أنها", "أعلن مسؤوليته").
fn says_after(doc: &Document, span: Span) -> bool {
    let mut next = words_after(doc, span)
        .filter(|w| !matches!(*w, "،" | ","))
        .take(7)
        .peekable();
    if next.peek() == Some(&"قد") {
        next.next();
    }
    let say = next.next().is_some_and(|w| {
        matches!(
            w,
            "اعلنت"
                | "اعلن"
                | "اعلنوا"
                | "قالت"
                | "قال"
                | "قالوا"
                | "ذكرت"
                | "ذكر"
                | "افادت"
                | "افاد"
                | "اكدت"
                | "اكد"
                | "اكدوا"
        )
    });
    say && next.all(|w| {
        !w.starts_with("مسووليت")
            && !w.starts_with("المسووليه")
            && !matches!(
                w,
                "انه" | "انها" | "انهم" | "انهما" | "بانه" | "بانها" | "بانهم"
            )
    })
}

/// A say-verb or source word of [`is_speaker`]. The verbs with their
/// conjunction are listed where they are common ("وقال"); any conjunction
/// is allowed only in the report of one's own act ([`own_forces_speaker`]).
fn is_say_word(w: &str) -> bool {
    matches!(
        w,
        "باسم"
            | "قال"
            | "قالت"
            | "اعلن"
            | "اعلنت"
            | "اكد"
            | "اكدت"
            | "افادت"
            | "افاد"
            | "ذكرت"
            | "ذكر"
            | "اوضح"
            | "اوضحت"
            | "بحسب"
            | "حسب"
            | "لسان"
            | "عن"
            | "وقال"
            | "وقالت"
            | "واكد"
            | "واكدت"
            | "واوضح"
            | "واضاف"
            | "واضافت"
            | "وذكرت"
            | "وذكر"
            | "وافادت"
            | "وافاد"
            | "واوضحت"
            | "وقالوا"
            | "واكدوا"
            | "ابلغ"
            | "ابلغت"
            | "وابلغ"
            | "وابلغت"
    )
}

/// "Its forces": the agent of a report an armed actor gives of itself.
const OWN: &[&str] = &[
    "قواته",
    "قواتها",
    // normalised spelling (ئ → ي): the view text is normalised
    "طايراته",
    "طايراتها",
    "مقاتلاته",
    "مقاتلاتها",
    "مقاتليه",
    "مقاتليها",
    "عناصره",
    "عناصرها",
    "وحداته",
    "وحداتها",
    // "أعلن حزب الله أنه قصف", "قال الجيش إنه شن": the speaker itself
    "انه",
    "انها",
    "انهم",
];

/// "قواته شنت", "طائراتها قصفت", "أنه قصف": its forces (or it) are the
/// subject of the act.
const ACTS: &[&str] = &[
    "شن",
    "قصف",
    "استهدف",
    "نفذ",
    "قتل",
    "دمر",
    "هاجم",
    "اغار",
    "اسقط",
    "اعترض",
    "تمكن",
    // "أنه أطلق صاروخ باتريوت على طائرة"
    "اطلق",
    // "مقاتليها صدوا هجوما", "قواته تصدت", "اشتبكت"
    "صدوا",
    "صدت",
    "تصد",
    "اشتبك",
];

/// Verbs of firing whose subject fired ([`fires`]).
const FIRE: &[&str] = &[
    "قصف",
    "قصفت",
    "شن",
    "شنت",
    "اطلق",
    "اطلقت",
    "نفذ",
    "نفذت",
    "اغار",
    "اغارت",
    "قصفوا",
    "تقصف",
    "يقصف",
    "تشن",
    "يشن",
];

/// Verbs whose subject is the agent of an attack ([`is_agent`]); prefixes.
const AGENT_VERBS: &[&str] = &[
    "نفذ",
    "ارتكب",
    "شن",
    "هاجم",
    "اطلق",
    "فجر",
    "استهدف",
    "قصف",
    "اقتحم",
    "اختطف",
    "قتل",
    "اعدم",
    "زرع",
    // "تبنت/تبنوا" (not "تبنى", normalised "تبني": also the noun, as in
    // "مسؤول في داعش تبنيه للاعتداء")
    "تبنت",
    "تبنوا",
    // "الهجوم الذي تبناه داعش"
    "تبناه",
    "تبناها",
    "تبنته",
    "تبنتها",
    "اعلن",
    "اغتال",
];

/// The tokens inside `span`, in text order.
fn tokens_in(doc: &Document, span: Span) -> Vec<&rasd_core::Token> {
    doc.tokens
        .iter()
        .filter(|t| span.contains(&t.span))
        .collect()
}

/// Known armed actors in `spans` told right after a say-verb ("أعلن الجيش
/// التركي", "قالت حركة تحرير السودان"), in text order: who speaks of its
/// own forces or members.
fn armed_speakers<'a: 's, 's>(
    doc: &'a Document,
    spans: &'s [Span],
) -> impl Iterator<Item = &'a EntityMention> + 's {
    doc.entities
        .iter()
        .filter(move |e| spans.iter().any(|s| s.contains(&e.span)))
        .filter(|e| {
            e.actor
                .as_ref()
                .is_some_and(|r| r.inter <= 4 || r.inter == 8)
        })
        .filter(move |e| {
            words_before(doc, e.span, 3)
                .iter()
                .any(|w| is_say_word(w) || is_say_word(w.strip_prefix(['و', 'ف']).unwrap_or(w)))
        })
}

/// Members counted with a possessive pronoun after "من" ("ثمانية من
/// جنوده"): the pronoun's owner is the speaker of the sentence.
const OWN_MEMBERS: &[&str] = &[
    "جنوده",
    "جنودها",
    "عناصره",
    "عناصرها",
    "افراده",
    "افرادها",
    "مقاتليه",
    "مقاتليها",
    "منتسبيه",
    "منتسبيها",
];

/// The speaker whose own members were hit: "أعلن الجيش التركي مقتل ثمانية
/// من جنوده" (Turkish soldiers, wherever the event is), "قال الجيش إن
/// اثنين من جنوده قتلا". The speaker is a known armed actor told after a
/// say-verb, before the members.
fn own_members_speaker<'a>(
    doc: &'a Document,
    spans: &[Span],
) -> Option<(Option<&'a rasd_core::ActorRef>, Option<Span>)> {
    let members_at = spans.iter().find_map(|sp| {
        let toks = tokens_in(doc, *sp);
        toks.windows(2)
            .find(|w| w[0].norm == "من" && OWN_MEMBERS.contains(&w[1].norm.as_str()))
            .map(|w| w[1].span.start)
    })?;
    armed_speakers(doc, spans)
        .filter(|e| e.span.end <= members_at)
        .last()
        .map(|e| (e.actor.as_ref(), Some(e.span)))
}

/// The speaking actor of a report whose agent is "its forces" ("قواته",
/// "طائراتها", "مقاتليه"): the armed actor that announced it.
fn own_forces_speaker<'a>(
    doc: &'a Document,
    spans: &[Span],
) -> Option<(Option<&'a rasd_core::ActorRef>, Option<Span>)> {
    // (whether the word is a pronoun "انه", and its char offset)
    let mut own: Vec<(bool, usize)> = Vec::new();
    for sp in spans {
        let toks = tokens_in(doc, *sp);
        for w in toks.windows(2) {
            if OWN.contains(&w[0].norm.as_str()) && ACTS.iter().any(|a| w[1].norm.starts_with(a)) {
                own.push((w[0].norm.starts_with("ان"), w[0].span.start));
            }
        }
    }
    if own.is_empty() {
        return None;
    }
    armed_speakers(doc, spans)
        // "its forces" may be told anywhere in the report; "أنه قصف" only
        // right after the speaker ("أعلن حزب الله أنه قصف"), as "أنه" is
        // anyone ("وصار واضحا أنه نفذ")
        .find(|e| {
            own.iter()
                .any(|&(pronoun, at)| !pronoun || (at >= e.span.end && at - e.span.end <= 25))
        })
        .map(|e| (e.actor.as_ref(), Some(e.span)))
}

/// A state army that announces the dead of air strikes it does not
/// ascribe to anyone ("أعلن الجيش التركي، الجمعة، عن مقتل 26 مسلحا كرديا
/// في ضربات جوية"), or a strike it carried out ("عن تنفيذ غارة"): it
/// struck. Only a state force (at home or abroad: inter 1 or 8) that
/// announces ("أعلن") with the deaths or the strike within a few words
/// after it.
fn announcing_force<'a>(
    doc: &'a Document,
    spans: &[Span],
) -> Option<(Option<&'a rasd_core::ActorRef>, Option<Span>)> {
    armed_speakers(doc, spans)
        .filter(|e| {
            e.actor
                .as_ref()
                .is_some_and(|r| r.inter == 1 || r.inter == 8)
        })
        .find(|e| {
            let announced = words_before(doc, e.span, 3).iter().any(|w| {
                let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
                matches!(w, "اعلن" | "اعلنت")
            });
            // (not its own dead: "أعلن الجيش التركي مقتل أحد جنوده",
            // "بمقتل 3 جنود أتراك")
            let after: Vec<&str> = words_after(doc, e.span).take(10).collect();
            let deaths = after.iter().take(6).position(|w| {
                let w = w.strip_prefix(['و', 'ب']).unwrap_or(w);
                matches!(w, "مقتل" | "قتل" | "تحييد" | "القضاء")
            });
            let own_dead = deaths.is_some_and(|k| {
                after.iter().skip(k + 1).take(3).any(|w| {
                    ["جند", "جنو", "ضابط", "ضباط", "عسكري", "شرطي", "احد"]
                        .iter()
                        .any(|p| w.starts_with(p))
                        || OWN_MEMBERS.contains(w)
                })
            });
            // or that it carried out a strike, commas around a day counted
            // ("أعلنت القيادة الأفريقية بالجيش الأمريكي، الأحد، عن تنفيذ غارة")
            let struck = after
                .iter()
                .take(6)
                .any(|w| matches!(w.strip_prefix(['و', 'ب']).unwrap_or(w), "تنفيذ" | "شن"))
                && after
                    .iter()
                    .take(9)
                    .any(|w| matches!(*w, "غاره" | "غارات" | "غارتين" | "ضربه" | "ضربات"));
            announced && ((deaths.is_some() && !own_dead) || struck)
        })
        .map(|e| (e.actor.as_ref(), Some(e.span)))
}

/// Fill actors, weapons, quantities, claims and responsibility.
///
/// `responsibility_sentences` are the article's sentences that claim, deny
/// or accuse (not recalled history), found once per document.
pub fn fill(
    doc: &Document,
    e: &mut Event,
    spans: &[Span],
    country: Option<&str>,
    responsibility_sentences: &[Span],
) {
    let views: Vec<View> = spans.iter().map(|s| View::new(doc, *s)).collect();
    let any = |c: &cues::Cue| views.iter().any(|v| v.is_match(c));
    // weapons
    for (re, label) in cues::WEAPONS.iter() {
        if views.iter().any(|v| v.is_match(re)) && !e.weapons.iter().any(|w| w == label) {
            e.weapons.push((*label).to_string());
        }
    }
    if e.weapons.iter().any(|w| w == "Grad" || w == "Katyusha") {
        e.weapons.retain(|w| w != "artillery");
    }
    // quantities: numbers whose counted noun is a weapon
    let sources = claims(doc, spans);
    for n in doc
        .numbers
        .iter()
        .filter(|n| spans.iter().any(|s| s.contains(&n.span)))
    {
        let noun = n
            .noun
            .clone()
            .unwrap_or_else(|| following_word(doc, n.span));
        if let Some((_, what)) = cues::COUNTED.iter().find(|(r, _)| r.is_match(&noun)) {
            let according_to = sources
                .iter()
                .find(|c| c.span.is_some_and(|s| s.contains(&n.span)))
                .map(|c| c.source.clone());
            e.quantities.push(Quantity {
                what: (*what).to_string(),
                min: n.min,
                max: n.max,
                qualifier: n.qualifier,
                according_to,
                span: Some(n.span),
            });
        }
    }
    // claims, with what each says
    e.claims = sources
        .into_iter()
        .map(|mut c| {
            if let Some(sp) = c.span {
                let cas = crate::casualties::read(doc, sp);
                c.says.fatalities = cas.killed;
                c.says.injuries = cas.injured;
                c.says.quantities = e
                    .quantities
                    .iter()
                    .filter(|q| q.span.is_some_and(|qs| sp.contains(&qs)))
                    .cloned()
                    .collect();
                let v = View::new(doc, sp);
                c.says.weapons = cues::WEAPONS
                    .iter()
                    .filter(|(r, _)| v.is_match(r))
                    .map(|(_, l)| (*l).to_string())
                    .collect();
                if v.text.contains("تقييم") {
                    c.says.damage = Some("under assessment".into());
                } else if v.text.contains("دون وقوع خسائر ماديه") {
                    c.says.damage = Some("none".into());
                }
                if let Some(t) = &e.time {
                    if doc
                        .times
                        .iter()
                        .any(|x| x.clock_only && sp.contains(&x.span))
                    {
                        c.says.time = Some(t.clone());
                    }
                }
            }
            c
        })
        .collect();
    let (merged, renames) = merge_claims(doc, std::mem::take(&mut e.claims));
    e.claims = merged;
    let rename = |q: &mut Quantity| {
        for (old, new) in &renames {
            if q.according_to.as_deref() == Some(old.as_str()) {
                q.according_to = Some(new.clone());
            }
        }
    };
    e.quantities.iter_mut().for_each(rename);
    for c in &mut e.claims {
        c.says.quantities.iter_mut().for_each(rename);
    }
    // responsibility
    responsibility(doc, e, spans, country, responsibility_sentences);
    // actors
    let acts = actors_in(doc, spans);
    // state forces, at home (1) or abroad (8: "القوات الروسية" in Syria)
    let state = |a: &&EntityMention| {
        a.actor
            .as_ref()
            .is_some_and(|r| r.inter == 1 || r.inter == 8)
    };
    let nonstate =
        |a: &&EntityMention| a.actor.as_ref().is_some_and(|r| (2..=4).contains(&r.inter));
    // a group named, not "مسلحون" (an unidentified armed group)
    let named_group = |a: &&EntityMention| {
        nonstate(a)
            && a.actor
                .as_ref()
                .is_some_and(|r| !r.name.starts_with("Unidentified"))
    };
    let sub = e.sub_event_type.clone().unwrap_or_default();
    // (not the hospital the wounded were taken to: "وتم نقلهم للمستشفى")
    let civilians_hit = views.iter().any(|v| {
        v.any_match(&cues::CIVILIAN, |s, e| {
            let w = v.text.get(s..e).unwrap_or("").trim();
            let before = v.words_before(s, 1);
            let taken_to = w.contains("مستشف")
                && (w.starts_with('ل')
                    || before.first().is_some_and(|b| matches!(*b, "الي" | "الى")));
            !taken_to
        })
    });
    // civilians counted among the dead or hurt ("قتل 27 مدنيا بينهم خمسة
    // أطفال"; not "الدفاع المدني"), unless fighters are counted too ("قتلت
    // خمسة مسلحين": the group is the target); a force named beside them is
    // its target only if it was hit too
    let civilians_counted = counted_as_casualties(&views, CIVILIAN_WORDS)
        && !counted_as_casualties(&views, FIGHTER_WORDS);
    let forces_counted = counted_as_casualties(&views, FORCE_WORDS);
    let hit_or_no_civilians = |a: &EntityMention| !civilians_counted || target_marked(doc, a.span);
    // (not the police that tells of a crime: "كما قالت الشرطة", "أعلنت
    // الشرطة الأميركية إصابة ثلاثة أشخاص"; an army that tells of its
    // battle is a side)
    let mut forces_hit = views.iter().any(|v| {
        v.any_match(&cues::FORCES, |s, e| {
            if !v.text.get(s..e).unwrap_or("").contains("شرط") {
                return true;
            }
            // "قالت الشرطة", "الشرطة قالت", or a police title after its
            // speaker's verb ("وقال إد باربريني قائد شرطة سان برونو")
            let told = v.span(doc, s, e).is_some_and(|sp| is_speaker(doc, sp));
            !told && !told_by(&v.words_before(s, 7))
        })
    });
    let set = |slot: &mut Option<Actor>, a: Option<(&ActorRef, Option<Span>)>| {
        if let Some((r, s)) = a {
            *slot = Some(to_actor(r, s, doc));
        }
    };
    let first = |f: &dyn Fn(&&EntityMention) -> bool| {
        acts.iter()
            .find(|a| f(a))
            .map(|a| (a.actor.as_ref(), Some(a.span)))
    };
    let claimant = e.responsibility.claimed_by.first().cloned().or_else(|| {
        e.responsibility
            .accused
            .iter()
            .find(|a| a.specific)
            .map(|a| a.actor.clone())
    });
    let claimant_ref = claimant.as_ref().map(|n| ActorRef {
        name: n.clone(),
        inter: acts
            .iter()
            .chain(doc.entities.iter().collect::<Vec<_>>().iter())
            .filter_map(|a| a.actor.as_ref())
            .find(|r| &r.name == n)
            .map(|r| r.inter)
            .unwrap_or(2),
        country: None,
    });
    let g = |k| generic_of(k, country);
    let civ = || {
        victim_nationality(doc, spans)
            .and_then(|iso| crate::actors::generic(Generic::Civilians, &iso))
            .or_else(|| g(Generic::Civilians))
    };
    match e.event_type.as_deref() {
        Some("Protests") | Some("Riots") => {
            let kind = if e.event_type.as_deref() == Some("Riots") {
                Generic::Rioters
            } else {
                Generic::Protesters
            };
            e.actor1 = g(kind).map(|r| to_actor(&r, None, doc));
            if sub == "Mob violence" {
                // a mob turns on people or property, rarely on the state
                if civilians_hit || !forces_hit {
                    e.actor2 = civ().map(|r| to_actor(&r, None, doc));
                }
            } else if sub != "Peaceful protest" {
                let st = first(&|a| state(a)).or_else(|| {
                    doc.entities
                        .iter()
                        .find(|x| x.actor.as_ref().is_some_and(|r| r.inter == 1))
                        .map(|x| (x.actor.as_ref(), Some(x.span)))
                });
                if let Some((Some(r), s)) = st {
                    set(&mut e.actor2, Some((r, s)));
                }
            }
        }
        Some("Strategic developments") => {
            if sub == "Arrests" {
                let st = first(&|a| state(a));
                match st {
                    Some((Some(r), s)) => set(&mut e.actor1, Some((r, s))),
                    _ => e.actor1 = g(Generic::Police).map(|r| to_actor(&r, None, doc)),
                }
            } else if sub == "Disrupted weapons use" {
                // the interceptor: the state force named closest before the
                // interception word ("تمكنت قوات الدفاع الجوي السعودي من اعتراضه")
                let at = views.iter().find_map(|v| {
                    v.find_all(&cues::INTERCEPT)
                        .first()
                        .and_then(|m| v.char_at(doc, m.0))
                });
                let st = at
                    .and_then(|at| {
                        acts.iter()
                            .filter(|a| state(a) && a.span.end <= at && at - a.span.end < 60)
                            .max_by_key(|a| a.span.end)
                            // or right after the verb ("أسقط الجيش الإسرائيلي طائرة",
                            // "فككت الفرق الهندسية التابعة لقوات الجيش اليمني")
                            .or_else(|| {
                                acts.iter().find(|a| {
                                    state(a) && a.span.start > at && a.span.start - at < 45
                                })
                            })
                            .map(|a| (a.actor.as_ref(), Some(a.span)))
                    })
                    .or_else(|| at.is_none().then(|| first(&|a| state(a))).flatten())
                    // "قال الجيش الإسرائيلي إنه أطلق صاروخ باتريوت على طائرة"
                    .or_else(|| {
                        own_forces_speaker(doc, spans)
                            .filter(|(r, _)| r.is_some_and(|r| r.inter == 1 || r.inter == 8))
                    });
                match st {
                    Some((Some(r), s)) => set(&mut e.actor1, Some((r, s))),
                    _ => {
                        let kind = if any(&cues::SHELL) || any(&cues::AIR) {
                            Generic::Military
                        } else {
                            Generic::Police
                        };
                        e.actor1 = g(kind).map(|r| to_actor(&r, None, doc));
                    }
                }
                let other = acts
                    .iter()
                    .find(|a| {
                        a.actor.as_ref().map(|r| &r.name) != e.actor1.as_ref().map(|x| &x.name)
                            && !state(a)
                    })
                    .map(|a| (a.actor.as_ref(), Some(a.span)));
                match (other, &claimant_ref) {
                    (Some((Some(r), s)), _) => set(&mut e.actor2, Some((r, s))),
                    (_, Some(c)) => e.actor2 = Some(to_actor(c, None, doc)),
                    _ => e.actor2 = g(Generic::Unidentified).map(|r| to_actor(&r, None, doc)),
                }
            } else {
                if let Some((Some(r), s)) = acts.first().map(|a| (a.actor.as_ref(), Some(a.span))) {
                    set(&mut e.actor1, Some((r, s)));
                }
                // the other side: another actor (not the first named again);
                // civilians are a side only of property destroyed, not of
                // truces or a group's changes
                let a1 = e.actor1.as_ref().map(|x| x.name.clone());
                let looting = sub == "Looting/property destruction";
                let other = acts
                    .iter()
                    .skip(1)
                    .filter(|a| looting || a.actor.as_ref().is_some_and(|r| r.inter != 7))
                    .find(|a| a.actor.as_ref().map(|r| &r.name) != a1.as_ref())
                    .map(|a| (a.actor.as_ref(), Some(a.span)));
                if let Some((Some(r), s)) = other {
                    set(&mut e.actor2, Some((r, s)));
                } else if looting && any(&cues::DWELLING) {
                    // homes pulled down or looted: their people's loss
                    e.actor2 = civ().map(|r| to_actor(&r, None, doc));
                }
            }
        }
        Some(_) => {
            // perpetrator: claimant, specific accused, an armed group named, a
            // state force for air strikes; else unidentified
            let air = sub == "Air/drone strike";
            let shelling = sub == "Shelling/artillery/missile attack";
            let regains = sub == "Government regains territory";
            let overtakes = sub == "Non-state actor overtakes territory";
            let battle = e.event_type.as_deref() == Some("Battles");
            // (in a battle the police that tells of it fought in it)
            if battle {
                forces_hit = forces_hit || any(&cues::FORCES);
            }
            // a strike told with its striker ("طائرة تركية", "الغارات التي
            // تنفذها القوات التركية") is the striker's, whatever group the
            // article merely suspects of something ("هجوم شنه من يشتبه
            // بأنهم عناصر من حزب العمال"); a claim still stands
            let strike_told_with_striker = (air || shelling)
                && e.responsibility.claimed_by.is_empty()
                && (striker_nationality(doc, spans).is_some()
                    || first(&|a| state(a) && carried_out_by(doc, a.span)).is_some());
            // (not the force that backs it: "سيطرت القوات الشرعية، بإسناد من
            // قوات التحالف")
            if let Some((Some(r), s)) = regains
                .then(|| first(&|a| state(a) && !supports(doc, a.span)))
                .flatten()
            {
                set(&mut e.actor1, Some((r, s)));
            } else if let Some((Some(r), s)) = overtakes
                .then(|| {
                    // (not the side that withdrew or was driven out: "سيطرت
                    // القوات التركية ... إثر انسحاب المقاتلين الأكراد منها";
                    // a foreign force then took it)
                    let stays = |a: &&EntityMention| !withdrew(doc, a.span);
                    first(&|a| named_group(a) && stays(a))
                        .or_else(|| first(&|a| nonstate(a) && stays(a)))
                        .or_else(|| {
                            first(&|a| a.actor.as_ref().is_some_and(|r| r.inter == 8) && stays(a))
                        })
                })
                .flatten()
            {
                // "سيطرت قوات الحزام الأمني على مواقع للقوات الحكومية"
                set(&mut e.actor1, Some((r, s)));
            } else if let Some(c) = claimant_ref.as_ref().filter(|_| !strike_told_with_striker) {
                e.actor1 = Some(to_actor(c, None, doc));
            } else if let Some((Some(r), s)) =
                first(&|a| (state(a) || nonstate(a)) && carried_out_by(doc, a.span))
            {
                // "في عملية أمنية نفذتها قوات عراقية مشتركة": who carried it out
                set(&mut e.actor1, Some((r, s)));
            } else if let Some((Some(r), s)) = (air || shelling)
                .then(|| {
                    // "مصرعه في غارة لتحالف دعم الشرعية": the strike's owner
                    first(&|a| (state(a) || nonstate(a)) && strike_of(doc, a.span))
                        // "أدى القصف الحوثي إلى مقتل طبيب": the group's
                        // adjective names the striker as a nationality does
                        .or_else(|| first(&|a| named_group(a) && after_strike_word(doc, a.span)))
                        // "قالت أفريكوم إنها نفذت غارة ... مما أسفر عن مقتل
                        // أربعة عناصر من داعش": the speaker struck
                        .or_else(|| own_forces_speaker(doc, spans))
                })
                .flatten()
            {
                set(&mut e.actor1, Some((r, s)));
            } else if let Some((cc, sp)) = air.then(|| striker_nationality(doc, spans)).flatten() {
                // "طائرة مسيرة تركية استهدفت سيارة تقل عناصر من قسد": the
                // drone's country struck, whoever else is named
                let r = striker_military(cc, country);
                set(&mut e.actor1, Some((&r, Some(sp))));
            } else if let Some((Some(r), s)) = air.then(|| announcing_force(doc, spans)).flatten() {
                set(&mut e.actor1, Some((r, s)));
            } else if let Some(a) = acts.iter().find(|a| nonstate(a) && is_agent(doc, a.span)) {
                // "اقتحم مسلحون من حركة طالبان": the gunmen are the group's
                let a = acts
                    .iter()
                    .find(|g| {
                        !named_group(a) && named_group(g) && members_link(doc, a.span, g.span)
                    })
                    .unwrap_or(a);
                if let Some(r) = a.actor.as_ref() {
                    set(&mut e.actor1, Some((r, Some(a.span))));
                }
            } else if let Some((cc, sp)) = (shelling && own_forces_speaker(doc, spans).is_none())
                .then(|| striker_nationality(doc, spans))
                .flatten()
            {
                // "قصف دبابة إسرائيلية": the tank's country fired, whoever
                // else is named (the dead gunmen are its target)
                let r = striker_military(cc, country);
                set(&mut e.actor1, Some((&r, Some(sp))));
            } else if let Some((Some(r), s)) =
                first(&|a| (state(a) || nonstate(a)) && by_fire_of(doc, a.span))
            {
                // "استشهد شاب برصاص قوات الاحتلال": whose bullets killed
                // (and the force word is the shooter's, not a target)
                if r.inter == 1 || r.inter == 8 {
                    forces_hit = false;
                }
                set(&mut e.actor1, Some((r, s)));
            } else if let Some((Some(r), s)) = (shelling || air)
                .then(|| first(&|a| state(a) && fires(doc, a.span)))
                .flatten()
            {
                // "قصف الجيش الإسرائيلي مواقع ...": the state force that fired
                set(&mut e.actor1, Some((r, s)));
            } else if air {
                // police fly no strikes: a police force named with one is
                // hit or reports ("مساعد قائد الأمن المركزي ... في غارة")
                let police = |a: &&EntityMention| {
                    a.actor
                        .as_ref()
                        .is_some_and(|r| r.name.starts_with("Police Forces"))
                };
                if let Some((Some(r), s)) = first(&|a| state(a) && !police(a)) {
                    set(&mut e.actor1, Some((r, s)));
                }
            } else if battle {
                // a state force, else a named group ("اشتباكات بين قوة
                // الردع الخاصة وكتيبة ثوار طرابلس")
                if let Some((Some(r), s)) = first(&|a| state(a)).or_else(|| first(&named_group)) {
                    set(&mut e.actor1, Some((r, s)));
                }
            } else if let Some((Some(r), s)) = first(&|a| state(a) && kills_count(doc, a.span)) {
                // "قتل الحرس الثوري الإيراني تسعة أشخاص": the force killed
                set(&mut e.actor1, Some((r, s)));
            }
            // "أعلن الجيش الوطني الليبي أن قواته شنت": the speaker's own
            // forces, aircraft or fighters acted
            if e.actor1.is_none() && !regains {
                if let Some((Some(r), s)) = own_forces_speaker(doc, spans) {
                    set(&mut e.actor1, Some((r, s)));
                }
            }
            // "غارة إسرائيلية", "قصف روسي": a strike named by the striker's nationality
            if e.actor1.is_none() && e.event_type.as_deref() == Some("Explosions/Remote violence") {
                if let Some((cc, sp)) =
                    striker_nationality(doc, spans).or_else(|| striker_country(doc, spans))
                {
                    let r = striker_military(cc, country);
                    set(&mut e.actor1, Some((&r, Some(sp))));
                }
            }
            // barrel bombs are dropped from the helicopters of a state's air force
            if e.actor1.is_none() && air && country.is_some() {
                let barrels = views.iter().any(|v| {
                    v.text.contains("براميل متفجره")
                        || v.text.contains("البراميل المتفجره")
                        || v.text.contains("برميل متفجر")
                        || v.text.contains("برميلا متفجرا")
                });
                if let Some(cc) = country.filter(|_| barrels) {
                    let r = striker_military(cc, country);
                    set(&mut e.actor1, Some((&r, None)));
                }
            }
            if e.actor1.is_none() && !air {
                e.actor1 = g(Generic::Unidentified).map(|r| to_actor(&r, None, doc));
            }
            // target
            let a1 = e.actor1.as_ref().map(|a| a.name.clone());
            // a named group's fighters told generically ("مسلحين من حركة
            // طالبان ... قتل 6 من المهاجمين") are its own, not the other side
            let a1_group = e
                .actor1
                .as_ref()
                .is_some_and(|a| (2..=4).contains(&a.inter) && !a.name.starts_with("Unidentified"));
            let others = || {
                acts.iter()
                    .filter(|a| a.actor.as_ref().map(|r| &r.name) != a1.as_ref())
                    .filter(move |a| {
                        !(a1_group
                            && a.actor
                                .as_ref()
                                .is_some_and(|r| r.name.starts_with("Unidentified Armed Group")))
                    })
            };
            // soldiers of another nation killed by an air strike are its
            // target, whatever group the report names beside them ("قتل 14
            // جنديا أفغانيا في غارة أمريكية على حاجز للجيش")
            let a1_country = e
                .actor1
                .as_ref()
                .and_then(|a| rasd_entities::actors::force_country(&a.name));
            let soldiers_hit = air
                .then(|| soldiers_nationality(doc, spans))
                .flatten()
                .filter(|cc| a1_country.is_some_and(|c| c != *cc));
            // territory regained is taken from a group, whoever helped
            let target_force = regains
                .then(|| others().find(|a| nonstate(a)))
                .flatten()
                .or_else(|| {
                    // (not who accuses another of it: "واتهم الحوثيون
                    // التحالف بشن الهجومين")
                    others().filter(|a| !accuser(doc, a.span)).find(|a| {
                        if air {
                            // (not a group only named near civilians killed:
                            // "27 مدنيا ... في دوما ... جيش الإسلام")
                            nonstate(a) && !supports(doc, a.span) && hit_or_no_civilians(a)
                        } else if battle {
                            // the other side of a battle: any armed actor
                            // but one fighting beside actor 1 ("قوات الجيش،
                            // مسنودة بمقاتلات التحالف، وبين ميليشيات الحوثي")
                            (state(a) || nonstate(a)) && !supports(doc, a.span)
                        } else {
                            // (not the police that tells of it: "ونقلت
                            // رويترز عن ... مفوض الشرطة في ياميبو إن")
                            // (nor a force named beside civilians counted
                            // dead, unless it was hit too)
                            state(a)
                                && !police_teller(doc, a)
                                && !responder(doc, a.span)
                                && (forces_counted || hit_or_no_civilians(a))
                        }
                    })
                })
                // shelled positions of an armed group ("مواقع لحزب العمال")
                // (not a force backing the shellers: "قوات النظام مدعمة
                // بقوات الدفاع الوطني")
                .or_else(|| {
                    shelling
                        .then(|| {
                            others().find(|a| {
                                nonstate(a) && !supports(doc, a.span) && hit_or_no_civilians(a)
                            })
                        })
                        .flatten()
                })
                // members of a named group hit ("ثلاثة من أفراد قوات الحزام
                // الأمني", "ستة من عناصر حركة حسم")
                .or_else(|| others().find(|a| nonstate(a) && members_of(doc, a.span)))
                // gunmen told with their group are the group's ("ثلاثة
                // مسلحين من حركة الشباب")
                .map(|a| {
                    if named_group(a) {
                        return a;
                    }
                    others()
                        .find(|g| named_group(g) && members_link(doc, a.span, g.span))
                        .unwrap_or(a)
                })
                .map(|a| (a.actor.as_ref(), Some(a.span)))
                // the speaker whose own fighters fought ("قالت حركة تحرير
                // السودان إن مقاتليها صدوا هجوما شنته قوات الدعم السريع")
                .or_else(|| {
                    battle
                        .then(|| own_forces_speaker(doc, spans))
                        .flatten()
                        .filter(|(r, _)| r.map(|r| &r.name) != a1.as_ref())
                })
                // the speaker whose own members were hit ("أعلن الجيش
                // التركي مقتل ثمانية من جنوده")
                .or_else(|| {
                    own_members_speaker(doc, spans)
                        .filter(|(r, _)| r.map(|r| &r.name) != a1.as_ref())
                });
            // a force fighting beside actor 1 ("القوات الحكومية مدعومة بقوات
            // بعثة الاتحاد الأفريقي") is associated with it
            if e.assoc_actor_1.is_none() {
                if let Some((Some(r), s)) = others()
                    .find(|a| state(a) && supports(doc, a.span))
                    .map(|a| (a.actor.as_ref(), Some(a.span)))
                {
                    set(&mut e.assoc_actor_1, Some((r, s)));
                }
            }
            if let Some(cc) = soldiers_hit {
                let r = striker_military(cc, country);
                e.actor2 = Some(to_actor(&r, None, doc));
            } else if let Some((Some(r), s)) = target_force {
                set(&mut e.actor2, Some((r, s)));
            } else if air {
                if let Some((Some(r), s)) = acts
                    .iter()
                    .filter(|a| hit_or_no_civilians(a))
                    .find(|a| a.actor.as_ref().map(|r| &r.name) != a1.as_ref())
                    .map(|a| (a.actor.as_ref(), Some(a.span)))
                {
                    set(&mut e.actor2, Some((r, s)));
                } else if civilians_hit {
                    e.actor2 = civ().map(|r| to_actor(&r, None, doc));
                }
            } else if battle && !forces_hit {
                // a battle's other side is armed, if unnamed (the people
                // killed in the crossfire are its victims, not a side)
                e.actor2 = g(Generic::Unidentified).map(|r| to_actor(&r, None, doc));
            } else if (civilians_hit || !forces_hit) && !battle {
                e.actor2 = civ().map(|r| to_actor(&r, None, doc));
            } else {
                let kind = if any(&cues::FORCES)
                    && views
                        .iter()
                        .any(|v| v.text.contains("شرط") || v.text.contains("امن"))
                {
                    Generic::Police
                } else {
                    Generic::Military
                };
                // soldiers of a nationality are their country's ("قتل جندي
                // أمريكي" in Somalia, "جنديان إسرائيليان")
                let national = (kind == Generic::Military)
                    .then(|| soldiers_nationality(doc, spans))
                    .flatten()
                    .map(|cc| striker_military(cc, country));
                e.actor2 = national
                    .or_else(|| g(kind))
                    .map(|r| to_actor(&r, None, doc));
            }
            if e.actor1.as_ref().map(|a| &a.name) == e.actor2.as_ref().map(|a| &a.name) {
                e.actor2 = None;
            }
        }
        None => {
            if let Some((Some(r), s)) = acts.first().map(|a| (a.actor.as_ref(), Some(a.span))) {
                set(&mut e.actor1, Some((r, s)));
            }
        }
    }
    associates(e, &any);
    for slot in [&mut e.actor1, &mut e.actor2] {
        let Some(a) = slot.as_ref() else { continue };
        let Some(sp) = a.span else { continue };
        if let Some(m) = doc.entities.iter().find(|x| x.span == sp) {
            if let Some(r) = relocalize(doc, m, country) {
                *slot = Some(Actor {
                    name: r.name,
                    name_ar: a.name_ar.clone(),
                    inter: r.inter,
                    span: a.span,
                });
            }
        }
        // a generic actor the tagger named without a country takes the
        // event's ("الجيش" and "الشرطة" where no nationality was read)
        let bare = match slot.as_ref().map(|a| a.name.as_str()) {
            Some("Military Forces") => Some(Generic::Military),
            Some("Police Forces") => Some(Generic::Police),
            Some("Civilians") => Some(Generic::Civilians),
            Some("Unidentified Armed Group") => Some(Generic::Unidentified),
            _ => None,
        };
        if let (Some(kind), Some(ev)) = (bare, country) {
            if let Some(r) = crate::actors::generic(kind, ev) {
                let old = slot.take();
                *slot = Some(Actor {
                    name: r.name,
                    name_ar: old.as_ref().and_then(|a| a.name_ar.clone()),
                    inter: r.inter,
                    span: old.and_then(|a| a.span),
                });
            }
        }
        // a coalition (or "the Kurdish forces") whose country is not known
        // has no ACLED name
        if slot
            .as_ref()
            .is_some_and(|a| rasd_entities::actors::resolved_by_country(&a.name))
        {
            *slot = None;
        }
    }
    // civilians do not sign truces, pledge allegiance or set up bases:
    // "المواطنون الأفغان" who welcomed a ceasefire are no party to it
    if matches!(
        e.sub_event_type.as_deref(),
        Some(
            "Agreement"
                | "Change to group/activity"
                | "Headquarters or base established"
                | "Non-violent transfer of territory"
        )
    ) && e.actor1.as_ref().is_some_and(|a| a.inter == 7)
    {
        e.actor1 = e.actor2.take().filter(|a| a.inter != 7);
    }
    // one actor is not both sides ("6 مسلحين" read on either side)
    if e.actor2.is_some()
        && e.actor2.as_ref().map(|a| &a.name) == e.actor1.as_ref().map(|a| &a.name)
    {
        e.actor2 = None;
    }
}

/// Strike words and weapons that a demonym or a group's adjective right
/// after them may qualify ("غارة إسرائيلية", "القصف الروسي", "طائرات
/// تركية", "القصف الحوثي").
const STRIKES: &[&str] = &[
    "غاره",
    "غارات",
    "قصف",
    "طايره",
    "طايرات",
    "مسيره",
    "مسيرات",
    "مقاتلات",
    "الطيران",
    "ضربه",
    "ضربات",
    "صاروخ",
    "صواريخ",
    "قذايف",
    "المدفعيه",
    "مدفعيه",
    "طيران",
    "دبابه",
    "دبابات",
];

const FILLERS: &[&str] = &[
    // "قصف دبابة إسرائيلية"
    "دبابه",
    "دبابات",
    "جويه",
    "جوي",
    "الجوي",
    "الجويه",
    "حربيه",
    "الحربيه",
    "مسيره",
    // "قصف مدفعي إسرائيلي", "هجوم صاروخي تركي"
    "مدفعي",
    "المدفعي",
    "صاروخي",
    "الصاروخي",
];

/// The military of country `cc` striking in the event's `country`: ACLED's
/// external forces (inter 8) when abroad. Named without a period, like every
/// actor until [`crate::extract`] dates them all by the event's day, so that
/// names compare equal whichever path found them.
fn striker_military(cc: &str, country: Option<&str>) -> ActorRef {
    let mut r = rasd_entities::actors::military(cc);
    if country.is_some_and(|ev| ev != cc) {
        r.inter = 8;
    }
    r
}

/// The country of soldiers counted with their nationality ("جندي أمريكي",
/// "جنديا أمريكيا", "جنديان إسرائيليان", "ثلاثة عسكريين مصريين").
fn soldiers_nationality(doc: &Document, spans: &[Span]) -> Option<&'static str> {
    const SOLDIERS: &[&str] = &[
        "جندي",
        "جنديا",
        "جنديان",
        "جنديين",
        "جنود",
        "عسكري",
        "عسكريا",
        "عسكريان",
        "عسكريين",
        "عسكريون",
        "ضابط",
        "ضابطا",
        "ضباط",
    ];
    let adjective = |w: &str| {
        rasd_entities::actors::country_of_adjective(w).or_else(|| {
            // the accusative "أمريكيا"
            w.strip_suffix('ا')
                .and_then(rasd_entities::actors::country_of_adjective)
        })
    };
    spans.iter().find_map(|sp| {
        let toks = tokens_in(doc, *sp);
        toks.windows(2).find_map(|w| {
            let head = w[0].norm.trim_start_matches(['و', 'ف', 'ب', 'ل']);
            let head = head.strip_prefix("ال").unwrap_or(head);
            SOLDIERS
                .contains(&head)
                .then(|| adjective(&w[1].norm))
                .flatten()
        })
    })
}

/// The country whose demonym qualifies a strike in `spans` ("قصف مدفعي
/// إسرائيلي", "غارات جوية أمريكية"), as (ISO code, span of the demonym).
fn striker_nationality(doc: &Document, spans: &[Span]) -> Option<(&'static str, Span)> {
    let demonym = |w: &str| -> Option<&'static str> {
        let w = w.strip_prefix("ال").unwrap_or(w);
        let w = w.strip_suffix('ه').unwrap_or(w);
        // "أميركي" is spelt "أمريكي" in the facts
        let w = w.replace("اميرك", "امريك");
        crate::extract::COUNTRY_FACTS.iter().find_map(|c| {
            let d = rasd_text::norm_word(c.demonym?);
            (d == w).then_some(c.cc)
        })
    };
    for sp in spans {
        let toks = tokens_in(doc, *sp);
        for (i, t) in toks.iter().enumerate() {
            if !is_strike_word(&t.norm) {
                continue;
            }
            // a craft shot down is the victim's ("إسقاط الطائرة الماليزية"),
            // not the striker's (one that crashed is still its own side's)
            let downed = i > 0
                && matches!(
                    toks[i - 1].norm.trim_start_matches(['و', 'ف', 'ب', 'ل']),
                    "اسقاط" | "اسقط" | "اسقطت" | "اسقطوا"
                );
            if downed {
                continue;
            }
            for next in toks.iter().skip(i + 1).take(2) {
                if let Some(cc) = demonym(&next.norm) {
                    return Some((cc, next.span));
                }
                if !FILLERS.contains(&next.norm.as_str()) {
                    break;
                }
            }
        }
    }
    None
}

/// The country of a strike named as the subject of its verb: "شنت روسيا
/// غارات", "قصفت تركيا مواقع", "إسرائيل تقصف" (ISO code, span of the name).
fn striker_country(doc: &Document, spans: &[Span]) -> Option<(&'static str, Span)> {
    const VERBS: &[&str] = &[
        "شنت",
        "قصفت",
        "استهدفت",
        "نفذت",
        "اطلقت",
        "هاجمت",
        "اغارت",
        "تشن",
        "تقصف",
        "تستهدف",
        "تنفذ",
        "تطلق",
        "تهاجم",
    ];
    doc.places
        .iter()
        .filter(|p| p.kind == "country" && spans.iter().any(|s| s.contains(&p.span)))
        .find_map(|p| {
            next_to_verb(doc, p.span, VERBS)
                .then(|| {
                    crate::extract::COUNTRY_FACTS
                        .iter()
                        .find(|c| Some(c.cc) == p.country.as_deref())
                })
                .flatten()
                .map(|c| (c.cc, p.span))
        })
}

/// ACLED associate actors of civilians and demonstrators: who among them
/// ("Journalists (Iraq)", "Women (Iraq); Children (Iraq)", "Students (Iraq)").
fn associates(e: &mut Event, any: &dyn Fn(&cues::Cue) -> bool) {
    let groups: [(&cues::Cue, &str); 9] = [
        (&cues::JOURNALISTS, "Journalists"),
        (&cues::HEALTH_WORKERS, "Health Workers"),
        (&cues::AID_WORKERS, "Aid Workers"),
        (&cues::TEACHERS, "Teachers"),
        (&cues::STUDENTS, "Students"),
        (&cues::REFUGEES, "Refugees/IDPs"),
        (&cues::WOMEN, "Women"),
        (&cues::CHILDREN, "Children"),
        (&cues::LABOUR, "Labor Group"),
    ];
    let scope = |a: &Actor| a.name.find(" (").map(|i| a.name[i..].to_string());
    let named = |inter: u8, suffix: &str, skip_labour: bool| -> Option<Actor> {
        let names: Vec<String> = groups
            .iter()
            .filter(|(c, l)| !(skip_labour && *l == "Labor Group") && any(c))
            .take(2)
            .map(|(_, l)| format!("{l}{suffix}"))
            .collect();
        (!names.is_empty()).then(|| Actor {
            name: names.join("; "),
            name_ar: None,
            inter,
            span: None,
        })
    };
    // victims: civilians as actor2
    if let Some(suffix) = e.actor2.as_ref().filter(|a| a.inter == 7).and_then(&scope) {
        e.assoc_actor_2 = named(7, &suffix, true);
    }
    // demonstrators: protesters or rioters as actor1 (workers on strike too)
    if let Some(suffix) = e
        .actor1
        .as_ref()
        .filter(|a| a.inter == 6 || a.inter == 5)
        .and_then(scope)
    {
        e.assoc_actor_1 = named(7, &suffix, false);
    }
}

/// The normalised words of the tokens after `span`, in text order.
fn words_after(doc: &Document, span: Span) -> impl Iterator<Item = &str> {
    let i = doc.tokens.partition_point(|t| t.span.start < span.end);
    doc.tokens[i.min(doc.tokens.len())..]
        .iter()
        .map(|t| t.norm.as_str())
}

/// Whether the group at `span` only describes another one named before it:
/// the one it is an arm, branch or ally of ("ذراع تنظيم القاعدة",
/// "المرتبطة بتنظيم القاعدة", "الموالية لإيران").
fn describes_another(doc: &Document, span: Span) -> bool {
    words_before(doc, span, 1).first().is_some_and(|w| {
        let w = w.strip_prefix('و').unwrap_or(w);
        matches!(
            w,
            "ذراع"
                | "فرع"
                | "جناح"
                | "المرتبطه"
                | "المرتبط"
                | "المرتبطين"
                | "المرتبطتين"
                | "التابعه"
                | "التابع"
                | "التابعين"
                | "الموالي"
                | "المواليه"
                | "الموالين"
                | "حليف"
                | "حليفه"
        )
    })
}

/// A killing verb right before the name and the count of its victims right
/// after it: the named killed ("قتلت حركة الشباب خمسة رجال", "أعدم تنظيم
/// داعش ثلاثة شبان"), where "قتل" alone is as often "was killed".
pub(crate) fn kills_figure(doc: &Document, span: Span) -> bool {
    let j = doc.tokens.partition_point(|t| t.span.start < span.end);
    verb_before(doc, span, KILLED_BY)
        && doc
            .tokens
            .get(j)
            .is_some_and(|t| crate::casualties::is_figure(&t.norm))
}

/// The normalised words of the `k` tokens right before `span`.
fn words_before(doc: &Document, span: Span, k: usize) -> Vec<&str> {
    let i = doc.tokens.partition_point(|t| t.span.start < span.start);
    doc.tokens[i.saturating_sub(k)..i]
        .iter()
        .map(|t| t.norm.as_str())
        .collect()
}

/// Whether the actor at `span` is the agent of a relative clause about the
/// act, its verb carrying the act as a pronoun right before it: "عملية
/// أمنية نفذتها قوات عراقية", "الغارات التي شنها طيران التحالف".
fn carried_out_by(doc: &Document, span: Span) -> bool {
    // the act's agent after it: "هذا العمل العدائي من قبل الميليشيا
    // الحوثية", "الهجوم من قبل مسلحين" (not who intercepted or reported it:
    // "اعترضته من قبل الدفاعات الجوية")
    let before = words_before(doc, span, 5);
    let by = before.len() >= 3 && before[before.len() - 2..] == ["من", "قبل"] && {
        before[..before.len() - 2].iter().any(|w| {
            let w = w.strip_prefix('و').unwrap_or(w);
            matches!(
                w,
                "العدايي"
                    | "عدايي"
                    | "الهجوم"
                    | "هجوم"
                    | "الاعتداء"
                    | "اعتداء"
                    | "القصف"
                    | "قصف"
                    | "الاستهداف"
                    | "استهداف"
                    | "الارهابي"
                    | "الاجرامي"
                    | "الجريمه"
                    | "المجزره"
            )
        })
    };
    by || words_before(doc, span, 1).first().is_some_and(|w| {
        matches!(
            *w,
            "نفذتها"
                | "نفذها"
                | "نفذته"
                | "شنتها"
                | "شنها"
                | "شنته"
                | "تنفذها"
                | "ينفذها"
                | "تشنها"
                | "يشنها"
                | "ارتكبتها"
                | "ارتكبها"
        )
    })
}

/// Whether the word right before `span` is a strike or its weapon ("القصف
/// الحوثي", "الصواريخ الحوثية"), so that the actor there qualifies it.
fn after_strike_word(doc: &Document, span: Span) -> bool {
    words_before(doc, span, 1)
        .first()
        .is_some_and(|w| is_strike_word(w) && !doc.slice(span).starts_with(['ل', 'و']))
}

/// Whether the force at `span` came after the event: the subject of a verb
/// of cordoning, rushing in or investigating within five words ("وقال سكان
/// إن الشرطة وقوات أمن أخرى أغلقت المنطقة بعد الحادث").
fn responder(doc: &Document, span: Span) -> bool {
    // ("قبل أن تعتقله الشرطة", "قتلته الشرطة": the force that caught the
    // attacker)
    let caught = words_before(doc, span, 1).first().is_some_and(|w| {
        let w = w.strip_prefix('و').unwrap_or(w);
        [
            "اعتقلت",
            "تعتقل",
            "اوقفت",
            "توقف",
            "طاردت",
            "تطارد",
            "اردته",
            "قتلته",
            "قتلتهم",
        ]
        .iter()
        .any(|p| w.starts_with(p))
    });
    caught
        || words_after(doc, span)
            .take(5)
            .take_while(|w| !matches!(*w, "." | "،" | ","))
            .any(|w| {
                let w = w.strip_prefix('و').unwrap_or(w);
                [
                    "اغلقت",
                    "اغلق",
                    "طوقت",
                    "طوق",
                    "هرعت",
                    "هرع",
                    "باشرت",
                    "فرضت",
                ]
                .contains(&w)
            })
}

/// Whether the actor at `span` is the subject of "اتهم" right before it.
fn accuser(doc: &Document, span: Span) -> bool {
    words_before(doc, span, 1).first().is_some_and(|w| {
        matches!(
            w.strip_prefix('و').unwrap_or(w),
            "اتهم" | "اتهمت" | "يتهم" | "تتهم"
        )
    })
}

/// Civilians, fighters and state forces as the dead or hurt are named.
const CIVILIAN_WORDS: &[&str] = &[
    "مدنيا",
    "مدنيين",
    "مدنيون",
    "مدنيان",
    "المدنيين",
    "اطفال",
    "الاطفال",
];
const FIGHTER_WORDS: &[&str] = &[
    "مسلحين",
    "مسلحا",
    "مسلحون",
    "المسلحين",
    "مسلحي",
    "عناصر",
    "العناصر",
    "مقاتلين",
    "المقاتلين",
    "مقاتلا",
    "متشددين",
    "ارهابيين",
    "الارهابيين",
    "ارهابيا",
    "متمردين",
    "المتمردين",
    "حوثيين",
    "الحوثيين",
    "حوثيا",
];
const FORCE_WORDS: &[&str] = &[
    "جنود",
    "جنديا",
    "جنديين",
    "جنديان",
    "عسكريين",
    "عسكريا",
    "شرطيين",
    "شرطيا",
    "ضباط",
    "ضابطا",
    "افراد",
    "منسوبي",
    "منتسبي",
];

/// Whether one of `words` is counted among the dead or hurt in the views:
/// a figure or a death word among the three words before it ("27 مدنيا",
/// "مقتل مدنيين", "بينهم أطفال"), not denied ("عدم مقتل مدنيين").
fn counted_as_casualties(views: &[View], words: &[&str]) -> bool {
    views.iter().any(|v| {
        v.words().any(|(at, w)| {
            words.contains(&w.trim_start_matches(['و', 'ب', 'ل'])) && {
                let before = v.words_before(at, 3);
                let counted = before.iter().any(|b| {
                    let b = b.trim_start_matches(['و', 'ل']);
                    crate::casualties::is_figure(b)
                        || [
                            "مقتل",
                            "قتل",
                            "اصاب",
                            "جرح",
                            "بينهم",
                            "عدد",
                            "عشرات",
                            "مئات",
                        ]
                        .iter()
                        .any(|p| b.starts_with(p))
                });
                let denied = before
                    .iter()
                    .any(|b| matches!(*b, "عدم" | "دون" | "بدون" | "لم" | "لا" | "ليس"));
                counted && !denied
            }
        })
    })
}

/// Whether the actor at `span` is named as what was hit: its positions,
/// members or convoy ("مواقع لتنظيم داعش", "ضد جماعة الحوثي").
fn target_marked(doc: &Document, span: Span) -> bool {
    words_before(doc, span, 3).iter().any(|w| {
        let w = w.trim_start_matches(['و', 'ب', 'ل']);
        HIT_PLACES.contains(&w)
            || matches!(
                w,
                "عناصر"
                    | "مسلحي"
                    | "مقاتلي"
                    | "افراد"
                    | "قاده"
                    | "قيادي"
                    | "قياديا"
                    | "ضد"
                    | "استهدفت"
                    | "استهدف"
                    | "تستهدف"
                    | "يستهدف"
            )
    })
}

/// What an armed actor holds that is hit: "قصفت مواقع لتنظيم داعش" (the
/// owner named after it is the target, not the agent).
const HIT_PLACES: &[&str] = &[
    "مواقع",
    "موقع",
    "موقعا",
    "مقرات",
    "مقر",
    "تجمعات",
    "تجمع",
    "اهداف",
    "معاقل",
    "معقل",
    "مخازن",
    "مراكز",
    "تحصينات",
    "اوكار",
    "ارتال",
    "رتل",
    "اليات",
    "ثكنات",
    "معسكر",
    "معسكرات",
    "دوريه",
    "قافله",
];

/// Whether a normalised word is one of [`STRIKES`], with its clitics and
/// article ("والقصف", "بالغارات").
fn is_strike_word(norm: &str) -> bool {
    let w = norm.trim_start_matches(['و', 'ف', 'ب', 'ل']);
    STRIKES.contains(&norm)
        || STRIKES.contains(&w)
        || w.strip_prefix("ال").is_some_and(|h| STRIKES.contains(&h))
}

/// Whether the actor at `span` owns the strike named right before it:
/// "غارة لتحالف دعم الشرعية", "قصف للجيش", "ضربات لطيران التحالف".
fn strike_of(doc: &Document, span: Span) -> bool {
    let owned = doc
        .slice(span)
        .trim_start_matches(['و', 'ف'])
        .starts_with('ل');
    // (an adjective between: "غارة جوية لطيران التحالف")
    let before = words_before(doc, span, 2);
    let strike = match before.as_slice() {
        [s, adj] if STRIKE_ADJECTIVES.contains(adj) => Some(s),
        [.., w] => Some(w),
        [] => None,
    };
    owned
        && strike.is_some_and(|w| {
            matches!(
                *w,
                "غاره"
                    | "غارات"
                    | "غارتين"
                    | "ضربه"
                    | "ضربات"
                    | "قصف"
                    | "قصفا"
                    | "هجوم"
                    | "هجمات"
                    | "الغاره"
                    | "الغارات"
                    | "القصف"
            )
        })
}

/// Adjectives told between a strike and its owner ("غارة جوية لطيران").
const STRIKE_ADJECTIVES: &[&str] = &[
    "جويه",
    "الجويه",
    "صاروخيه",
    "مدفعي",
    "مدفعيا",
    "جوي",
    "الجوي",
    "جويا",
    "بريه",
];

/// Whether the words between spans `a` and `b` (in text order) make `a`
/// members of `b`: "من" ("مسلحون من حركة طالبان"), "ينتمون (إلى)"
/// ("مسلحون ينتمون لتنظيم داعش"), "أعضاء (في)" ("مسلحون أعضاء بتنظيم
/// داعش"), "تابعون (ل)".
fn members_link(doc: &Document, a: Span, b: Span) -> bool {
    let i = doc.tokens.partition_point(|t| t.span.start < a.end);
    let j = doc.tokens.partition_point(|t| t.span.start < b.start);
    let between: Vec<&str> = doc
        .tokens
        .get(i..j)
        .unwrap_or(&[])
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    let member = |w: &str| {
        matches!(
            w,
            "ينتمون"
                | "ينتمي"
                | "تنتمي"
                | "المنتمين"
                | "منتمين"
                | "اعضاء"
                | "تابعون"
                | "تابعين"
                | "التابعين"
        )
    };
    match between[..] {
        [w] => w == "من" || member(w),
        [w, p] => member(w) && matches!(p, "الي" | "الى" | "في" | "ل"),
        _ => false,
    }
}

/// Whether the actor at `span` is named as the group whose members are
/// counted ("ثلاثة من أفراد قوات الحزام الأمني", "مقتل ستة من عناصر حركة
/// حسم").
fn members_of(doc: &Document, span: Span) -> bool {
    let before = words_before(doc, span, 3);
    let members = before.last().is_some_and(|w| {
        let w = w.strip_prefix('و').unwrap_or(w);
        matches!(
            w,
            "افراد"
                | "عناصر"
                | "مقاتلي"
                | "مسلحي"
                | "منتسبي"
                | "جنود"
                | "قاده"
                | "قياديي"
                | "عنصرا"
                | "عنصرين"
                | "عنصران"
                | "مقاتلا"
        )
    });
    // counted or hit: "ثلاثة من أفراد", "7 عناصر", "مقتل عناصر"
    // (the member word first: reading a figure is the dear part)
    members && before.len() == 3 && {
        let w = before[1].strip_prefix('و').unwrap_or(before[1]);
        w == "من"
            || matches!(w, "مقتل" | "قتل" | "اصابه" | "اعتقال" | "مصرع")
            || crate::casualties::is_figure(w)
    }
}

/// Whether a word ends a speaker told in the words after the say verb:
/// a preposition or the reported clause ("في", "أن"), punctuation, a
/// time word ("الأحد", "مساء"), a figure, an event noun with ب
/// ("بمقتل") or the medium it was told to ("لوكالة", "لرويترز").
fn ends_speaker(w: &str) -> bool {
    matches!(
        w,
        "في" | "ان"
            | "انه"
            | "انها"
            | "،"
            | ","
            | "."
            // (ى is written ي in the view: "إلى" is "الي"; "على" would be
            // "علي", also the name Ali, so it is no stop word)
            | "الي"
            | "من"
            | "عن"
            | "الذي"
            | "التي"
            | "ما"
            | ":"
            | "اليوم"
            | "امس"
            | "مساء"
            | "صباح"
            | "فجر"
            | "ظهر"
            | "ليل"
            | "الاحد"
            | "الاثنين"
            | "الثلاثاء"
            | "الاربعاء"
            | "الخميس"
            | "الجمعه"
            | "السبت"
            | "يوم"
            | "عبر"
            | "خلال"
            | "انذاك"
            | "ايضا"
            | "كذلك"
            | "بدوره"
            | "بدورها"
            // what is announced or claimed: "أعلن الجيش مقتل", "أعلنت
            // الحركة مسؤوليتها"
            | "مقتل"
            | "اصابه"
            | "استشهاد"
            | "سقوط"
            | "وقوع"
            | "تنفيذ"
            | "المسووليه"
            | "مسووليه"
    ) || w.starts_with("مسووليت")
        || w.chars().next().is_some_and(|c| c.is_ascii_digit())
        || [
            "بمقتل",
            "باصابه",
            "بان",
            "بسقوط",
            "بوقوع",
            "بشن",
            "بتنفيذ",
            "باستهداف",
            "بمصرع",
            "باستشهاد",
            "بتعرض",
            "باعتقال",
            "بحصيله",
            "بارتفاع",
        ]
        .contains(&w)
        || [
            "لوكاله",
            "لرويترز",
            "لفرانس",
            "للصحفيين",
            "لصحيفه",
            "لقناه",
            "لموقع",
            "للانباء",
            "لوسايل",
            "للتلفزيون",
            "لتلفزيون",
            "لاذاعه",
        ]
        .iter()
        .any(|p| w.starts_with(p))
}

/// Whether the actor at `span` is named as support ("مدعومة بقوات X",
/// "مسنودة بمقاتلات X", "بدعم من X", "بمساندة X", "بإسناد من X").
fn supports(doc: &Document, span: Span) -> bool {
    words_before(doc, span, 3).iter().any(|w| {
        let w = w.strip_prefix('و').unwrap_or(w);
        w.starts_with("مدعوم")
            || w.starts_with("مدعم")
            || w.starts_with("مسنود")
            || w.starts_with("بدعم")
            || w.starts_with("بمسانده")
            || w.starts_with("باسناد")
            || w == "بمشاركه"
    })
}

/// Whether the actor at `span` is named as whose fire or hands did it:
/// right after "برصاص", "بنيران", "على يد/أيدي" ("برصاص قوات الاحتلال"),
/// or as the owner of the aircraft ("طائرات تابعة لقوات حفتر").
fn by_fire_of(doc: &Document, span: Span) -> bool {
    matches!(
        words_before(doc, span, 2)[..],
        [
            ..,
            "برصاص" | "بنيران" | "بنار" | "برصاصه" | "بقذيفه" | "بقذائف"
        ]
            // "صاروخ مصدره قوات النظام", "قذائف أطلقتها ميليشيا الحوثي"
            | [
                ..,
                "مصدره" | "مصدرها" | "اطلقته" | "اطلقتها" | "اطلقه" | "اطلقها" | "اطلقوها"
            ]
            | [.., "علي" | "على", "يد" | "ايدي" | "يدي"]
            // "طائرات تابعة لقوات حفتر": whose aircraft
            | [
                "طايرات" | "طايره" | "مقاتلات" | "مسيرات" | "مسيره" | "طيران",
                "تابعه" | "التابعه"
            ]
    )
}

/// Whether the actor at `span` acts: it stands just before a perpetration
/// verb ("حركة الشباب نفذت", "مسلحو داعش هاجموا") or after "من" following an
/// attacker noun ("اقتحم متشدد من حركة الشباب"), and is not the object of
/// a fight against it ("ضد داعش", "محاربة تنظيم").
fn is_agent(doc: &Document, span: Span) -> bool {
    let j = doc.tokens.partition_point(|t| t.span.start < span.end);
    let before = words_before(doc, span, 3);
    if before.iter().any(|w| {
        matches!(
            *w,
            "ضد" | "محاربه"
                | "مكافحه"
                | "لمكافحه"
                | "لمحاربه"
                | "قتال"
                | "لقتال"
                | "مواجهه"
                | "تحارب"
                | "يقاتل"
                | "تقاتل"
        )
    }) {
        return false;
    }
    // the words after the name, up to the end of its sentence
    let after: Vec<String> = doc.tokens[j..(j + 3).min(doc.tokens.len())]
        .iter()
        .map(|t| t.norm.clone())
        .take_while(|w| !matches!(w.as_str(), "." | "!" | "?" | "؟" | "؛"))
        .collect();
    // (an owner is no subject of a verb joined by "و": "6 مركبات عسكرية
    // تابعة للحوثيين وقتلت 100 عنصر" goes on with the subject told before;
    // "النقطة التابعة للحوثيين أطلقت الرصاص" is the owner's act)
    let owner = before.last().is_some_and(|w| {
        matches!(
            *w,
            "تابعه" | "التابعه" | "تابع" | "التابع" | "تابعين" | "التابعين" | "تابعون"
        )
    });
    if owner && after.first().is_some_and(|w| w.starts_with('و')) {
        return false;
    }
    let agent_verb = |w: &str| {
        let w = w.strip_prefix('و').unwrap_or(w);
        AGENT_VERBS.iter().any(|v| w.starts_with(v))
    };
    // VSO: "أطلقت جماعة الحوثي صاروخا" (not "قتل": unvocalised, it is
    // as often "were killed")
    // (not the owner of the positions hit: "قصفت مواقع لتنظيم داعش")
    let object = before.last().is_some_and(|w| HIT_PLACES.contains(w));
    let vso = !object
        && before.iter().rev().take(2).any(|w| {
            let bare = w.strip_prefix('و').unwrap_or(w);
            agent_verb(w) && !bare.starts_with("قتل") && !bare.starts_with("اعلن")
        });
    let kill_word = |w: &str| {
        let w = w.strip_prefix('و').unwrap_or(w);
        ["قتل", "مقتل", "استشهد", "استشهاد", "مصرع", "اصابه", "اصيب"]
            .iter()
            .any(|k| w.starts_with(k))
    };
    // counted victims are no agents ("استشهد ثلاثة عناصر من حزب الله");
    // asked last, only after "من" (reading a figure is the dear part)
    let counted = || {
        before
            .iter()
            .any(|w| kill_word(w) || crate::casualties::is_figure(w))
    };
    // (the dead are no agents: "قتل ثلاثة مسلحين في قصف")
    let killed_before = || before.iter().any(|w| kill_word(w));
    // "ميليشيات الحوثي قامت بقصف مركز": the act as a noun after "قام ب"
    let did = after
        .first()
        .is_some_and(|w| matches!(w.strip_prefix('و').unwrap_or(w), "قام" | "قامت" | "قاموا"))
        && after.get(1).is_some_and(|w| {
            w.strip_prefix('ب').is_some_and(|n| {
                [
                    "قصف",
                    "استهداف",
                    "اطلاق",
                    "تفجير",
                    "اقتحام",
                    "اختطاف",
                    "خطف",
                    "شن",
                    "مهاجمه",
                    "اغتيال",
                    "قتل",
                    "اعدام",
                    "زرع",
                    "الهجوم",
                ]
                .iter()
                .any(|v| n.starts_with(v))
            })
        });
    vso || did
        || kills_figure(doc, span)
        // (not the counted dead: "إن 56 حوثيا قتلوا")
        || (after.iter().take(2).any(|w| agent_verb(w))
            && !killed_before()
            && !before
                .last()
                .is_some_and(|w| crate::casualties::is_figure(w)))
        || (before.last() == Some(&"من")
            && before.iter().any(|w| {
                matches!(
                    *w,
                    "متشدد"
                        | "مسلح"
                        | "مسلحين"
                        | "مسلحون"
                        | "عناصر"
                        | "مقاتلين"
                        | "مقاتلون"
                        | "انتحاري"
                        | "مهاجم"
                        | "متشددين"
                )
            })
            && !counted())
}

/// A state force that fires: the subject right after a verb of firing
/// ("قصف الجيش الإسرائيلي", "شنت القوات الروسية") or right before one
/// ("القوات التركية قصفت"). Not "استهدف": a force after it is the target.
fn fires(doc: &Document, span: Span) -> bool {
    // "استهدف" only SVO: its subject comes first ("طائرات التحالف استهدفت")
    next_to_verb(doc, span, FIRE) || verb_after(doc, span, TARGETED)
}

/// Verbs of killing whose VSO subject killed when a count follows it.
const KILLED_BY: &[&str] = &["قتل", "قتلت", "اعدم", "اعدمت"];

/// A force that is the subject of a killing verb right before it, with the
/// count of the killed right after it: "قتل الحرس الثوري تسعة أشخاص" (with
/// no count the verb is as often passive: "قتل جنود الجيش"); or with a
/// victim in the accusative after it, the verb before or after the force
/// ("قتل جنود إسرائيليون فلسطينياً", "إن جنوداً إسرائيليين قتلوا صبياً").
fn kills_count(doc: &Document, span: Span) -> bool {
    let j = doc.tokens.partition_point(|t| t.span.start < span.end);
    let count_at = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| {
            doc.numbers
                .iter()
                .any(|n| n.span.start == t.span.start && !n.ordinal)
        })
    };
    let victim_at = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| ACCUSATIVE_VICTIMS.contains(&t.norm.as_str()))
    };
    (verb_before(doc, span, KILLED_BY) && (count_at(j) || victim_at(j)))
        || (verb_at(doc, j, KILLED_BY_SVO) && victim_at(j + 1))
}

/// Verbs of killing after their subject ("إن جنوداً قتلوا صبياً").
const KILLED_BY_SVO: &[&str] = &["قتل", "قتلت", "قتلوا", "قتلا"];

/// One victim in the accusative: the object of an active killing verb.
const ACCUSATIVE_VICTIMS: &[&str] = &[
    "رجلا",
    "شخصا",
    "شابا",
    "صبيا",
    "طفلا",
    "مدنيا",
    "مواطنا",
    "فلسطينيا",
    "جنديا",
    "شرطيا",
    "ضابطا",
    "صحفيا",
    "عسكريا",
    "متظاهرا",
    "محتجا",
    "مسلحا",
];

/// The side told as withdrawing or driven out ("إثر انسحاب المقاتلين
/// الأكراد", "بعد طرد عناصر داعش"): it lost the place.
fn withdrew(doc: &Document, span: Span) -> bool {
    words_before(doc, span, 3).iter().any(|w| {
        let w = w.strip_prefix('و').unwrap_or(w);
        [
            "انسحاب",
            "انسحب",
            "طرد",
            "دحر",
            "هزيمه",
            "خروج",
            "اخراج",
            "فرار",
        ]
        .iter()
        .any(|p| w.starts_with(p) || w.strip_prefix('ب').is_some_and(|x| x.starts_with(p)))
    })
}

/// "استهدف" and its forms: the force before it fired, the one after it
/// was hit.
const TARGETED: &[&str] = &["استهدف", "استهدفت", "تستهدف", "يستهدف", "استهدفوا"];

/// Whether the token right before `span` or right after it is one of
/// `verbs` (after a conjunction و): the span is the verb's subject, VSO or SVO.
fn next_to_verb(doc: &Document, span: Span, verbs: &[&str]) -> bool {
    verb_before(doc, span, verbs) || verb_after(doc, span, verbs)
}

/// Whether token `k` is one of `verbs` (after a conjunction و).
fn verb_at(doc: &Document, k: usize, verbs: &[&str]) -> bool {
    doc.tokens
        .get(k)
        .is_some_and(|t| verbs.contains(&t.norm.strip_prefix('و').unwrap_or(&t.norm)))
}

/// The token right before `span` is one of `verbs` (VSO).
fn verb_before(doc: &Document, span: Span, verbs: &[&str]) -> bool {
    let i = doc.tokens.partition_point(|t| t.span.start < span.start);
    i > 0 && verb_at(doc, i - 1, verbs)
}

/// The token right after `span` is one of `verbs` (SVO).
fn verb_after(doc: &Document, span: Span, verbs: &[&str]) -> bool {
    let j = doc.tokens.partition_point(|t| t.span.start < span.end);
    if verb_at(doc, j, verbs) {
        return true;
    }
    // across a phrase of where the force stands: "القوات العسكرية المتمركزة
    // خارج أسوار قضاء الفلوجة أطلقت قذائف الهاون"
    let stationed = doc.tokens.get(j).is_some_and(|t| {
        ["المتمركز", "المتواجد", "المنتشر", "المرابط", "الموجود"]
            .iter()
            .any(|p| t.norm.starts_with(p))
    });
    // or across a relative clause: "قوات التحالف الذي تقوده السعودية شنت
    // غارات", "التحالف الذي شن غارات"
    let relative = doc
        .tokens
        .get(j)
        .is_some_and(|t| matches!(t.norm.as_str(), "الذي" | "التي" | "الذين"));
    let from = if relative { j + 1 } else { j + 2 };
    (stationed || relative)
        && (from..j + 7)
            .take_while(|&k| {
                doc.tokens
                    .get(k)
                    .is_some_and(|t| t.norm.chars().any(char::is_alphanumeric))
            })
            .any(|k| verb_at(doc, k, verbs))
}

fn following_word(doc: &Document, span: Span) -> String {
    let i = doc.tokens.partition_point(|t| t.span.start < span.end);
    doc.tokens
        .get(i)
        .map(|t| t.norm.clone())
        .unwrap_or_default()
}

/// Nationality of the victims when the clause says so ("شاب لبناني",
/// "الجنسية اللبنانية"): a demonym place item near a civilian word.
fn victim_nationality(doc: &Document, spans: &[Span]) -> Option<String> {
    let _ = (doc, spans);
    None
}

/// Titles before a speaker's name, in the view's normalised spelling
/// (ئ → ي).
const TITLES: &[&str] = &[
    "المتحدث",
    "المتحدثه",
    "الناطق",
    "الناطقه",
    "مدير",
    "قايد",
    "وزير",
    "وزيره",
    "ريس",
    "محافظ",
    "مسوول",
    "نايب",
    "عضو",
    "امين",
    "سفير",
    "مندوب",
    "العقيد",
    "اللواء",
    "العميد",
    "المقدم",
    "الرايد",
    "النقيب",
    "الجنرال",
];

/// A speaker's name with the title that comes between the say-verb and the
/// name ("المتحدث باسم التحالف الدولي ..., العقيد واين ماروتو"), as written.
fn with_title(doc: &Document, v: &View, say_at: usize, name: Span) -> String {
    let plain = doc.slice(name).to_string();
    let Some(start) = v.char_at(doc, say_at) else {
        return plain;
    };
    let first = v
        .text
        .get(say_at..)
        .and_then(|t| t.split(' ').find(|w| !w.is_empty()))
        .unwrap_or("");
    if start < name.start && name.start - start <= 150 && TITLES.contains(&first) {
        let written = doc.slice(Span::new(start, name.end));
        return written.trim_end_matches([',', '،', ' ']).to_string();
    }
    plain
}

/// English name of a news outlet or platform a claim came through.
fn outlet(norm: &str) -> Option<&'static str> {
    const OUTLETS: &[(&str, &str)] = &[
        ("الاناضول", "Anadolu Agency"),
        ("رويترز", "Reuters"),
        ("فرانس برس", "AFP"),
        ("ا ف ب", "AFP"),
        ("اسوشيتد برس", "Associated Press"),
        ("واس", "Saudi Press Agency"),
        ("سانا", "SANA"),
        ("الجزيره", "Al Jazeera"),
        ("العربيه", "Al Arabiya"),
        ("سكاي نيوز", "Sky News Arabia"),
        ("بي بي سي", "BBC"),
        ("تويتر", "Twitter"),
        ("تغريده", "Twitter"),
        ("فيسبوك", "Facebook"),
        ("تلغرام", "Telegram"),
        ("قنا", "Qatar News Agency"),
        ("وام", "WAM"),
        ("سبا", "Saba"),
        ("شينخوا", "Xinhua"),
        ("بترا", "Petra"),
        ("كونا", "KUNA"),
    ];
    let words: Vec<&str> = norm.split(' ').collect();
    OUTLETS
        .iter()
        .find(|(k, _)| {
            let kw: Vec<&str> = k.split(' ').collect();
            words.windows(kw.len()).any(|w| {
                w.iter().zip(&kw).all(|(a, b)| {
                    a == b || a.strip_prefix('ل') == Some(b) || a.strip_prefix("ب") == Some(b)
                })
            })
        })
        .map(|(_, n)| *n)
}

/// Claims of one source told in several sentences become one: a definite
/// back-reference ("المصدر", "المسؤول") or the speaker's surname again
/// ("وأضاف ماروتو") continues the claim before it; an apposition ("وهو
/// ضابط في الجيش العراقي") describes the source.
/// Also returns the renames (old source, merged source).
fn merge_claims(doc: &Document, claims: Vec<Claim>) -> (Vec<Claim>, Vec<(String, String)>) {
    let mut out: Vec<Claim> = Vec::new();
    let mut renames: Vec<(String, String)> = Vec::new();
    for c in claims {
        let norm = rasd_text::norm_word(&c.source);
        let words: Vec<&str> = norm.split(' ').filter(|w| !w.is_empty()).collect();
        let back_ref = matches!(
            words.first().copied(),
            Some("المصدر" | "المسوول" | "الضابط" | "المتحدث" | "الناطق" | "الشاهد")
        ) && words.len() <= 2;
        let last = words.last().copied().unwrap_or("");
        let same = out.iter().rposition(|o| {
            let on = rasd_text::norm_word(&o.source);
            if back_ref {
                return o.anonymous == c.anonymous || c.anonymous;
            }
            words.len() == 1 && last.chars().count() >= 3 && on.split(' ').any(|w| w == last)
        });
        match same.and_then(|i| out.get_mut(i)) {
            Some(o) => {
                if let Some(desc) = c.span.and_then(|sp| apposition(doc, sp)) {
                    if !o.source.contains(&desc) {
                        let new = format!("{}، {desc}", o.source);
                        renames.push((o.source.clone(), new.clone()));
                        o.source = new;
                    }
                }
                renames.push((c.source.clone(), o.source.clone()));
                o.via = o.via.take().or(c.via);
                let s = &mut o.says;
                s.fatalities = s.fatalities.or(c.says.fatalities);
                s.injuries = s.injuries.or(c.says.injuries);
                s.damage = s.damage.take().or(c.says.damage);
                s.time = s.time.take().or(c.says.time);
                for q in c.says.quantities {
                    if !s.quantities.contains(&q) {
                        s.quantities.push(q);
                    }
                }
                for w in c.says.weapons {
                    if !s.weapons.contains(&w) {
                        s.weapons.push(w);
                    }
                }
            }
            None => out.push(c),
        }
    }
    (out, renames)
}

/// "، وهو ضابط في الجيش العراقي،": what the sentence says the source is.
fn apposition(doc: &Document, sentence: Span) -> Option<String> {
    let text = doc.slice(sentence);
    let at = ["وهو ", "وهي "]
        .iter()
        .find_map(|k| text.find(k).map(|i| i + k.len()))?;
    // it stands by the speaker, before the reported clause ("وأوضح المرصد
    // أن هجوم ... على الجيب، وهو أكثر المناطق" describes the pocket)
    if [" أن ", " إن ", " ان ", " بأن "]
        .iter()
        .filter_map(|k| text.find(k))
        .any(|i| i < at)
    {
        return None;
    }
    let rest = text.get(at..)?;
    let end = rest.find(['،', ',', '.']).unwrap_or(rest.len());
    let desc = rest.get(..end)?.trim();
    (!desc.is_empty() && desc.chars().count() <= 60).then(|| desc.to_string())
}

/// Claims: one per clause with an attribution (say-verb or "نقلت ... عن").
fn claims(doc: &Document, spans: &[Span]) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::new();
    for sp in spans {
        let sent = doc.sentence_at(sp.start).map(|s| s.span).unwrap_or(*sp);
        let v = View::new(doc, sent);
        if !v.is_match(&cues::SAY) {
            continue;
        }
        if out.iter().any(|c| c.span == Some(sent)) {
            continue;
        }
        // speaker: PER/ORG entity right after the say verb, else the words after it
        // (not the noun "نقل", transport: "صهاريج نقل محروقات")
        let says: Vec<(usize, usize)> = v
            .find_all(&cues::SAY)
            .into_iter()
            .filter(|&(a, b)| {
                let w = v.text.get(a..b).unwrap_or("").trim();
                let prev = v
                    .text
                    .get(..a)
                    .unwrap_or("")
                    .split(' ')
                    .rfind(|w| !w.is_empty());
                // nor a word with the article ("التابع للجيش": affiliated)
                let bare = w.trim_start_matches(['و', 'ف']);
                let bare = bare.strip_prefix(['ب', 'ل', 'ك']).unwrap_or(bare);
                let article =
                    bare.starts_with("ال") || w.trim_start_matches(['و', 'ف']).starts_with("لل");
                // nor "تابع ل" (affiliated to), as opposed to "وتابع قائلا"
                let next = v
                    .text
                    .get(b..)
                    .unwrap_or("")
                    .split(' ')
                    .find(|w| !w.is_empty());
                let affiliated =
                    bare.starts_with("تابع") && next.is_some_and(|n| n.starts_with('ل'));
                let transport =
                    w == "نقل" && prev.is_some_and(|p| p.chars().any(char::is_alphabetic));
                !(article || affiliated || transport)
            })
            .collect();
        if says.is_empty() {
            continue;
        }
        let mut say_at = says.first().map(|x| x.1).unwrap_or(0);
        // "بحسب ما أفادت لجان المقاومة", "وفق ما أورد مراسلونا": the speaker
        // follows the second verb
        if let Some(rest) = v.text.get(say_at..) {
            let words: Vec<&str> = rest.split(' ').filter(|w| !w.is_empty()).take(2).collect();
            if let [ma, verb] = words[..] {
                if ma == "ما" && !verb.starts_with(|c: char| c.is_ascii_digit()) {
                    let skip = rest.find(verb).map_or(0, |p| p + verb.len());
                    say_at += skip;
                }
            }
        }
        let after = v.char_at(doc, say_at).unwrap_or(sent.start);
        let after_tok = doc.tokens.partition_point(|t| t.span.start < after);
        // speakers are people and organisations, never places
        let near = |e: &&EntityMention| {
            sent.contains(&e.span)
                && e.span.start >= after.saturating_sub(1)
                && e.span.start < after + 120
                && matches!(
                    e.kind,
                    rasd_core::EntityKind::PER | rasd_core::EntityKind::ORG
                )
                && !doc.places.iter().any(|p| p.span.overlaps(&e.span))
        };
        // "نقلت وكالة X عن مصدر Y": the source is what follows "عن"
        const AN: &str = " عن ";
        // (not "أعلنت مسؤوليتها عن الهجوم": what is claimed, not a source)
        let an = v.text.find(AN).filter(|&b| {
            let between = v.text.get(say_at..b).unwrap_or("");
            let next = v
                .text
                .get(b + AN.len()..)
                .unwrap_or("")
                .split(' ')
                .find(|w| !w.is_empty())
                .unwrap_or("");
            b > say_at
                && between.split(' ').count() <= 5
                && !between.contains("مسووليت")
                && !matches!(
                    next,
                    "الهجوم"
                        | "الانفجار"
                        | "التفجير"
                        | "العمليه"
                        | "الحادث"
                        | "الاعتداء"
                        | "مقتل"
                )
        });
        // "قالت مصادر أمنية عراقية": a source noun right after the verb,
        // with its adjectives, is the speaker
        let noun_phrase = {
            let words: Vec<&str> = v
                .text
                .get(say_at..)
                .unwrap_or("")
                .split(' ')
                .filter(|w| !w.is_empty())
                .collect();
            let head = words.first().copied().unwrap_or("");
            let source_noun = matches!(
                head,
                "مصدر"
                    | "مصادر"
                    | "المصدر"
                    | "المسوول"
                    | "الضابط"
                    | "الشاهد"
                    | "مسوول"
                    | "مسوولون"
                    | "ضابط"
                    | "شاهد"
                    | "شهود"
                    | "سكان"
                    | "متحدث"
                    | "مراسل"
                    | "ناشطون"
                    | "ناشط"
            );
            source_noun.then(|| {
                words
                    .iter()
                    .take(4)
                    .take_while(|w| !matches!(**w, "," | "ان" | "انه" | "لوكاله" | "في" | ":"))
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
        };
        // give the speaker as written in the article, not normalised
        let noun_phrase = noun_phrase.filter(|np| !np.is_empty()).and_then(|np| {
            let s = v.text.get(say_at..)?.find(np.as_str())? + say_at;
            v.span(doc, s, s + np.len())
                .map(|sp| doc.slice(sp).to_string())
        });
        let speaker = match (an, noun_phrase) {
            (None, Some(np)) => Some(np),
            (Some(b), _) => {
                let words: Vec<&str> = v
                    .text
                    .get(b + AN.len()..)
                    .unwrap_or("")
                    .split(' ')
                    .take(3)
                    .filter(|w| !matches!(*w, "قوله" | "قولها" | "قولهم" | "ان" | ","))
                    .collect();
                Some(words.join(" ")).filter(|w| !w.is_empty())
            }
            (None, None) => {
                let person = doc
                    .entities
                    .iter()
                    .filter(|e| near(e) && e.kind == rasd_core::EntityKind::PER)
                    .min_by_key(|e| e.span.start);
                match person {
                    // "قال المتحدث باسم التحالف ... العقيد واين ماروتو": the
                    // speaker with the title that introduces him
                    Some(p) => Some(with_title(doc, &v, say_at, p.span)),
                    // an organisation close after the verb (a day name or a
                    // comma between), not one further down the clause
                    // ("أعلنت خلية الإعلام الأمني، السبت، مقتل جنديين ...
                    // دورية للجيش": not "للجيش")
                    None => doc
                        .entities
                        .iter()
                        .filter(near)
                        .filter(|e| {
                            let j = doc.tokens.partition_point(|t| t.span.start < e.span.start);
                            let gap = doc.tokens.get(after_tok..j).unwrap_or(&[]);
                            gap.iter()
                                .filter(|t| t.kind == rasd_core::TokenKind::Word)
                                .count()
                                <= 2
                        })
                        .min_by_key(|e| e.span.start)
                        .map(|e| doc.slice(e.span).to_string()),
                }
            }
        };
        let anonymous = v.is_match(&cues::ANONYMOUS);
        let source = speaker.or_else(|| {
            if anonymous {
                return Some("anonymous source".into());
            }
            // the words after the verb, up to a preposition or the
            // reported clause, as written in the article
            // (a long name runs on: "التحالف الدولي بقيادة الولايات
            // المتحدة", "المتحدث باسم المركز الإعلامي لعملية بركان الغضب";
            // a time word, a figure, "بمقتل", "لوكالة" end it)
            let rest = v.text.get(say_at..).unwrap_or("");
            let words: Vec<&str> = rest
                .split(' ')
                .filter(|w| !w.is_empty())
                .take(8)
                .take_while(|w| !ends_speaker(w))
                .collect();
            let phrase = words.join(" ");
            if phrase.is_empty() {
                // "وأكد الجيش أن ...": the speaker before the verb
                return doc
                    .entities
                    .iter()
                    .filter(|e| {
                        sent.contains(&e.span)
                            && e.span.end <= after
                            && matches!(
                                e.kind,
                                rasd_core::EntityKind::PER | rasd_core::EntityKind::ORG
                            )
                    })
                    .max_by_key(|e| e.span.end)
                    .map(|e| doc.slice(e.span).to_string());
            }
            Some(
                rest.find(phrase.as_str())
                    .and_then(|p| v.span(doc, say_at + p, say_at + p + phrase.len()))
                    .map_or(phrase, |sp| doc.slice(sp).to_string()),
            )
        });
        // no one to attribute it to: not a claim (and never a trailing
        // full stop: "مراسلنا.")
        let Some(source) = source
            .map(|s| {
                s.trim_end_matches(|c: char| !c.is_alphanumeric())
                    .to_string()
            })
            .filter(|s| !s.is_empty())
        else {
            continue;
        };
        // "نقلت وكالة الأناضول": the agency's name follows the generic word
        let via = v.find_all(&cues::VIA).first().and_then(|&(s, e)| {
            let generic = ["وكاله", "صحيفه", "قناه", "موقع", "تلفزيون", "اذاعه"]
                .iter()
                .any(|g| v.text.get(..e).is_some_and(|t| t.trim_end().ends_with(g)));
            let sp = v.span(doc, s, e)?;
            if !generic {
                let named = v.text.get(s..e).and_then(|t| outlet(t.trim()));
                return Some(named.map_or_else(|| doc.slice(sp).to_string(), str::to_string));
            }
            let next = doc.tokens.iter().find(|t| t.span.start >= sp.end)?;
            Some(
                outlet(&next.norm).map_or_else(|| doc.slice(next.span).to_string(), str::to_string),
            )
        });
        out.push(Claim {
            source,
            via,
            anonymous,
            says: ClaimSays::default(),
            span: Some(sent),
        });
    }
    out
}

/// Whether a sentence names a kind of violence (air strike, shelling,
/// bombing, abduction) and none of the kind of `sub` (a sub-event type).
fn names_other_violence(v: &View, sub: &str) -> bool {
    let kinds: [(&[&cues::Cue], &[&str]); 4] = [
        (&[&cues::AIR, &cues::AIR_WEAK], &["Air/drone strike"]),
        (&[&cues::SHELL], &["Shelling/artillery/missile attack"]),
        (
            &[&cues::IED, &cues::SUICIDE, &cues::VBIED],
            &["Remote explosive/landmine/IED", "Suicide bomb"],
        ),
        (&[&cues::ABDUCT], &["Abduction/forced disappearance"]),
    ];
    let named: Vec<bool> = kinds
        .iter()
        .map(|(cs, _)| cs.iter().any(|c| v.is_match(c)))
        .collect();
    named.iter().any(|n| *n)
        && !kinds
            .iter()
            .zip(&named)
            .any(|((_, subs), n)| *n && subs.contains(&sub))
}

/// Claimed, accused (specific or habitual) and denied responsibility.
/// The sentences of a document that claim, deny or accuse responsibility
/// (recalled history excepted), from their views.
pub fn responsibility_sentences<'a>(views: impl Iterator<Item = (Span, &'a View)>) -> Vec<Span> {
    views
        .filter(|(_, v)| {
            (v.is_match(&cues::CLAIM)
                || v.is_match(&cues::ACCUSE)
                || v.is_match(&cues::NO_CLAIM)
                || v.is_match(&cues::DENY))
                && !cues::recalls(v)
        })
        .map(|(s, _)| s)
        .collect()
}

fn responsibility(
    doc: &Document,
    e: &mut Event,
    spans: &[Span],
    country: Option<&str>,
    claiming: &[Span],
) {
    // look at the event's sentences and the rest of the article's paragraphs
    // for claims of this event: claims are often a separate sentence
    let mut sentences: Vec<Span> = Vec::new();
    for sp in spans {
        if let Some(s) = doc.sentence_at(sp.start) {
            if !sentences.contains(&s.span) {
                sentences.push(s.span);
            }
        }
    }
    let own = sentences.len();
    for s in claiming {
        if !sentences.contains(s) {
            sentences.push(*s);
        }
    }
    let sub = e.sub_event_type.clone().unwrap_or_default();
    let r = &mut e.responsibility;
    for (k, s) in sentences.into_iter().enumerate() {
        let v = View::new(doc, s);
        // a claim elsewhere in the article that names another kind of
        // violence ("تبنت عملية الخطف" beside an air strike) is not this
        // event's
        if k >= own && names_other_violence(&v, &sub) {
            continue;
        }
        let groups: Vec<&EntityMention> = doc
            .entities
            .iter()
            .filter(|x| s.contains(&x.span))
            .filter(|x| {
                x.actor
                    .as_ref()
                    .is_some_and(|a| (2..=4).contains(&a.inter) || a.inter == 8)
            })
            .collect();
        let name = |x: &EntityMention| {
            x.actor
                .as_ref()
                .map(|a| a.name.clone())
                .unwrap_or_else(|| doc.slice(x.span).to_string())
        };
        let _ = country;
        if v.is_match(&cues::CLAIM) && !v.is_match(&cues::NO_CLAIM) {
            // the claimant: the group named first inside the claim phrase
            // ("أعلنت حركة الشباب المرتبطة بتنظيم القاعدة مسؤوليتها"), else the
            // group right before it ("حركة الشباب التي أعلنت مسؤوليتها")
            let m = v.find_all(&cues::CLAIM).first().copied();
            let (ms, me) = m
                .and_then(|(s, e)| v.span(doc, s, e))
                .map_or((s.start, s.end), |sp| (sp.start, sp.end));
            let claimant = groups
                .iter()
                .filter(|g| g.span.start >= ms && g.span.start < me)
                .min_by_key(|g| g.span.start)
                // "تبنت حركة الشباب الهجوم": the group right after the verb
                .or_else(|| {
                    groups
                        .iter()
                        .filter(|g| g.span.start >= me && g.span.start < me + 25)
                        .min_by_key(|g| g.span.start)
                })
                // (not the group it is an arm of: "جماعة الشباب، ذراع تنظيم
                // القاعدة، ... وأعلنت مسؤوليتها")
                .or_else(|| {
                    groups
                        .iter()
                        .filter(|g| g.span.end <= ms && !describes_another(doc, g.span))
                        .max_by_key(|g| g.span.end)
                });
            if let Some(g) = claimant {
                let n = name(g);
                if !r.claimed_by.contains(&n) {
                    r.claimed_by.push(n);
                }
            }
        } else if v.is_match(&cues::ACCUSE) {
            let habitual = cues::habitual(&v);
            // the accuser stands before the verb, the accused after it
            let verb_at = v
                .find_all(&cues::ACCUSE)
                .first()
                .and_then(|m| v.char_at(doc, m.0))
                .unwrap_or(s.start);
            // the accuser: the closest actor, country or named entity before
            // the verb, by its English name when it has one
            let before = |sp: Span| s.contains(&sp) && sp.end <= verb_at;
            let actor_by = doc
                .entities
                .iter()
                .filter(|x| before(x.span) && x.actor.is_some())
                .filter_map(|x| Some((x.span.end, x.actor.as_ref()?.name.clone())));
            let country_by = doc
                .places
                .iter()
                .filter(|p| before(p.span) && p.kind == "country")
                .map(|p| (p.span.end, p.name.clone()));
            let entity_by = doc
                .entities
                .iter()
                .filter(|x| before(x.span) && !doc.places.iter().any(|p| p.span.overlaps(&x.span)))
                .map(|x| (x.span.end, doc.slice(x.span).to_string()));
            // (on a tie the last wins: an actor over a country over a name)
            let by = entity_by
                .chain(country_by)
                .chain(actor_by)
                .max_by_key(|(end, _)| *end)
                .map(|(_, n)| n);
            // a state force is accused when named right after the verb
            // ("الهجوم الذي يشتبه أن النظام السوري شنه")
            // of this event's own sentence, and with the deed told back
            // ("شنه", "بشنها"), not an attack answered ("ردا على هجمات
            // اتهم الغرب النظام بشنها")
            let answered = v.text.contains("ردا علي") || v.text.contains("انتقاما");
            let forces_accusable = k < own && !answered;
            let forces = doc.entities.iter().filter(|x| {
                forces_accusable
                    && s.contains(&x.span)
                    && x.span.start >= verb_at
                    && x.span.start < verb_at + 30
                    && x.actor.as_ref().is_some_and(|a| a.inter == 1)
                    && words_after(doc, x.span).take(2).any(|w| {
                        matches!(
                            w,
                            "شنه"
                                | "شنها"
                                | "بشنه"
                                | "بشنها"
                                | "نفذه"
                                | "نفذها"
                                | "بتنفيذه"
                                | "بتنفيذها"
                        )
                    })
            });
            let mut accused: Vec<&EntityMention> = groups
                .iter()
                .copied()
                .filter(|g| g.span.start >= verb_at)
                .chain(forces)
                .collect();
            accused.sort_by_key(|g| g.span.start);
            for g in accused {
                let n = name(g);
                if !r.accused.iter().any(|a| a.actor == n) {
                    r.accused.push(Accusation {
                        actor: n,
                        by: by.clone(),
                        specific: !habitual,
                        span: Some(g.span),
                    });
                }
            }
        } else if v.is_match(&cues::DENY) && v.text.contains("مسوول") {
            // the denier is the subject of the verb: the actor right after it
            // ("نفت الحركة") or the closest before it ("التحالف نفى")
            let verb = v
                .find_all(&cues::DENY)
                .first()
                .and_then(|m| Some((v.char_at(doc, m.0)?, v.span(doc, m.0, m.1)?.end)));
            let actors_in = |f: &dyn Fn(&EntityMention) -> bool| {
                doc.entities
                    .iter()
                    .filter(|x| s.contains(&x.span) && x.actor.is_some() && f(x))
                    .collect::<Vec<_>>()
            };
            let denier = verb.and_then(|(vs, ve)| {
                actors_in(&|x| x.span.start >= ve && x.span.start < ve + 25)
                    .into_iter()
                    .min_by_key(|x| x.span.start)
                    .or_else(|| {
                        actors_in(&|x| x.span.end <= vs)
                            .into_iter()
                            .max_by_key(|x| x.span.end)
                    })
            });
            if let Some(g) = denier {
                let n = name(g);
                if !r.denied_by.contains(&n) {
                    r.denied_by.push(n);
                }
            }
        }
    }
}

#[cfg(test)]
mod word_list_tests {
    /// The word lists compare with normalised token text: they must be
    /// written normalised (ي not ئ, ه not ة, ا not أ).
    #[test]
    fn word_lists_are_normalised() {
        for w in super::STRIKES
            .iter()
            .chain(super::FILLERS)
            .chain(super::TITLES)
            .chain(super::OWN)
            .chain(super::ACTS)
            .chain(super::FIRE)
            .chain(super::TARGETED)
            .chain(super::KILLED_BY)
            .chain(super::AGENT_VERBS)
        {
            assert_eq!(rasd_text::norm_word(w), *w, "{w}");
        }
    }
}
