//! Reading articles from files: `.txt` (one article, published from the
//! flag), `.json` (one article object), `.jsonl` (one per line), `-` (stdin,
//! treated as text). A bad record is reported with its file and line and the
//! batch goes on.

use rasd_core::Article;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// One record that could not be read.
#[derive(Debug)]
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

/// Largest file read whole (`.txt`, `.json`); JSON Lines are streamed.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

fn bad(file: &Path, line: Option<usize>, message: impl Into<String>) -> BadRecord {
    BadRecord {
        file: file.to_path_buf(),
        line,
        message: message.into(),
    }
}

fn read_text(path: &Path) -> Result<String, BadRecord> {
    let mut buf = Vec::new();
    if path == Path::new("-") {
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| bad(path, None, format!("cannot read stdin: {e}")))?;
    } else {
        let f =
            std::fs::File::open(path).map_err(|e| bad(path, None, format!("cannot open: {e}")))?;
        let len = f.metadata().map(|m| m.len()).unwrap_or(0);
        if len > MAX_FILE_BYTES {
            return Err(bad(
                path,
                None,
                format!("file is {len} bytes, larger than the {MAX_FILE_BYTES}-byte limit for one article"),
            ));
        }
        f.take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut buf)
            .map_err(|e| bad(path, None, format!("cannot read: {e}")))?;
    }
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
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "stdin".into())
}

/// Read every article of `path`, calling `sink` for each good or bad record.
pub fn read_articles(
    path: &Path,
    published: Option<&str>,
    sink: &mut dyn FnMut(Result<Article, BadRecord>),
) {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "jsonl" | "ndjson" => read_jsonl(path, sink),
        "json" => match read_text(path) {
            Ok(s) => match serde_json::from_str::<Article>(&s) {
                Ok(mut a) => {
                    if a.id.is_empty() {
                        a.id = stem(path);
                    }
                    if a.published.is_none() {
                        a.published = published.map(str::to_string);
                    }
                    sink(Ok(a))
                }
                Err(e) => sink(Err(bad(
                    path,
                    Some(e.line()),
                    format!("not an article object: {e}"),
                ))),
            },
            Err(e) => sink(Err(e)),
        },
        _ => match read_text(path) {
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

fn read_jsonl(path: &Path, sink: &mut dyn FnMut(Result<Article, BadRecord>)) {
    let f = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => return sink(Err(bad(path, None, format!("cannot open: {e}")))),
    };
    let mut reader = BufReader::new(f);
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
            // skip the rest of this line
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
                if a.id.is_empty() {
                    a.id = format!("{}-{}", stem(path), lineno);
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
