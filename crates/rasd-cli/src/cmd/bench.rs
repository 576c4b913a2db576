//! `rasd bench [CORPUS...] [--limit N] [--threads 1,2] [--repeat N] [--stage-limit N]
//! [--fuzz-secs S] [--json FILE]`: throughput, latency, memory and start-up
//! time of the whole extraction pipeline (no database) over real articles.
//!
//! What it measures, in order:
//!
//! 1. **Start-up**: opening the default gazetteer of the data dir (twice: the
//!    first open may build the index, the second shows a warm open) and
//!    building the [`rasd_events::Pipeline`] (models, rules, dictionaries).
//! 2. **Throughput passes**, one per `--threads` value: every article goes
//!    through [`rasd_events::Pipeline::process`] — the same call `rasd extract`
//!    makes — on a rayon pool of that many threads. Articles are decompressed
//!    and parsed in batches *outside* the timed region, so reading the corpus
//!    is not counted and memory stays bounded. Reported: articles/s and MB/s
//!    (total and per core), p50/p90/p99/max latency per article, errors,
//!    panics (caught, never fatal) and the parallel speed-up against the
//!    first pass. With `--repeat N` each pass runs N times and the median
//!    run is reported, with the range.
//! 3. **Stage pass** (single thread, the first `--stage-limit` articles): each
//!    stage timed alone — text (`rasd_text::analyze`), time, places, entities,
//!    events — on every other round of articles (one from each file), and
//!    `process()` on the rounds in between, so "other" shows whatever `process()` does beyond the stages
//!    (document set-up, report). Timing `process()` on the *same* article
//!    right after its stages would flatter it: the per-thread word and
//!    gazetteer caches would already hold that article's words.
//! 4. **Memory**: `VmHWM` (peak resident set) from `/proc/self/status`.
//! 5. Optional **fuzz run** (`--fuzz-secs`): real articles mutated at random
//!    (control characters, truncation, splices, huge numbers, impossible
//!    dates, bad `published` values...) through `process()` until the time is
//!    up; every report is checked against the output contract; failing inputs
//!    are saved as JSON to `--fuzz-out`.
//!
//! Exit code: 0 when every article was accounted for and nothing panicked,
//! 1 otherwise (performance targets are reported, not enforced).

use crate::config::Config;
use anyhow::Context;
use rasd_core::{Article, Report, Span};
use rasd_events::Pipeline;
use rayon::prelude::*;
use serde_json::json;
use std::cell::RefCell;
use std::io::{BufRead, BufReader, Read};
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Throughput target, articles per second per core, end to end.
pub const TARGET_ARTICLES_PER_CORE: f64 = 500.0;
/// Peak resident memory target in MiB.
pub const TARGET_PEAK_MIB: f64 = 500.0;
/// Longest corpus line read (longer lines are reported as bad lines).
pub const MAX_LINE_BYTES: u64 = 64 * 1024 * 1024;
/// Cold start target of the binary (measured by `scripts/bench.sh`).
pub const TARGET_COLD_START_MS: f64 = 300.0;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Corpus files or directories (`.jsonl`, `.jsonl.gz`, `.ndjson`, `.json`
    /// lines of article objects). Default: env RASD_NEWS_DIR, else
    /// `../shared/data/news` (next to the current directory or to the
    /// source tree).
    pub inputs: Vec<PathBuf>,
    /// Process at most N articles (taken round-robin from the files so every
    /// corpus is represented). Default: all.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Comma-separated thread counts, one throughput pass each (e.g. `1,2`).
    /// Default: 1 and the number of available cores.
    #[arg(long, value_delimiter = ',')]
    pub threads: Vec<usize>,
    /// Run each throughput pass this many times and report the one with the
    /// median throughput, with the range (a shared machine moves 15-30%
    /// from one run to the next).
    #[arg(long, default_value_t = 1)]
    pub repeat: usize,
    /// Articles timed stage by stage on one thread (0 disables the stage pass).
    #[arg(long, default_value_t = 1000)]
    pub stage_limit: usize,
    /// Articles decompressed and parsed per batch (outside the timed region).
    #[arg(long, default_value_t = 1024)]
    pub batch: usize,
    /// Also run the mutation fuzzer for this many seconds.
    #[arg(long, default_value_t = 0)]
    pub fuzz_secs: u64,
    /// Seed of the fuzzer.
    #[arg(long, default_value_t = 0x5eed)]
    pub seed: u64,
    /// Directory where the fuzzer saves failing inputs (JSON articles).
    #[arg(long, default_value = "fuzz-failures")]
    pub fuzz_out: PathBuf,
    /// Write the full summary as JSON to this file (`-` for stdout, which
    /// then carries only the JSON).
    #[arg(long)]
    pub json: Option<PathBuf>,
    /// How many slowest articles to list (hot-spot hunting).
    #[arg(long, default_value_t = 5)]
    pub slowest: usize,
}

// ---------------------------------------------------------------- corpus

/// Default corpus directory.
fn default_corpus() -> PathBuf {
    if let Some(d) = std::env::var_os("RASD_NEWS_DIR") {
        return PathBuf::from(d);
    }
    let local = PathBuf::from("../shared/data/news");
    if local.is_dir() {
        return local;
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/news")
}

/// The corpus files named by `inputs` (directories expanded, sorted).
pub fn corpus_files(inputs: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let inputs = if inputs.is_empty() {
        vec![default_corpus()]
    } else {
        inputs.to_vec()
    };
    let mut out = Vec::new();
    for p in inputs {
        if p.is_dir() {
            let mut v: Vec<PathBuf> = std::fs::read_dir(&p)
                .with_context(|| format!("listing corpus directory {}", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| is_corpus_file(f))
                .collect();
            v.sort();
            if v.is_empty() {
                anyhow::bail!(
                    "corpus directory {} holds no .jsonl / .jsonl.gz files",
                    p.display()
                );
            }
            out.extend(v);
        } else if p.is_file() {
            out.push(p);
        } else {
            anyhow::bail!(
                "corpus {} does not exist (give files or directories of JSON Lines articles, \
                 or set RASD_NEWS_DIR)",
                p.display()
            );
        }
    }
    Ok(out)
}

fn is_corpus_file(p: &Path) -> bool {
    let name = p
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    [".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json.gz"]
        .iter()
        .any(|s| name.ends_with(s))
}

/// One corpus line that could not be read as an article.
#[derive(Debug, Clone)]
pub struct BadLine {
    pub file: PathBuf,
    pub line: usize,
    pub message: String,
}

struct LineSource {
    path: PathBuf,
    reader: Box<dyn BufRead + Send>,
    line: usize,
    done: bool,
}

/// Reads articles round-robin from several JSON Lines files (gzip or not).
pub struct Corpus {
    sources: Vec<LineSource>,
    next: usize,
    remaining: usize,
    /// Lines that were not articles (kept to report them).
    pub bad: Vec<BadLine>,
}

impl Corpus {
    /// Open every file; at most `limit` articles will be returned.
    pub fn open(files: &[PathBuf], limit: Option<usize>) -> anyhow::Result<Corpus> {
        let mut sources = Vec::new();
        for f in files {
            let file = std::fs::File::open(f)
                .with_context(|| format!("opening corpus file {}", f.display()))?;
            let gz = f.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz"));
            let reader: Box<dyn BufRead + Send> = if gz {
                Box::new(BufReader::with_capacity(
                    1 << 16,
                    flate2::read::MultiGzDecoder::new(BufReader::new(file)),
                ))
            } else {
                Box::new(BufReader::with_capacity(1 << 16, file))
            };
            sources.push(LineSource {
                path: f.clone(),
                reader,
                line: 0,
                done: false,
            });
        }
        Ok(Corpus {
            sources,
            next: 0,
            remaining: limit.unwrap_or(usize::MAX),
            bad: Vec::new(),
        })
    }

    /// Up to `n` next articles (empty when the corpus or the limit is exhausted).
    pub fn batch(&mut self, n: usize) -> Vec<Article> {
        let mut out = Vec::with_capacity(n.min(self.remaining).min(4096));
        let mut buf = Vec::new();
        while out.len() < n && self.remaining > 0 {
            if self.sources.iter().all(|s| s.done) {
                break;
            }
            let k = self.next % self.sources.len();
            self.next = self.next.wrapping_add(1);
            let src = &mut self.sources[k];
            if src.done {
                continue;
            }
            // one article from this source (skipping blank lines)
            loop {
                buf.clear();
                src.line += 1;
                match (&mut src.reader)
                    .take(MAX_LINE_BYTES + 1)
                    .read_until(b'\n', &mut buf)
                {
                    Ok(0) => {
                        src.done = true;
                        break;
                    }
                    Ok(_) => {}
                    Err(e) => {
                        self.bad.push(BadLine {
                            file: src.path.clone(),
                            line: src.line,
                            message: format!("read error: {e}"),
                        });
                        src.done = true;
                        break;
                    }
                }
                if buf.len() as u64 > MAX_LINE_BYTES {
                    self.bad.push(BadLine {
                        file: src.path.clone(),
                        line: src.line,
                        message: format!("line longer than {MAX_LINE_BYTES} bytes"),
                    });
                    if skip_line(&mut src.reader).is_err() {
                        src.done = true;
                        break;
                    }
                    continue;
                }
                let line = match std::str::from_utf8(&buf) {
                    Ok(s) => s.trim(),
                    Err(e) => {
                        self.bad.push(BadLine {
                            file: src.path.clone(),
                            line: src.line,
                            message: format!("invalid UTF-8: {e}"),
                        });
                        continue;
                    }
                };
                if line.is_empty() {
                    continue;
                }
                match serde_json::from_str::<Article>(line) {
                    Ok(mut a) => {
                        if a.id.is_empty() {
                            a.id = format!("{}:{}", src.path.display(), src.line);
                        }
                        out.push(a);
                        self.remaining -= 1;
                    }
                    Err(e) => {
                        // a bad line does not use up this source's turn
                        self.bad.push(BadLine {
                            file: src.path.clone(),
                            line: src.line,
                            message: format!("not an article object: {e}"),
                        });
                        continue;
                    }
                }
                break;
            }
        }
        out
    }
}

/// Consume the rest of the current line without keeping it.
fn skip_line(r: &mut dyn BufRead) -> std::io::Result<()> {
    loop {
        let (found, n) = {
            let buf = r.fill_buf()?;
            if buf.is_empty() {
                return Ok(());
            }
            match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (true, i + 1),
                None => (false, buf.len()),
            }
        };
        r.consume(n);
        if found {
            return Ok(());
        }
    }
}

// ---------------------------------------------------------------- panics

thread_local! {
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

type PanicHook = Box<dyn Fn(&std::panic::PanicHookInfo<'_>) + Sync + Send + 'static>;

/// Install a panic hook that records the message (and location) of a panic
/// in the panicking thread instead of printing it; returns a guard restoring
/// the previous hook.
struct QuietPanics {
    prev: Option<PanicHook>,
}

impl QuietPanics {
    fn install() -> Self {
        let prev = std::panic::take_hook();
        std::panic::set_hook(Box::new(|info| {
            let msg = if let Some(s) = info.payload().downcast_ref::<&str>() {
                (*s).to_string()
            } else if let Some(s) = info.payload().downcast_ref::<String>() {
                s.clone()
            } else {
                "panic".to_string()
            };
            let loc = info
                .location()
                .map(|l| format!(" at {}:{}", l.file(), l.line()))
                .unwrap_or_default();
            LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("{msg}{loc}")));
        }));
        QuietPanics { prev: Some(prev) }
    }
}

impl Drop for QuietPanics {
    fn drop(&mut self) {
        if let Some(prev) = self.prev.take() {
            std::panic::set_hook(prev);
        }
    }
}

fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(AssertUnwindSafe(f)).map_err(|_| {
        LAST_PANIC
            .with(|p| p.borrow_mut().take())
            .unwrap_or_else(|| "panic".into())
    })
}

// ---------------------------------------------------------------- passes

/// Outcome of one article in a throughput pass.
#[derive(Debug, Clone)]
struct Outcome {
    nanos: u64,
    bytes: usize,
    events: usize,
    result: Result<(), String>,
    panicked: bool,
}

/// Summary of one throughput pass.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PassSummary {
    pub threads: usize,
    pub articles: usize,
    pub ok: usize,
    pub errors: usize,
    pub panics: usize,
    pub bad_lines: usize,
    pub events: usize,
    pub text_mb: f64,
    pub wall_s: f64,
    pub articles_per_s: f64,
    pub articles_per_s_per_core: f64,
    pub mb_per_s_per_core: f64,
    pub p50_ms: f64,
    pub p90_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    pub mean_ms: f64,
    pub speedup: f64,
    pub first_errors: Vec<String>,
    pub panic_messages: Vec<String>,
    pub slowest: Vec<(String, f64, usize)>,
}

/// The run with the median throughput (the upper one of an even count),
/// with the lowest and highest throughput. Errors and panics are the most
/// any run had: the runs read the same articles, so they should agree, and
/// a disagreement must not hide.
fn median_pass(mut runs: Vec<PassSummary>) -> Option<(PassSummary, f64, f64)> {
    runs.sort_by(|a, b| a.articles_per_s.total_cmp(&b.articles_per_s));
    let lo = runs.first()?.articles_per_s;
    let hi = runs.last()?.articles_per_s;
    let errors = runs.iter().map(|r| r.errors).max().unwrap_or(0);
    let panics = runs.iter().map(|r| r.panics).max().unwrap_or(0);
    let mid = runs.len() / 2;
    let mut p = runs.swap_remove(mid);
    p.errors = p.errors.max(errors);
    p.panics = p.panics.max(panics);
    Some((p, lo, hi))
}

fn percentile(sorted: &[u64], q: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() - 1) as f64 * q).round() as usize;
    sorted[i.min(sorted.len() - 1)] as f64 / 1e6
}

fn run_pass(
    pipeline: &Pipeline,
    files: &[PathBuf],
    args: &Args,
    threads: usize,
) -> anyhow::Result<PassSummary> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .context("building the rayon pool")?;
    let mut corpus = Corpus::open(files, args.limit)?;
    let mut lat: Vec<u64> = Vec::new();
    let mut wall = Duration::ZERO;
    let (mut ok, mut errors, mut panics, mut bytes, mut events) = (0, 0, 0, 0usize, 0);
    let mut first_errors = Vec::new();
    let mut panic_messages = Vec::new();
    let mut slowest: Vec<(String, f64, usize)> = Vec::new();
    let batch_size = args.batch.max(1);
    loop {
        let batch = corpus.batch(batch_size);
        if batch.is_empty() {
            break;
        }
        let t0 = Instant::now();
        let outcomes: Vec<Outcome> = pool.install(|| {
            batch
                .par_iter()
                .map(|a| {
                    let t = Instant::now();
                    let r = catch(|| pipeline.process(a));
                    let nanos = t.elapsed().as_nanos() as u64;
                    let (events, result, panicked) = match r {
                        Ok(Ok(rep)) => (rep.events.len(), Ok(()), false),
                        Ok(Err(e)) => (0, Err(format!("{}: {e}", a.id)), false),
                        Err(p) => (0, Err(format!("{}: PANIC {p}", a.id)), true),
                    };
                    Outcome {
                        nanos,
                        bytes: a.text.len(),
                        events,
                        result,
                        panicked,
                    }
                })
                .collect()
        });
        wall += t0.elapsed();
        for (a, o) in batch.iter().zip(outcomes) {
            bytes += o.bytes;
            events += o.events;
            lat.push(o.nanos);
            slowest.push((a.id.clone(), o.nanos as f64 / 1e6, a.text.chars().count()));
            match o.result {
                Ok(()) => ok += 1,
                Err(e) if o.panicked => {
                    panics += 1;
                    if panic_messages.len() < 20 {
                        panic_messages.push(e);
                    }
                }
                Err(e) => {
                    errors += 1;
                    if first_errors.len() < 5 {
                        first_errors.push(e);
                    }
                }
            }
        }
        if slowest.len() > 4096 {
            keep_slowest(&mut slowest, args.slowest);
        }
    }
    keep_slowest(&mut slowest, args.slowest);
    for b in corpus.bad.iter().take(5) {
        first_errors.push(format!("{}:{}: {}", b.file.display(), b.line, b.message));
    }
    let n = lat.len();
    lat.sort_unstable();
    let secs = wall.as_secs_f64().max(1e-9);
    let mb = bytes as f64 / 1e6;
    let mean_ms = if n == 0 {
        0.0
    } else {
        lat.iter().map(|&x| x as f64).sum::<f64>() / n as f64 / 1e6
    };
    Ok(PassSummary {
        threads,
        articles: n,
        ok,
        errors,
        panics,
        bad_lines: corpus.bad.len(),
        events,
        text_mb: mb,
        wall_s: secs,
        articles_per_s: n as f64 / secs,
        articles_per_s_per_core: n as f64 / secs / threads as f64,
        mb_per_s_per_core: mb / secs / threads as f64,
        p50_ms: percentile(&lat, 0.50),
        p90_ms: percentile(&lat, 0.90),
        p99_ms: percentile(&lat, 0.99),
        max_ms: percentile(&lat, 1.0),
        mean_ms,
        speedup: 1.0,
        first_errors,
        panic_messages,
        slowest,
    })
}

fn keep_slowest(v: &mut Vec<(String, f64, usize)>, k: usize) {
    v.sort_by(|a, b| b.1.total_cmp(&a.1));
    v.truncate(k);
}

/// Time spent per stage (single thread).
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct StageSummary {
    pub articles: usize,
    /// Articles timed stage by stage (the others: `process()`).
    pub stage_articles: usize,
    /// `Pipeline::document` (validation, char index).
    pub document_ms: f64,
    pub text_ms: f64,
    pub time_ms: f64,
    pub places_ms: f64,
    pub entities_ms: f64,
    pub events_ms: f64,
    /// `Pipeline::process` on the articles in between.
    pub process_ms: f64,
    pub panics: usize,
    pub panic_messages: Vec<String>,
}

fn run_stages(pipeline: &Pipeline, files: &[PathBuf], args: &Args) -> anyhow::Result<StageSummary> {
    let limit = args
        .limit
        .map_or(args.stage_limit, |l| l.min(args.stage_limit));
    let mut corpus = Corpus::open(files, Some(limit))?;
    let mut s = StageSummary::default();
    let ms = |t: Instant| t.elapsed().as_secs_f64() * 1e3;
    loop {
        let batch = corpus.batch(args.batch.max(1));
        if batch.is_empty() {
            break;
        }
        for a in &batch {
            s.articles += 1;
            // articles come round-robin from the files: alternate whole
            // rounds, so both halves see the same mix of sources
            let by_stage = ((s.articles - 1) / files.len().max(1)).is_multiple_of(2);
            let r = catch(|| {
                let mut d = [0.0f64; 7];
                if !by_stage {
                    let t = Instant::now();
                    let rep = pipeline.process(a);
                    d[6] = ms(t);
                    drop(rep);
                    return d;
                }
                let t = Instant::now();
                let Ok(mut doc) = pipeline.document(a, None) else {
                    return d;
                };
                d[0] = ms(t);
                let t = Instant::now();
                rasd_text::analyze(&mut doc);
                d[1] = ms(t);
                let t = Instant::now();
                pipeline.time.tag(&mut doc);
                d[2] = ms(t);
                let t = Instant::now();
                pipeline.geo.tag(&mut doc);
                d[3] = ms(t);
                let t = Instant::now();
                pipeline.entities.tag(&mut doc);
                d[4] = ms(t);
                let t = Instant::now();
                let ev = pipeline.events.extract(&doc);
                d[5] = ms(t);
                drop(ev);
                d
            });
            if by_stage {
                s.stage_articles += 1;
            }
            match r {
                Ok(d) => {
                    s.document_ms += d[0];
                    s.text_ms += d[1];
                    s.time_ms += d[2];
                    s.places_ms += d[3];
                    s.entities_ms += d[4];
                    s.events_ms += d[5];
                    s.process_ms += d[6];
                }
                Err(p) => {
                    s.panics += 1;
                    if s.panic_messages.len() < 20 {
                        s.panic_messages.push(format!("{}: PANIC {p}", a.id));
                    }
                }
            }
        }
    }
    Ok(s)
}

// ---------------------------------------------------------------- memory

/// A `kB` field of `/proc/self/status` (e.g. `VmHWM`, `VmRSS`) in MiB.
pub fn proc_status_mib(field: &str) -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    s.lines().find_map(|l| {
        let rest = l.strip_prefix(field)?.strip_prefix(':')?;
        let kb: f64 = rest.split_whitespace().next()?.parse().ok()?;
        Some(kb / 1024.0)
    })
}

/// The 1, 5 and 15 minute load averages (`/proc/loadavg`), or "unknown".
pub fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|| "unknown".into())
}

// ---------------------------------------------------------------- contract checks

/// Problems of a report against the output contract (spans inside the text,
/// dates and codes well-formed); empty when the report is sound.
pub fn contract_violations(report: &Report, article: &Article) -> Vec<String> {
    let n = article.text.chars().count();
    let mut v = Vec::new();
    let span = |v: &mut Vec<String>, what: &str, s: &Span| {
        if s.start > s.end || s.end > n {
            v.push(format!(
                "{what} span {}..{} outside the text (0..{n})",
                s.start, s.end
            ));
        }
    };
    if report.id != article.id {
        v.push(format!(
            "report id {:?} is not the article id {:?}",
            report.id, article.id
        ));
    }
    for e in &report.entities {
        span(&mut v, "entity", &e.span);
    }
    for t in &report.times {
        span(&mut v, "time", &t.span);
    }
    for (i, e) in report.events.iter().enumerate() {
        let what = format!("event {i}");
        for s in &e.evidence {
            span(&mut v, &format!("{what} evidence"), s);
        }
        if let Some(d) = &e.event_date {
            if chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err() {
                v.push(format!("{what}: event_date {d:?} is not a YYYY-MM-DD date"));
            }
        }
        if let Some(t) = &e.time {
            if chrono::NaiveTime::parse_from_str(t, "%H:%M").is_err() {
                v.push(format!("{what}: time {t:?} is not HH:MM"));
            }
        }
        if let Some(p) = e.time_precision {
            if !(1..=3).contains(&p) {
                v.push(format!("{what}: time_precision {p} not in 1..=3"));
            }
        }
        if !(0.0..=1.0).contains(&e.confidence) {
            v.push(format!("{what}: confidence {} not in 0..=1", e.confidence));
        }
        if let Some(st) = &e.sub_event_type {
            match rasd_core::acled_parent(st) {
                None => v.push(format!("{what}: unknown sub_event_type {st:?}")),
                Some((et, _)) => {
                    if e.event_type.as_deref() != Some(et) {
                        v.push(format!(
                            "{what}: sub_event_type {st:?} belongs to {et:?}, not {:?}",
                            e.event_type
                        ));
                    }
                }
            }
        }
        if let Some(loc) = &e.location {
            if let Some(s) = &loc.span {
                span(&mut v, &format!("{what} location"), s);
            }
            if let Some(lat) = loc.lat {
                if !(-90.0..=90.0).contains(&lat) {
                    v.push(format!("{what}: lat {lat} out of range"));
                }
            }
            if let Some(lon) = loc.lon {
                if !(-180.0..=180.0).contains(&lon) {
                    v.push(format!("{what}: lon {lon} out of range"));
                }
            }
            if let Some(p) = loc.geo_precision {
                if !(1..=3).contains(&p) {
                    v.push(format!("{what}: geo_precision {p} not in 1..=3"));
                }
            }
        }
        for (slot, a) in [
            ("actor1", &e.actor1),
            ("assoc_actor_1", &e.assoc_actor_1),
            ("actor2", &e.actor2),
            ("assoc_actor_2", &e.assoc_actor_2),
        ] {
            if let Some(a) = a {
                if !(1..=8).contains(&a.inter) {
                    v.push(format!("{what} {slot}: inter {} not in 1..=8", a.inter));
                }
                if let Some(s) = &a.span {
                    span(&mut v, &format!("{what} {slot}"), s);
                }
            }
        }
        for q in &e.quantities {
            if let Some(s) = &q.span {
                span(&mut v, &format!("{what} quantity"), s);
            }
        }
        for c in &e.claims {
            if let Some(s) = &c.span {
                span(&mut v, &format!("{what} claim"), s);
            }
        }
    }
    if let Err(err) = serde_json::to_string(report) {
        v.push(format!("report does not serialise: {err}"));
    }
    v
}

// ---------------------------------------------------------------- fuzzer

/// Small deterministic PRNG (xorshift64*), enough to drive mutations.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

const NASTY_CHARS: &[char] = &[
    '\0',
    '\u{202E}',
    '\u{202D}',
    '\u{200F}',
    '\u{200E}',
    '\u{2066}',
    '\u{2069}',
    '\u{200D}',
    '\u{FEFF}',
    '\u{061C}',
    '\u{0640}',
    '\u{064B}',
    '\u{0651}',
    '\u{0652}',
    '\u{0670}',
    '\r',
    '\n',
    '\t',
    '\u{2028}',
    '\u{0660}',
    '\u{0669}',
    '\u{066C}',
    '\u{066B}',
    '٫',
    '،',
    '؟',
    '.',
    ':',
    '/',
    '-',
    '%',
    '«',
    '»',
    '"',
    '\\',
    '<',
    '>',
    '&',
    '\u{FDFD}',
    '\u{FFFD}',
    'ﻻ',
    '\u{1F4A3}',
    'ß',
    'İ',
    '\u{0301}',
];

const NASTY_SNIPPETS: &[&str] = &[
    "99999999999999999999 قتيلا",
    "قتل 18446744073709551616 شخصا",
    "أصيب -5 أشخاص",
    "1e309 صاروخ",
    "٣٬٥٠٠٬٠٠٠٬٠٠٠٬٠٠٠٬٠٠٠ قتيل",
    "في 31 فبراير 2021",
    "يوم 30/02/2021 الساعة 25:61",
    "الساعة 00:00 من 0000-00-00",
    "عام 99999",
    "في 29 فبراير 2023",
    "منذ 10000000000 يوما",
    "في الأسبوع الماضي من الشهر القادم",
    "<div><div><p>انفجار في بغداد</p></div></div>",
    "قتل وأصيب وقتل وأصيب",
    "بغداد بغداد بغداد الموصل حلب صنعاء",
    "ثلاثة آلاف وخمسمائة وعشرون مليون مليار",
    "المرصد السوري لحقوق الإنسان: قتل 5",
    "\u{202E}قتل 3 في حلب\u{202C}",
    "ًٌٍَُِّْ",
    "ـــــــ",
];

const NASTY_PUBLISHED: &[&str] = &[
    "",
    "2021-02-31",
    "0000-01-01",
    "9999-12-31",
    "2021-07-05T10:00:00+14:00",
    "2021-07-05T25:00:00Z",
    "yesterday",
    "٢٠٢١-٠٧-٠٥",
    "1970-01-01",
    "2262-04-12",
];

fn char_boundary_at(s: &str, frac_num: usize, frac_den: usize) -> usize {
    let mut i = s.len() * frac_num / frac_den.max(1);
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i.min(s.len())
}

/// A mutated copy of `base` (`other` is a second article to splice from).
fn mutate(rng: &mut Rng, base: &Article, other: &Article) -> Article {
    let mut a = base.clone();
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        let t = &mut a.text;
        match rng.below(12) {
            0 => {
                // insert nasty chars at random places
                for _ in 0..1 + rng.below(20) {
                    let at = char_boundary_at(t, rng.below(1000), 1000);
                    let c = NASTY_CHARS[rng.below(NASTY_CHARS.len())];
                    t.insert(at, c);
                }
            }
            1 => {
                let at = char_boundary_at(t, rng.below(1000), 1000);
                t.insert_str(at, NASTY_SNIPPETS[rng.below(NASTY_SNIPPETS.len())]);
            }
            2 => {
                let at = char_boundary_at(t, rng.below(1000), 1000);
                t.truncate(at);
            }
            3 => {
                // delete a range
                let a0 = char_boundary_at(t, rng.below(1000), 1000);
                let a1 = char_boundary_at(t, rng.below(1000), 1000);
                let (s, e) = (a0.min(a1), a0.max(a1));
                t.replace_range(s..e, "");
            }
            4 => {
                // repeat a range many times
                let a0 = char_boundary_at(t, rng.below(1000), 1000);
                let a1 = char_boundary_at(t, rng.below(1000), 1000);
                let (s, e) = (a0.min(a1), a0.max(a1));
                let piece = t[s..e].to_string();
                let reps = 1 + rng.below(8);
                t.insert_str(e, &piece.repeat(reps));
            }
            5 => {
                // splice another article in
                let at = char_boundary_at(t, rng.below(1000), 1000);
                let o = &other.text;
                let o0 = char_boundary_at(o, rng.below(1000), 1000);
                t.insert_str(at, &o[o0..]);
            }
            6 => {
                // strip letters, keep diacritics/punctuation/digits
                *t = t
                    .chars()
                    .filter(|c| !c.is_alphabetic() || rasd_text::is_diacritic(*c))
                    .collect();
            }
            7 => {
                // no spaces at all / only newlines
                let sep = if rng.below(2) == 0 { "" } else { "\n\n" };
                *t = t.replace(' ', sep);
            }
            8 => {
                // diacritise every letter
                *t = t
                    .chars()
                    .flat_map(|c| {
                        let d = if c.is_alphabetic() {
                            Some('\u{064E}')
                        } else {
                            None
                        };
                        std::iter::once(c).chain(d)
                    })
                    .collect();
            }
            9 => {
                a.published = Some(NASTY_PUBLISHED[rng.below(NASTY_PUBLISHED.len())].to_string());
            }
            10 => {
                // random code points
                let mut s = String::new();
                for _ in 0..rng.below(200) {
                    let cp = match rng.below(3) {
                        0 => 0x0600 + rng.below(0x100) as u32,
                        1 => rng.below(0x80) as u32,
                        _ => rng.below(0x11_0000) as u32,
                    };
                    if let Some(c) = char::from_u32(cp) {
                        s.push(c);
                    }
                }
                let at = char_boundary_at(t, rng.below(1000), 1000);
                t.insert_str(at, &s);
            }
            _ => {
                // digits → Arabic-Indic or back
                *t = t
                    .chars()
                    .map(|c| match c.to_digit(10) {
                        Some(d) if c.is_ascii_digit() => char::from_u32(0x0660 + d).unwrap_or(c),
                        _ => c,
                    })
                    .collect();
            }
        }
    }
    a.id = format!("{}~fuzz", base.id);
    a
}

/// Summary of a fuzz run.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct FuzzSummary {
    pub seconds: f64,
    pub cases: usize,
    pub ok: usize,
    pub errors: usize,
    pub panics: usize,
    pub contract_violations: usize,
    /// Slowest case: ms and chars (super-linear behaviour shows here).
    pub slowest_ms: f64,
    pub slowest_chars: usize,
    /// Worst microseconds per 1000 chars over cases of at least 1000 chars.
    pub worst_us_per_kchar: f64,
    pub failures: Vec<String>,
}

fn run_fuzz(pipeline: &Pipeline, files: &[PathBuf], args: &Args) -> anyhow::Result<FuzzSummary> {
    let mut corpus = Corpus::open(files, Some(2000))?;
    let seeds = corpus.batch(2000);
    if seeds.is_empty() {
        anyhow::bail!("the fuzzer needs at least one article in the corpus");
    }
    let mut rng = Rng::new(args.seed);
    let mut s = FuzzSummary::default();
    let deadline = Instant::now() + Duration::from_secs(args.fuzz_secs);
    let start = Instant::now();
    while Instant::now() < deadline {
        let base = &seeds[rng.below(seeds.len())];
        let other = &seeds[rng.below(seeds.len())];
        let a = mutate(&mut rng, base, other);
        let t = Instant::now();
        let r = catch(|| pipeline.process(&a));
        let ms = t.elapsed().as_secs_f64() * 1e3;
        let chars = a.text.chars().count();
        if ms > s.slowest_ms {
            s.slowest_ms = ms;
            s.slowest_chars = chars;
        }
        if chars >= 1000 {
            s.worst_us_per_kchar = s.worst_us_per_kchar.max(ms * 1e6 / chars as f64);
        }
        s.cases += 1;
        let failure = match r {
            Ok(Ok(rep)) => {
                let v = contract_violations(&rep, &a);
                if v.is_empty() {
                    s.ok += 1;
                    None
                } else {
                    s.contract_violations += 1;
                    Some(format!("contract: {}", v.join("; ")))
                }
            }
            Ok(Err(_)) => {
                s.errors += 1;
                None
            }
            Err(p) => {
                s.panics += 1;
                Some(format!("PANIC {p}"))
            }
        };
        if let Some(msg) = failure {
            let n = s.failures.len();
            if n < 50 {
                std::fs::create_dir_all(&args.fuzz_out)
                    .with_context(|| format!("creating {}", args.fuzz_out.display()))?;
                let path = args.fuzz_out.join(format!("case-{n:03}.json"));
                std::fs::write(&path, serde_json::to_string(&a)?)
                    .with_context(|| format!("writing {}", path.display()))?;
                s.failures.push(format!("{}: {msg}", path.display()));
            }
        }
    }
    s.seconds = start.elapsed().as_secs_f64();
    Ok(s)
}

// ---------------------------------------------------------------- command

/// Start-up timings in milliseconds.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Startup {
    /// First `Gazetteer::open_default` (may build the index).
    pub gazetteer_first_ms: f64,
    /// Second open (index already built).
    pub gazetteer_warm_ms: f64,
    /// `Pipeline::new` (time rules, entity model, event rules).
    pub pipeline_new_ms: f64,
    pub rss_after_mib: f64,
}

fn build_pipeline(cfg: &Config) -> anyhow::Result<(Pipeline, Startup)> {
    let dir = cfg.data_dir()?;
    let mut st = Startup::default();
    let t = Instant::now();
    let g = rasd_geo::Gazetteer::open_default(&dir)
        .with_context(|| format!("opening gazetteer in {}", dir.display()))?;
    st.gazetteer_first_ms = t.elapsed().as_secs_f64() * 1e3;
    drop(g);
    let t = Instant::now();
    let g = rasd_geo::Gazetteer::open_default(&dir)
        .with_context(|| format!("opening gazetteer in {}", dir.display()))?;
    st.gazetteer_warm_ms = t.elapsed().as_secs_f64() * 1e3;
    let t = Instant::now();
    let p = Pipeline::new(g).with_ner(cfg.ner_mode()?);
    st.pipeline_new_ms = t.elapsed().as_secs_f64() * 1e3;
    st.rss_after_mib = proc_status_mib("VmRSS").unwrap_or(0.0);
    Ok((p, st))
}

fn verdict(ok: bool) -> &'static str {
    if ok {
        "ok"
    } else {
        "MISSED"
    }
}

/// Run the benchmark.
pub fn run(cfg: &Config, args: Args) -> anyhow::Result<i32> {
    let files = corpus_files(&args.inputs)?;
    let quiet = args.json.as_deref() == Some(Path::new("-"));
    let say = |s: String| {
        if quiet {
            eprintln!("{s}");
        } else {
            println!("{s}");
        }
    };
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let mut threads = args.threads.clone();
    if threads.is_empty() {
        threads = vec![1];
        if cores > 1 {
            threads.push(cores);
        }
    }
    if threads.contains(&0) {
        anyhow::bail!("--threads values must be at least 1");
    }
    let _quiet_panics = QuietPanics::install();

    say(format!(
        "rasd bench: {} file(s): {}",
        files.len(),
        files
            .iter()
            .map(|f| f.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    ));
    let load_start = loadavg();
    say(format!(
        "machine: {cores} core(s), load average {load_start} (other work on the machine skews every number)"
    ));
    let (pipeline, startup) = build_pipeline(cfg)?;
    say(format!(
        "start-up: gazetteer open {:.1} ms (first) / {:.1} ms (warm), Pipeline::new {:.1} ms, RSS {:.1} MiB; NER {:?} (RASD_NER=fast|accurate)",
        startup.gazetteer_first_ms, startup.gazetteer_warm_ms, startup.pipeline_new_ms, startup.rss_after_mib, cfg.ner_mode()?
    ));

    let mut passes: Vec<PassSummary> = Vec::new();
    for &t in &threads {
        let mut runs = Vec::with_capacity(args.repeat.max(1));
        for _ in 0..args.repeat.max(1) {
            runs.push(run_pass(&pipeline, &files, &args, t)?);
        }
        let Some((mut p, lo, hi)) = median_pass(runs) else {
            continue;
        };
        if args.repeat > 1 {
            say(format!(
                "threads={t}: {} runs, median {:.0} art/s (min {lo:.0}, max {hi:.0}); the median run follows",
                args.repeat,
                p.articles_per_s
            ));
        }
        if let Some(first) = passes.first() {
            p.speedup = p.articles_per_s / first.articles_per_s.max(1e-9) * first.threads as f64;
        } else {
            p.speedup = p.threads as f64;
        }
        say(format!(
            "pass threads={}: {} articles ({:.1} MB text, {} events) in {:.2} s: {:.0} art/s ({:.0}/core), {:.2} MB/s/core; latency p50 {:.2} ms p90 {:.2} p99 {:.2} max {:.1}; errors {} panics {} bad lines {}; speed-up x{:.2}",
            p.threads, p.articles, p.text_mb, p.events, p.wall_s, p.articles_per_s,
            p.articles_per_s_per_core, p.mb_per_s_per_core, p.p50_ms, p.p90_ms, p.p99_ms,
            p.max_ms, p.errors, p.panics, p.bad_lines, p.speedup
        ));
        for e in &p.first_errors {
            say(format!("  error: {e}"));
        }
        for e in &p.panic_messages {
            say(format!("  {e}"));
        }
        passes.push(p);
    }
    if let Some(p) = passes.first() {
        for (id, ms, chars) in &p.slowest {
            say(format!("  slow: {id} {ms:.1} ms ({chars} chars)"));
        }
    }

    let stages = if args.stage_limit > 0 {
        let s = run_stages(&pipeline, &files, &args)?;
        let n = s.stage_articles.max(1) as f64;
        let np = (s.articles - s.stage_articles).max(1) as f64;
        let per = |x: f64| x * 1e3 / n;
        let sum = s.document_ms + s.text_ms + s.time_ms + s.places_ms + s.entities_ms + s.events_ms;
        let pct = |x: f64| 100.0 * x / sum.max(1e-9);
        let process = s.process_ms * 1e3 / np;
        say(format!(
            "stages (1 thread, {} articles, µs/article): document {:.0} ({:.0}%), text {:.0} ({:.0}%), time {:.0} ({:.0}%), places {:.0} ({:.0}%), entities {:.0} ({:.0}%), events {:.0} ({:.0}%); sum {:.0}; process() on the {} articles in between {:.0}, other {:.0}",
            s.stage_articles, per(s.document_ms), pct(s.document_ms), per(s.text_ms), pct(s.text_ms),
            per(s.time_ms), pct(s.time_ms), per(s.places_ms), pct(s.places_ms),
            per(s.entities_ms), pct(s.entities_ms), per(s.events_ms), pct(s.events_ms),
            per(sum), s.articles - s.stage_articles, process, process - per(sum)
        ));
        for e in &s.panic_messages {
            say(format!("  {e}"));
        }
        Some(s)
    } else {
        None
    };

    let fuzz = if args.fuzz_secs > 0 {
        let f = run_fuzz(&pipeline, &files, &args)?;
        say(format!(
            "fuzz: {} cases in {:.1} s ({:.0}/s): ok {} errors {} panics {} contract violations {}; slowest {:.1} ms ({} chars), worst {:.0} µs/1000 chars",
            f.cases, f.seconds, f.cases as f64 / f.seconds.max(1e-9), f.ok, f.errors, f.panics,
            f.contract_violations, f.slowest_ms, f.slowest_chars, f.worst_us_per_kchar
        ));
        for e in &f.failures {
            say(format!("  {e}"));
        }
        Some(f)
    } else {
        None
    };

    let peak = proc_status_mib("VmHWM").unwrap_or(0.0);
    say(format!("peak resident memory (VmHWM): {peak:.1} MiB"));
    let load_end = loadavg();
    say(format!("load average at the end: {load_end}"));
    let single = passes.iter().find(|p| p.threads == 1);
    if let Some(p) = single {
        say(format!(
            "target ≥ {TARGET_ARTICLES_PER_CORE} articles/s/core: {:.0} {}",
            p.articles_per_s_per_core,
            verdict(p.articles_per_s_per_core >= TARGET_ARTICLES_PER_CORE)
        ));
    }
    say(format!(
        "target ≤ {TARGET_PEAK_MIB} MiB peak: {peak:.1} {}",
        verdict(peak <= TARGET_PEAK_MIB)
    ));

    let lost = passes
        .iter()
        .any(|p| p.ok + p.errors + p.panics != p.articles);
    let panics: usize = passes.iter().map(|p| p.panics).sum::<usize>()
        + stages.as_ref().map_or(0, |s| s.panics)
        + fuzz.as_ref().map_or(0, |f| f.panics);
    let violations = fuzz.as_ref().map_or(0, |f| f.contract_violations);

    if let Some(path) = &args.json {
        let summary = json!({
            "files": files,
            "cores": cores,
            "startup": startup,
            "passes": passes,
            "stages": stages,
            "fuzz": fuzz,
            "peak_rss_mib": peak,
            "loadavg_start": load_start,
            "loadavg_end": load_end,
            "targets": {
                "articles_per_s_per_core": TARGET_ARTICLES_PER_CORE,
                "peak_mib": TARGET_PEAK_MIB,
                "cold_start_ms": TARGET_COLD_START_MS,
            },
        });
        let text = serde_json::to_string_pretty(&summary)?;
        if path == Path::new("-") {
            println!("{text}");
        } else {
            std::fs::write(path, text + "\n")
                .with_context(|| format!("writing {}", path.display()))?;
        }
    }
    if lost || panics > 0 || violations > 0 {
        eprintln!(
            "rasd bench: {panics} panic(s), {violations} contract violation(s){}",
            if lost {
                ", articles unaccounted for"
            } else {
                ""
            }
        );
        return Ok(1);
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn write_jsonl(dir: &Path, name: &str, lines: &[&str]) -> PathBuf {
        let p = dir.join(name);
        let mut f = std::fs::File::create(&p).unwrap();
        for l in lines {
            writeln!(f, "{l}").unwrap();
        }
        p
    }

    #[test]
    fn corpus_round_robin_limit_and_bad_lines() {
        let dir = tempfile::tempdir().unwrap();
        let a = write_jsonl(
            dir.path(),
            "a.jsonl",
            &[
                r#"{"id":"a1","text":"قتل شخص"}"#,
                "not json",
                r#"{"id":"a2","text":"x"}"#,
            ],
        );
        let gz = dir.path().join("b.jsonl.gz");
        {
            let f = std::fs::File::create(&gz).unwrap();
            let mut e = flate2::write::GzEncoder::new(f, flate2::Compression::fast());
            writeln!(e, r#"{{"id":"b1","text":"y"}}"#).unwrap();
            writeln!(e).unwrap();
            writeln!(e, r#"{{"id":"b2","text":"z"}}"#).unwrap();
            e.finish().unwrap();
        }
        let files = corpus_files(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(files, vec![a.clone(), gz.clone()]);
        let mut c = Corpus::open(&files, None).unwrap();
        let ids: Vec<String> = c.batch(100).into_iter().map(|a| a.id).collect();
        assert_eq!(ids, ["a1", "b1", "a2", "b2"]);
        assert_eq!(c.bad.len(), 1);
        assert_eq!(c.bad[0].line, 2);
        let mut c = Corpus::open(&files, Some(3)).unwrap();
        assert_eq!(c.batch(2).len(), 2);
        assert_eq!(c.batch(2).len(), 1);
        assert!(c.batch(2).is_empty());
    }

    #[test]
    fn the_median_run_is_reported_with_the_range_and_every_panic() {
        let run = |rate: f64, panics: usize| PassSummary {
            threads: 1,
            articles: 10,
            ok: 10 - panics,
            errors: 0,
            panics,
            bad_lines: 0,
            events: 0,
            text_mb: 0.0,
            wall_s: 1.0,
            articles_per_s: rate,
            articles_per_s_per_core: rate,
            mb_per_s_per_core: 0.0,
            p50_ms: 0.0,
            p90_ms: 0.0,
            p99_ms: 0.0,
            max_ms: 0.0,
            mean_ms: 0.0,
            speedup: 1.0,
            first_errors: Vec::new(),
            panic_messages: Vec::new(),
            slowest: Vec::new(),
        };
        let (p, lo, hi) =
            median_pass(vec![run(500.0, 0), run(300.0, 1), run(700.0, 0)]).expect("runs");
        assert_eq!((p.articles_per_s, lo, hi), (500.0, 300.0, 700.0));
        assert_eq!(p.panics, 1);
        assert!(median_pass(Vec::new()).is_none());
        let (p, _, _) = median_pass(vec![run(2.0, 0), run(1.0, 0)]).expect("runs");
        assert_eq!(p.articles_per_s, 2.0);
    }

    #[test]
    fn percentiles_and_memory() {
        let v: Vec<u64> = (1..=100).map(|x| x * 1_000_000).collect();
        assert_eq!(percentile(&v, 0.5), 51.0);
        assert_eq!(percentile(&v, 0.99), 99.0);
        assert_eq!(percentile(&v, 1.0), 100.0);
        assert_eq!(percentile(&[], 0.5), 0.0);
        // RSS first: the high-water mark read after it can only be larger,
        // even while other test threads allocate
        let rss = proc_status_mib("VmRSS").unwrap();
        let hwm = proc_status_mib("VmHWM").unwrap();
        assert!(hwm >= rss && rss > 0.0);
    }

    #[test]
    fn caught_panics_keep_their_message() {
        let _g = QuietPanics::install();
        let r: Result<(), String> = catch(|| panic!("boom {}", 7));
        let msg = r.unwrap_err();
        assert!(msg.starts_with("boom 7 at "), "{msg}");
        assert_eq!(catch(|| 3).unwrap(), 3);
    }

    #[test]
    fn mutations_stay_valid_strings_and_vary() {
        let base = Article {
            id: "b".into(),
            text: "قتل 3 أشخاص في بغداد يوم الاثنين 5 تموز 2021.\nوأصيب آخرون".into(),
            ..Default::default()
        };
        let mut rng = Rng::new(1);
        let mut distinct = std::collections::HashSet::new();
        for _ in 0..500 {
            let m = mutate(&mut rng, &base, &base);
            assert!(m.id.ends_with("~fuzz"));
            distinct.insert(m.text);
        }
        assert!(distinct.len() > 100, "only {} distinct", distinct.len());
    }

    #[test]
    fn contract_checks_catch_bad_spans_and_dates() {
        let a = Article {
            id: "x".into(),
            text: "abc".into(),
            ..Default::default()
        };
        let mut r = Report {
            id: "x".into(),
            ..Default::default()
        };
        assert!(contract_violations(&r, &a).is_empty());
        let mut e = rasd_core::Event::empty(rasd_core::Role::Primary);
        e.evidence.push(Span::new(0, 4));
        e.event_date = Some("2021-02-31".into());
        r.events.push(e);
        let v = contract_violations(&r, &a);
        assert_eq!(v.len(), 2, "{v:?}");
    }
}
