//! A normalised view of a stretch of the document (a sentence or clause):
//! token norms joined by single spaces, so that lexicon regexes written in
//! plain Arabic (normalised the same way) match whatever the spelling,
//! and every match maps back to a char span of the original text.

use crate::cues::{Cue, LITERALS};
use once_cell::sync::Lazy;
use rasd_core::{Document, Span};
use regex::Regex;
use std::cell::RefCell;

/// Normalised text of tokens `[first, last)` with a byte map to tokens.
#[derive(Debug, Clone)]
pub struct View {
    pub text: String,
    /// (byte start, byte end) in `text` of each token, and its index in `doc.tokens`.
    toks: Vec<(usize, usize, usize)>,
    /// Which cues occur in `text`, by cue id: 0 not asked yet, 1 no, 2 yes.
    /// Literal cues are all answered by one scan on the first question;
    /// regex cues are remembered as they are asked.
    cues: RefCell<Vec<u8>>,
}

impl View {
    /// View over the tokens whose spans lie inside `span`.
    pub fn new(doc: &Document, span: Span) -> View {
        let first = doc.tokens.partition_point(|t| t.span.start < span.start);
        let mut text = String::new();
        let mut toks = Vec::new();
        for (i, t) in doc.tokens.iter().enumerate().skip(first) {
            if t.span.end > span.end {
                break;
            }
            if !text.is_empty() {
                text.push(' ');
            }
            let s = text.len();
            text.push_str(&t.norm);
            toks.push((s, text.len(), i));
        }
        View {
            text,
            toks,
            cues: RefCell::new(Vec::new()),
        }
    }

    /// Char span in the original text of a byte range of the view.
    pub fn span(&self, doc: &Document, start: usize, end: usize) -> Option<Span> {
        let a = self.toks.iter().find(|t| t.1 > start)?;
        let b = self.toks.iter().rev().find(|t| t.0 < end)?;
        let s = doc.tokens.get(a.2)?.span.start;
        let e = doc.tokens.get(b.2)?.span.end;
        (e > s).then_some(Span::new(s, e))
    }

    /// The view cut before byte `b` (whole tokens only).
    pub fn prefix(&self, b: usize) -> View {
        let toks: Vec<(usize, usize, usize)> =
            self.toks.iter().copied().filter(|t| t.1 <= b).collect();
        let end = toks.last().map_or(0, |t| t.1);
        View {
            text: self.text.get(..end).unwrap_or("").to_string(),
            toks,
            cues: RefCell::new(Vec::new()),
        }
    }

    /// Byte range in the view covering the tokens inside char span `span`.
    pub fn range_of(&self, doc: &Document, span: Span) -> Option<(usize, usize)> {
        let inside = |t: &(usize, usize, usize)| {
            doc.tokens
                .get(t.2)
                .is_some_and(|tok| span.start <= tok.span.start && tok.span.end <= span.end)
        };
        let a = self.toks.iter().find(|t| inside(t))?;
        let b = self.toks.iter().rev().find(|t| inside(t))?;
        Some((a.0, b.1))
    }

    /// The words of the view (split at spaces) with the byte where each
    /// starts.
    pub fn words(&self) -> impl Iterator<Item = (usize, &str)> {
        let mut at = 0;
        self.text.split(' ').map(move |w| {
            let s = at;
            at += w.len() + 1;
            (s, w)
        })
    }

    /// The last `n` words of the view before byte `b`, in text order.
    pub fn words_before(&self, b: usize, n: usize) -> Vec<&str> {
        let mut words: Vec<&str> = self
            .text
            .get(..b)
            .unwrap_or("")
            .split(' ')
            .filter(|w| !w.is_empty())
            .rev()
            .take(n)
            .collect();
        words.reverse();
        words
    }

    /// All matches of `re` as (byte start, byte end).
    pub fn find_all(&self, re: &Regex) -> Vec<(usize, usize)> {
        re.find_iter(&self.text)
            .map(|m| (m.start(), m.end()))
            .collect()
    }

    /// Does cue `cue` occur in the view? The literal cues are all answered
    /// by one scan of [`LITERALS`] on the first question; the others run
    /// their regex once and are remembered.
    pub fn is_match(&self, cue: &Cue) -> bool {
        let mut known = self.cues.borrow_mut();
        if known.is_empty() {
            *known = LITERALS.scan(&self.text);
        }
        match known.get_mut(cue.id) {
            Some(k) if cue.literal => *k == 2,
            Some(k) if *k != 0 => *k == 2,
            Some(k) => {
                let m = cue.is_match(&self.text);
                *k = if m { 2 } else { 1 };
                m
            }
            None => cue.is_match(&self.text),
        }
    }

    /// Whether `cue` matches somewhere `keep` accepts (given the match's
    /// byte range): "a civilian word that is not the hospital the wounded
    /// were taken to".
    pub fn any_match(&self, cue: &Cue, keep: impl Fn(usize, usize) -> bool) -> bool {
        self.is_match(cue) && self.find_all(cue).iter().any(|&(s, e)| keep(s, e))
    }

    /// Does a regex that is not a cue match the view?
    pub fn matches_re(&self, re: &Regex) -> bool {
        re.is_match(&self.text)
    }

    /// Char offset (in the original) of view byte `b`: the start of the
    /// token at `b`, or of the next token when `b` is a space (cue matches
    /// begin with the space before their word).
    pub fn char_at(&self, doc: &Document, b: usize) -> Option<usize> {
        let t = self.toks.iter().find(|t| t.1 > b)?;
        doc.tokens.get(t.2).map(|t| t.span.start)
    }
}

/// Compile a lexicon regex written in plain Arabic: the pattern is
/// normalised like the text (alef/ya/ta marbuta/hamza/diacritics), `W(` ...
/// `)` shorthand is not used; write `\b` boundaries explicitly.
pub fn lex(pattern: &str) -> Regex {
    let norm = lex_pattern(pattern);
    match Regex::new(&norm) {
        Ok(r) => r,
        // patterns are compile-time constants of this crate: a bad one is a
        // programming error caught by the tests
        Err(e) => panic!("bad lexicon pattern {pattern:?}: {e}"),
    }
}

/// The regex source [`lex`] compiles: Arabic letters normalised like the
/// text, `\b` written as start/end/space.
pub fn lex_pattern(pattern: &str) -> String {
    // A view's tokens are joined by single spaces, so a word boundary is the
    // start, the end, or a space. Writing it so (instead of Unicode `\b`)
    // lets the regex crate use its DFA on Arabic text instead of the much
    // slower PikeVM, which Unicode word boundaries on non-ASCII text force.
    // a word gap "(?: [^ ]+){0,5}" counts words, not the punctuation
    // tokens between them ("تصدت فصائل الجيش السوري الحر، الأربعاء، لهجوم":
    // the commas are tokens of their own, normalised to ',')
    static GAP: Lazy<Regex> =
        Lazy::new(|| Regex::new(r"\(\?: \[\^ \]\+\)(\{\d+,\d+\})").expect("gap pattern"));
    const PUNCT: &str = r#"(?: [,;:"'()-])*"#;
    let bounded = ascii_boundaries(pattern);
    let gaps = GAP.replace_all(&bounded, |c: &regex::Captures| {
        format!("(?:{PUNCT} [^ ]+){}{PUNCT}", &c[1])
    });
    normalize_arabic(&gaps)
}

/// Arabic letters normalised like the text; ASCII (regex syntax, spaces)
/// untouched, since `normalize_char` would lowercase it.
pub(crate) fn normalize_arabic(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            c if c.is_ascii() => Some(c),
            c => rasd_text::normalize_char(c),
        })
        .collect()
}

/// Rewrite `\b` as "start, end or a space" (a boundary next to a literal
/// space in the pattern is that space, and is dropped).
fn ascii_boundaries(pattern: &str) -> String {
    const B: &str = r"\b";
    let mut out = String::with_capacity(pattern.len() + 64);
    let mut rest = pattern;
    while let Some(i) = rest.find(B) {
        let (head, tail) = rest.split_at(i);
        out.push_str(head);
        let after = &tail[B.len()..];
        let space_next = after.starts_with(' ') || after.starts_with("(?: ");
        let space_before = out.ends_with(' ');
        // ".{0,30}\bX": the gap, if any, ends at a space (the boundary before
        // the gap already took the space that follows the previous word)
        let gap = out
            .rfind(".{")
            .filter(|&p| out.ends_with('}') && !out[p..].contains(')'));
        if let Some(p) = gap {
            let q = out.split_off(p);
            out.push_str(&format!("(?:{q}[ ])?"));
        } else if !(space_next || space_before) {
            out.push_str("(?:^|[ ]|$)");
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Optional Arabic proclitics before a word: conjunction, preposition, article.
pub const PRE: &str = r"(?:[وف])?(?:[بلك])?(?:ال|لل)?";
