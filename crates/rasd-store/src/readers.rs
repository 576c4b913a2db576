//! Reading articles from files and directories.
//!
//! | input | articles |
//! |---|---|
//! | `.txt` (and any other extension) | one, id = file stem, `published` from the caller |
//! | `.json` | one article object, or an array of them |
//! | `.jsonl`, `.ndjson` (also gzipped: `.jsonl.gz`) | one per line |
//! | `.html`, `.htm` | one: the main text (paragraphs of the densest block; navigation, headers, footers, scripts, asides, comments dropped), title, date, site and canonical URL from the page's metadata |
//! | `.xml`, `.rss`, `.atom`, `.feed` | one per feed entry (RSS 0.9-2.0, Atom, JSON Feed), HTML bodies reduced to text |
//! | a directory | every file inside, recursively, in name order (hidden files skipped) |
//! | `-` | stdin, as text |
//!
//! A bad record is reported as a [`BadRecord`] (`file:line: message`) and
//! reading goes on.

use rasd_core::Article;
use scraper::{ElementRef, Html, Selector};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// One record that could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct BadRecord {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for BadRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.file.display(), l, self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

impl std::error::Error for BadRecord {}

/// Largest file read whole (`.txt`, `.json`, `.html`, feeds); JSON Lines are
/// streamed line by line, each line bounded by the same limit.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

fn bad(file: &Path, line: Option<usize>, message: impl Into<String>) -> BadRecord {
    BadRecord {
        file: file.to_path_buf(),
        line,
        message: message.into(),
    }
}

fn read_bytes(path: &Path) -> Result<Vec<u8>, BadRecord> {
    let mut buf = Vec::new();
    if path == Path::new("-") {
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| bad(path, None, format!("cannot read stdin: {e}")))?;
        return Ok(buf);
    }
    let f = std::fs::File::open(path).map_err(|e| bad(path, None, format!("cannot open: {e}")))?;
    let len = f.metadata().map(|m| m.len()).unwrap_or(0);
    if len > MAX_FILE_BYTES {
        return Err(bad(
            path,
            None,
            format!(
                "file is {len} bytes, larger than the {MAX_FILE_BYTES}-byte limit for one file"
            ),
        ));
    }
    f.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut buf)
        .map_err(|e| bad(path, None, format!("cannot read: {e}")))?;
    Ok(buf)
}

fn read_text(path: &Path) -> Result<String, BadRecord> {
    let buf = read_bytes(path)?;
    if buf.contains(&0) {
        return Err(bad(
            path,
            None,
            "binary data (NUL byte): not a text article",
        ));
    }
    String::from_utf8(buf).map_err(|e| {
        let pos = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..pos].iter().filter(|b| **b == b'\n').count() + 1;
        bad(path, Some(line), format!("invalid UTF-8 at byte {pos}"))
    })
}

fn stem(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "stdin".into());
    // drop every extension: a.jsonl.gz -> a
    match name.split_once('.') {
        Some((s, _)) if !s.is_empty() => s.to_string(),
        _ => name,
    }
}

/// The kind of input a path holds, from its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Text,
    Json,
    JsonLines,
    JsonLinesGz,
    Html,
    Feed,
}

/// The input kind of a file name.
pub fn kind_of(path: &Path) -> InputKind {
    let name = path
        .file_name()
        .map(|s| s.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if name.ends_with(".jsonl.gz") || name.ends_with(".ndjson.gz") {
        return InputKind::JsonLinesGz;
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "jsonl" | "ndjson" => InputKind::JsonLines,
        "json" => InputKind::Json,
        "html" | "htm" | "xhtml" => InputKind::Html,
        "xml" | "rss" | "atom" | "feed" => InputKind::Feed,
        _ => InputKind::Text,
    }
}

/// Every file under `path` (itself when it is a file), recursively, sorted,
/// hidden files and directories skipped.
pub fn expand(path: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    walk(path, &mut out, true);
    out
}

fn walk(path: &Path, out: &mut Vec<PathBuf>, top: bool) {
    let hidden = path
        .file_name()
        .map(|n| n.to_string_lossy().starts_with('.'))
        .unwrap_or(false);
    if hidden && !top {
        return;
    }
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(_) => {
                out.push(path.to_path_buf()); // reported as unreadable later
                return;
            }
        };
        entries.sort();
        for e in entries {
            walk(&e, out, false);
        }
    } else {
        out.push(path.to_path_buf());
    }
}

/// Read every article of `path` (a file, a directory, or `-`), calling
/// `sink` for each good or bad record.
pub fn read_articles(
    path: &Path,
    published: Option<&str>,
    sink: &mut dyn FnMut(Result<Article, BadRecord>),
) {
    if path.is_dir() {
        for f in expand(path) {
            if f.is_dir() {
                sink(Err(bad(&f, None, "cannot read directory")));
            } else {
                read_file(&f, published, sink);
            }
        }
    } else {
        read_file(path, published, sink);
    }
}

fn with_defaults(mut a: Article, path: &Path, published: Option<&str>) -> Article {
    if a.id.trim().is_empty() {
        a.id = stem(path);
    }
    if a.published.is_none() {
        a.published = published.map(str::to_string);
    }
    a
}

fn read_file(
    path: &Path,
    published: Option<&str>,
    sink: &mut dyn FnMut(Result<Article, BadRecord>),
) {
    match kind_of(path) {
        InputKind::JsonLines => match std::fs::File::open(path) {
            Ok(f) => read_jsonl(path, BufReader::new(f), published, sink),
            Err(e) => sink(Err(bad(path, None, format!("cannot open: {e}")))),
        },
        InputKind::JsonLinesGz => match std::fs::File::open(path) {
            Ok(f) => read_jsonl(
                path,
                BufReader::new(flate2::read::MultiGzDecoder::new(f)),
                published,
                sink,
            ),
            Err(e) => sink(Err(bad(path, None, format!("cannot open: {e}")))),
        },
        InputKind::Json => match read_text(path) {
            Ok(s) => {
                if s.trim_start().starts_with('[') {
                    match serde_json::from_str::<Vec<Article>>(&s) {
                        Ok(v) => {
                            for (i, a) in v.into_iter().enumerate() {
                                let mut a = with_defaults(a, path, published);
                                if a.id == stem(path) {
                                    a.id = format!("{}-{}", a.id, i + 1);
                                }
                                sink(Ok(a));
                            }
                        }
                        Err(e) => sink(Err(bad(
                            path,
                            Some(e.line()),
                            format!("not an array of article objects: {e}"),
                        ))),
                    }
                } else {
                    match serde_json::from_str::<Article>(&s) {
                        Ok(a) => sink(Ok(with_defaults(a, path, published))),
                        Err(e) => sink(Err(bad(
                            path,
                            Some(e.line()),
                            format!("not an article object: {e}"),
                        ))),
                    }
                }
            }
            Err(e) => sink(Err(e)),
        },
        InputKind::Html => match read_text(path) {
            Ok(s) => match html_article(&s) {
                Some(a) => sink(Ok(with_defaults(a, path, published))),
                None => sink(Err(bad(path, None, "no article text found in the page"))),
            },
            Err(e) => sink(Err(e)),
        },
        InputKind::Feed => match read_bytes(path) {
            Ok(b) => match feed_articles(&b) {
                Ok(v) => {
                    if v.is_empty() {
                        sink(Err(bad(path, None, "feed has no entry with text")));
                    }
                    for (i, a) in v.into_iter().enumerate() {
                        let mut a = with_defaults(a, path, published);
                        if a.id == stem(path) {
                            a.id = format!("{}-{}", a.id, i + 1);
                        }
                        sink(Ok(a));
                    }
                }
                Err(e) => sink(Err(bad(path, None, format!("not an RSS/Atom feed: {e}")))),
            },
            Err(e) => sink(Err(e)),
        },
        InputKind::Text => match read_text(path) {
            Ok(text) => {
                if text.trim().is_empty() {
                    sink(Err(bad(path, None, "empty file: no article text")));
                } else {
                    sink(Ok(Article {
                        id: stem(path),
                        published: published.map(str::to_string),
                        text,
                        ..Default::default()
                    }))
                }
            }
            Err(e) => sink(Err(e)),
        },
    }
}

/// Read JSON Lines from `reader` (`path` names it in errors).
pub fn read_jsonl<R: BufRead>(
    path: &Path,
    mut reader: R,
    published: Option<&str>,
    sink: &mut dyn FnMut(Result<Article, BadRecord>),
) {
    let mut buf = Vec::new();
    let mut lineno = 0;
    loop {
        buf.clear();
        lineno += 1;
        // bounded line read: a 100 MB single line is refused, not loaded
        let n = match (&mut reader)
            .take(MAX_FILE_BYTES + 1)
            .read_until(b'\n', &mut buf)
        {
            Ok(n) => n,
            Err(e) => return sink(Err(bad(path, Some(lineno), format!("read error: {e}")))),
        };
        if n == 0 {
            break;
        }
        if buf.len() as u64 > MAX_FILE_BYTES {
            sink(Err(bad(
                path,
                Some(lineno),
                "line longer than the 64 MiB limit",
            )));
            let mut rest = Vec::new();
            if reader.read_until(b'\n', &mut rest).is_err() {
                return;
            }
            continue;
        }
        let line = match std::str::from_utf8(&buf) {
            Ok(s) => s.trim(),
            Err(e) => {
                sink(Err(bad(path, Some(lineno), format!("invalid UTF-8: {e}"))));
                continue;
            }
        };
        if line.is_empty() {
            continue;
        }
        match serde_json::from_str::<Article>(line) {
            Ok(mut a) => {
                if a.id.trim().is_empty() {
                    a.id = format!("{}-{}", stem(path), lineno);
                }
                if a.published.is_none() {
                    a.published = published.map(str::to_string);
                }
                sink(Ok(a))
            }
            Err(e) => sink(Err(bad(
                path,
                Some(lineno),
                format!("not an article object: {e}"),
            ))),
        }
    }
}

fn sel(s: &str) -> Option<Selector> {
    Selector::parse(s).ok()
}

fn meta(doc: &Html, selectors: &[&str], attr: &str) -> Option<String> {
    for s in selectors {
        let Some(se) = sel(s) else { continue };
        for el in doc.select(&se) {
            if let Some(v) = el.value().attr(attr) {
                let v = v.trim();
                if !v.is_empty() {
                    return Some(v.to_string());
                }
            }
        }
    }
    None
}

const BOILERPLATE_TAGS: &[&str] = &[
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "script",
    "style",
    "noscript",
    "figcaption",
    "button",
    "select",
    "template",
    "iframe",
];
const BOILERPLATE_WORDS: &[&str] = &[
    "comment",
    "share",
    "social",
    "related",
    "footer",
    "header",
    "nav",
    "menu",
    "sidebar",
    "breadcrumb",
    "advert",
    "promo",
    "newsletter",
    "cookie",
    "subscribe",
    "tags",
];

fn is_boilerplate(el: &ElementRef<'_>) -> bool {
    let e = el.value();
    if BOILERPLATE_TAGS.contains(&e.name()) {
        return true;
    }
    let mut attrs = String::new();
    if let Some(c) = e.attr("class") {
        attrs.push_str(&c.to_ascii_lowercase());
    }
    if let Some(i) = e.attr("id") {
        attrs.push(' ');
        attrs.push_str(&i.to_ascii_lowercase());
    }
    if let Some(r) = e.attr("role") {
        attrs.push(' ');
        attrs.push_str(&r.to_ascii_lowercase());
    }
    attrs
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .any(|w| BOILERPLATE_WORDS.contains(&w))
}

fn in_boilerplate(el: &ElementRef<'_>) -> bool {
    if is_boilerplate(el) {
        return true;
    }
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| is_boilerplate(&a))
}

fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn element_text(el: &ElementRef<'_>) -> String {
    clean(&el.text().collect::<String>())
}

/// The main text and metadata of an HTML news page, `None` when the page
/// has no text.
///
/// The body is the paragraphs (`p`, and headings/list items among them) of
/// the block that holds the most paragraph text, outside navigation,
/// headers, footers, asides, forms, scripts and blocks whose class/id says
/// comments, sharing, related links, menus or ads.
pub fn html_article(html: &str) -> Option<Article> {
    let doc = Html::parse_document(html);
    let title = meta(
        &doc,
        &["meta[property='og:title']", "meta[name='twitter:title']"],
        "content",
    )
    .or_else(|| {
        ["h1", "title"].iter().find_map(|s| {
            let se = sel(s)?;
            doc.select(&se)
                .map(|e| element_text(&e))
                .find(|t| !t.is_empty())
        })
    });
    let published = meta(
        &doc,
        &[
            "meta[property='article:published_time']",
            "meta[name='pubdate']",
            "meta[name='publish-date']",
            "meta[name='date']",
            "meta[itemprop='datePublished']",
        ],
        "content",
    )
    .or_else(|| meta(&doc, &["time[datetime]"], "datetime"))
    .filter(|d| chrono::NaiveDate::parse_from_str(d.get(..10).unwrap_or(d), "%Y-%m-%d").is_ok())
    .map(|d| d.get(..10).unwrap_or(&d).to_string());
    let source = meta(&doc, &["meta[property='og:site_name']"], "content");
    let url = meta(&doc, &["link[rel='canonical']"], "href")
        .or_else(|| meta(&doc, &["meta[property='og:url']"], "content"));

    // paragraphs outside boilerplate, grouped by parent block
    let psel = sel("p, h2, h3, li, blockquote")?;
    let mut paras: Vec<(ego_id::Id, String, bool)> = Vec::new();
    for p in doc.select(&psel) {
        if in_boilerplate(&p) {
            continue;
        }
        let is_p = p.value().name() == "p";
        // a <p> inside a <li>/<blockquote> is taken once, as the inner <p>
        if !is_p
            && p.descendants()
                .filter_map(ElementRef::wrap)
                .any(|d| d.value().name() == "p")
        {
            continue;
        }
        let t = element_text(&p);
        if t.is_empty() {
            continue;
        }
        let parent = p.parent().map(|n| n.id());
        if let Some(parent) = parent {
            paras.push((ego_id::Id(parent), t, is_p));
        }
    }
    let mut text = String::new();
    if !paras.is_empty() {
        // the parent block with the most <p> text
        let mut totals: Vec<(ego_id::Id, usize)> = Vec::new();
        for (pid, t, is_p) in &paras {
            if !is_p {
                continue;
            }
            match totals.iter_mut().find(|(i, _)| i == pid) {
                Some(x) => x.1 += t.chars().count(),
                None => totals.push((*pid, t.chars().count())),
            }
        }
        let all: usize = totals.iter().map(|t| t.1).sum();
        let best = totals.iter().max_by_key(|t| t.1).copied();
        let keep: Vec<&String> = match best {
            // one block holds most of the text: take only it
            Some((pid, n)) if n * 2 >= all => paras
                .iter()
                .filter(|(i, _, _)| *i == pid)
                .map(|(_, t, _)| t)
                .collect(),
            _ => paras
                .iter()
                .filter(|(_, _, p)| *p)
                .map(|(_, t, _)| t)
                .collect(),
        };
        text = keep
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n");
    }
    if text.trim().is_empty() {
        // no paragraphs: the body's text blocks, boilerplate dropped
        if let Some(bsel) = sel("body *") {
            let mut lines: Vec<String> = Vec::new();
            for el in doc.select(&bsel) {
                if in_boilerplate(&el) {
                    continue;
                }
                let own: String = el
                    .children()
                    .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
                    .collect();
                let own = clean(&own);
                if !own.is_empty() {
                    lines.push(own);
                }
            }
            text = lines.join("\n");
        }
    }
    if text.trim().is_empty() {
        return None;
    }
    Some(Article {
        id: String::new(),
        source,
        url,
        published,
        title,
        text,
        category: None,
    })
}

mod ego_id {
    /// A node id usable as a key (scraper's ids are opaque).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Id(pub ego_tree::NodeId);
}

/// Text of an HTML fragment (a feed entry body), paragraphs on lines.
pub fn html_fragment_text(html: &str) -> String {
    let frag = Html::parse_fragment(html);
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    for node in frag.root_element().descendants() {
        if let Some(t) = node.value().as_text() {
            let inside_skip = node
                .ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| matches!(a.value().name(), "script" | "style"));
            if !inside_skip {
                cur.push_str(t);
            }
        } else if let Some(e) = node.value().as_element() {
            if matches!(
                e.name(),
                "p" | "br" | "div" | "li" | "h1" | "h2" | "h3" | "h4" | "blockquote" | "tr"
            ) {
                let c = clean(&cur);
                if !c.is_empty() {
                    out.push(c);
                }
                cur.clear();
            }
        }
    }
    let c = clean(&cur);
    if !c.is_empty() {
        out.push(c);
    }
    out.join("\n")
}

/// Articles of an RSS/Atom/JSON feed: one per entry with text (content,
/// else summary), HTML reduced to text; the feed title is the source.
pub fn feed_articles(bytes: &[u8]) -> Result<Vec<Article>, String> {
    let feed = feed_rs::parser::parse(bytes).map_err(|e| e.to_string())?;
    let source = feed.title.as_ref().map(|t| clean(&t.content));
    let mut out = Vec::new();
    for e in feed.entries {
        let body = e
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .filter(|b| !b.trim().is_empty())
            .or_else(|| e.summary.as_ref().map(|s| s.content.clone()));
        let Some(body) = body else { continue };
        let text = if body.contains('<') {
            html_fragment_text(&body)
        } else {
            body.lines()
                .map(clean)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join("\n")
        };
        if text.trim().is_empty() {
            continue;
        }
        let url = e.links.first().map(|l| l.href.clone());
        let id = if !e.id.trim().is_empty() {
            e.id.trim().to_string()
        } else {
            url.clone().unwrap_or_default()
        };
        out.push(Article {
            id,
            source: source.clone(),
            url,
            published: e
                .published
                .or(e.updated)
                .map(|d| d.format("%Y-%m-%d").to_string()),
            title: e
                .title
                .as_ref()
                .map(|t| clean(&html_fragment_text(&t.content))),
            text,
            category: None,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_main_text_drops_boilerplate() {
        let html = r#"<html><head><title>موقع | خبر</title>
<meta property="og:title" content="انفجار في بغداد">
<meta property="article:published_time" content="2021-07-05T10:00:00+03:00">
<meta property="og:site_name" content="وكالة الأنباء">
<link rel="canonical" href="https://example.org/a/1"></head>
<body><nav><ul><li>الرئيسية</li><li>سياسة</li></ul></nav>
<header><p>اشترك في النشرة</p></header>
<div class="article-body"><h1>انفجار في بغداد</h1>
<p>قتل شخصان في انفجار عبوة ناسفة في بغداد.</p>
<p>وقالت الشرطة إن التحقيقات جارية.</p></div>
<div class="related-news"><p>أخبار ذات صلة: مباراة كرة القدم</p></div>
<footer><p>جميع الحقوق محفوظة</p></footer>
<script>var x = "<p>no</p>";</script></body></html>"#;
        let a = html_article(html).unwrap();
        assert_eq!(a.title.as_deref(), Some("انفجار في بغداد"));
        assert_eq!(a.published.as_deref(), Some("2021-07-05"));
        assert_eq!(a.source.as_deref(), Some("وكالة الأنباء"));
        assert_eq!(a.url.as_deref(), Some("https://example.org/a/1"));
        assert_eq!(
            a.text,
            "قتل شخصان في انفجار عبوة ناسفة في بغداد.\nوقالت الشرطة إن التحقيقات جارية."
        );
        assert!(html_article("<html><body><nav>x</nav></body></html>").is_none());
    }

    #[test]
    fn rss_and_atom_entries_become_articles() {
        let rss = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>أخبار</title><link>https://e.org</link><description>d</description>
<item><title>قصف على تعز</title><link>https://e.org/1</link><guid>e-1</guid>
<pubDate>Sat, 21 Apr 2018 10:00:00 GMT</pubDate>
<description><![CDATA[<p>قتل مدني في قصف على تعز.</p><p>وأصيب اثنان.</p>]]></description></item>
<item><title>فارغ</title><guid>e-2</guid></item>
</channel></rss>"#;
        let v = feed_articles(rss.as_bytes()).unwrap();
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].id, "e-1");
        assert_eq!(v[0].source.as_deref(), Some("أخبار"));
        assert_eq!(v[0].published.as_deref(), Some("2018-04-21"));
        assert_eq!(v[0].text, "قتل مدني في قصف على تعز.\nوأصيب اثنان.");
        let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>وكالة</title><id>urn:f</id><updated>2018-05-21T00:00:00Z</updated>
<entry><title>اعتراض صاروخ</title><id>urn:e:9</id><updated>2018-05-21T08:00:00Z</updated>
<content type="text">اعترضت الدفاعات الجوية صاروخا باليستيا فوق جازان.</content></entry></feed>"#;
        let v = feed_articles(atom.as_bytes()).unwrap();
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].id, "urn:e:9");
        assert_eq!(v[0].published.as_deref(), Some("2018-05-21"));
        assert!(v[0].text.contains("جازان"));
        assert!(feed_articles(b"not xml at all").is_err());
    }

    #[test]
    fn directories_and_jsonl_with_bad_lines() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        std::fs::write(dir.path().join("a.txt"), "نص الخبر الأول").unwrap();
        std::fs::write(dir.path().join(".hidden.txt"), "x").unwrap();
        std::fs::write(
            sub.join("b.jsonl"),
            "{\"id\":\"b1\",\"text\":\"نص\"}\nnot json\n\n{\"id\":\"\",\"text\":\"بلا معرف\"}\n",
        )
        .unwrap();
        let mut good = Vec::new();
        let mut bads = Vec::new();
        read_articles(dir.path(), Some("2020-01-02"), &mut |r| match r {
            Ok(a) => good.push(a),
            Err(b) => bads.push(b.to_string()),
        });
        let ids: Vec<&str> = good.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["a", "b1", "b-4"]);
        assert_eq!(good[0].published.as_deref(), Some("2020-01-02"));
        assert_eq!(bads.len(), 1);
        assert!(
            bads[0]
                .ends_with("b.jsonl:2: not an article object: expected ident at line 1 column 2"),
            "{}",
            bads[0]
        );
    }

    #[test]
    fn gzipped_jsonl_is_streamed() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.jsonl.gz");
        let f = std::fs::File::create(&p).unwrap();
        let mut gz = flate2::write::GzEncoder::new(f, flate2::Compression::fast());
        writeln!(gz, "{{\"id\":\"g1\",\"text\":\"أ\"}}").unwrap();
        writeln!(gz, "{{\"id\":\"g2\",\"text\":\"ب\"}}").unwrap();
        gz.finish().unwrap();
        let mut ids = Vec::new();
        read_articles(&p, None, &mut |r| ids.push(r.unwrap().id));
        assert_eq!(ids, ["g1", "g2"]);
    }
}
