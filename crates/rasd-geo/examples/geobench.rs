//! Gazetteer benchmark: index build time, open time, lookups/s, tagging
//! throughput and resident memory.
//!
//! `cargo run --release -p rasd-geo --example geobench -- NEWS.jsonl.gz [N_ARTICLES] [INDEX_FILE]`
//! (sources: the defaults of `BuildOptions::defaults()`).

use rasd_core::Document;
use rasd_geo::{BuildOptions, Gazetteer, Geocoder};
use std::io::BufRead;
use std::time::Instant;

fn rss_kb(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

/// CPU time of this thread so far (ns), from /proc/thread-self/schedstat.
fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|v| v.parse().ok()))
        .unwrap_or(0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let news = args.get(1).ok_or("usage: NEWS.jsonl.gz [N]")?;
    let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(2000);
    // an existing index file given as 3rd argument is opened, not rebuilt
    // (so that resident memory is measured without the build's heap)
    let path = match args.get(3) {
        Some(p) => std::path::PathBuf::from(p),
        None => std::env::temp_dir().join(format!("rasd-geobench-{}.rgeo", std::process::id())),
    };
    if !path.exists() {
        let opts = BuildOptions::defaults();
        let t = Instant::now();
        let meta = Gazetteer::build(&path, &opts)?;
        let build = t.elapsed();
        let size = std::fs::metadata(&path)?.len();
        println!(
            "build: {:.2?} ({} records, {} keys, {:.1} MB) sources: {:?}",
            build,
            meta.records,
            meta.keys,
            size as f64 / 1e6,
            meta.sources
                .iter()
                .map(|s| (&s.name, s.records))
                .collect::<Vec<_>>()
        );
    }
    let rss_before = rss_kb("VmRSS:");

    let t = Instant::now();
    let reps = 200;
    for _ in 0..reps {
        let g = Gazetteer::open(&path)?;
        std::hint::black_box(g.len());
    }
    println!("open: {:.1?} per open (mmap)", t.elapsed() / reps);

    let gaz = Gazetteer::open(&path)?;
    let names = [
        "الرمادي",
        "بالموصل",
        "هيت",
        "صنعاء",
        "تعز",
        "Baghdad",
        "Aleppo",
        "كابل",
        "مقديشو",
        "خان يونس",
        "قاعدة عين الأسد",
        "دير الزور",
        "غير موجود",
        "الحديدة",
        "بنغازي",
        "جازان",
    ];
    let t = Instant::now();
    let mut hits = 0usize;
    let iters = 20_000;
    for i in 0..iters {
        hits += gaz.lookup(names[i % names.len()]).len();
    }
    let el = t.elapsed();
    println!(
        "lookup: {:.0} lookups/s ({} hits)",
        iters as f64 / el.as_secs_f64(),
        hits
    );

    println!(
        "memory: VmRSS {} MB with the index open and looked up",
        rss_kb("VmRSS:") / 1024
    );
    let geo = Geocoder::new(gaz);
    let r = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(std::fs::File::open(
        news,
    )?));
    let mut docs = Vec::new();
    for line in r.lines().take(n) {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        let mut d = Document::new(
            v["id"].as_str().unwrap_or(""),
            v["text"].as_str().unwrap_or(""),
        );
        rasd_text::analyze(&mut d);
        docs.push(d);
    }
    let chars: usize = docs.iter().map(|d| d.char_len()).sum();
    let t = Instant::now();
    let c0 = cpu_ns();
    let mut places = 0;
    for d in docs.iter_mut() {
        geo.tag(d);
        places += d.places.len();
    }
    let el = t.elapsed();
    let cpu = (cpu_ns() - c0) as f64 / 1e9;
    println!(
        "tag CPU time: {:.2}s = {:.0} articles/s per core (CPU time, excludes waiting for a busy machine)",
        cpu,
        docs.len() as f64 / cpu.max(1e-9)
    );
    println!(
        "tag: {} articles ({:.1} MB text) in {:.2?} = {:.0} articles/s on one core, {} places",
        docs.len(),
        chars as f64 / 1e6,
        el,
        docs.len() as f64 / el.as_secs_f64(),
        places
    );
    println!(
        "memory: VmRSS {} MB before open, {} MB with {} analysed documents in memory; VmHWM {} MB",
        rss_before / 1024,
        rss_kb("VmRSS:") / 1024,
        docs.len(),
        rss_kb("VmHWM:") / 1024
    );
    Ok(())
}
