//! `kill -9` in the middle of a 10,000-article ingest, then the same command
//! again: every article is stored exactly once and every primary event of
//! every stored report is in exactly one merged event.

use rasd_store::{SqliteStore, Store};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const N: usize = 10_000;

const WORDS: &[&str] = &[
    "قال",
    "مصدر",
    "أمني",
    "إن",
    "قوات",
    "الجيش",
    "استهدفت",
    "مواقع",
    "المسلحين",
    "في",
    "ريف",
    "المدينة",
    "وأضاف",
    "أن",
    "الاشتباكات",
    "استمرت",
    "ساعات",
    "طويلة",
    "بين",
    "الطرفين",
    "وسط",
    "قصف",
    "مدفعي",
    "متبادل",
    "على",
    "القرى",
    "المجاورة",
    "وأفاد",
    "شهود",
    "عيان",
    "بسماع",
    "دوي",
    "انفجارات",
    "عنيفة",
    "الأحياء",
    "الشرقية",
    "من",
    "العاصمة",
    "الحكومة",
    "أعلنت",
    "حظر",
    "التجول",
    "حتى",
    "إشعار",
    "آخر",
    "المستشفى",
    "استقبل",
    "جرحى",
    "مدنيين",
    "بينهم",
    "أطفال",
    "ونساء",
    "الشرطة",
    "اعتقلت",
    "عددا",
    "المشتبه",
    "بهم",
    "التظاهرات",
    "خرجت",
    "للمطالبة",
    "بالإصلاح",
    "ومحاربة",
    "الفساد",
    "السوق",
    "الشعبي",
    "الطريق",
    "الدولي",
    "الحدود",
    "الجنوبية",
    "الوزارة",
    "بيان",
    "رسمي",
    "مساء",
    "أمس",
    "صباح",
    "اليوم",
    "الأسبوع",
    "الماضي",
    "محافظة",
    "بلدة",
    "قرية",
    "منطقة",
    "عسكرية",
    "طائرة",
    "مسيرة",
    "صاروخ",
    "عبوة",
    "ناسفة",
    "سيارة",
    "مفخخة",
    "حاجز",
    "تفتيش",
    "دورية",
    "مسلحون",
    "مجهولون",
    "فتحوا",
    "النار",
];

fn lcg(state: &mut u64) -> u64 {
    *state = state
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    *state >> 33
}

/// Article `i`: 60 pseudo-random words (distinct texts, no near-duplicates)
/// plus a sentence reporting an attack.
fn article_line(i: usize) -> String {
    let mut s = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut words = Vec::with_capacity(64);
    for _ in 0..60 {
        words.push(WORDS[(lcg(&mut s) as usize) % WORDS.len()]);
    }
    let text = format!(
        "قتل {} أشخاص في هجوم على بلدة في محافظة الأنبار. {} رقم {i}",
        2 + i % 7,
        words.join(" ")
    );
    let day = 1 + i % 28;
    serde_json::json!({
        "id": format!("gen-{i}"), "source": "generated", "published": format!("2021-03-{day:02}"),
        "title": format!("خبر {i}"), "text": text,
    })
    .to_string()
}

fn rasd(data_dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_rasd"));
    c.arg("--data-dir")
        .arg(data_dir)
        .env_remove("RASD_DATABASE")
        .env_remove("RASD_CONFIG")
        .current_dir(data_dir);
    c
}

#[test]
fn kill_9_mid_ingest_then_resume_loses_and_duplicates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let input = dir.path().join("articles.jsonl");
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&input).unwrap());
        for i in 0..N {
            writeln!(f, "{}", article_line(i)).unwrap();
        }
        // one bad record at the end of the file: reported (file:line), the run goes on
        writeln!(f, "{{not json").unwrap();
    }

    let mut child = rasd(&data)
        .args(["ingest", "--batch", "100"])
        .arg(&input)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // wait until some batches are committed, then kill -9
    let start = Instant::now();
    let db = data.join(rasd_store::SQLITE_FILE);
    let mut killed_at = None;
    while start.elapsed() < Duration::from_secs(600) {
        std::thread::sleep(Duration::from_millis(50));
        if let Some(status) = child.try_wait().unwrap() {
            panic!("ingest finished ({status}) before it could be killed: make N larger");
        }
        if !db.exists() {
            continue;
        }
        let Ok(store) = SqliteStore::open_file(&db) else {
            continue;
        };
        let n = store.counts().map(|c| c.articles).unwrap_or(0);
        if n >= 300 {
            child.kill().unwrap(); // SIGKILL
            child.wait().unwrap();
            killed_at = Some(store.counts().unwrap().articles);
            break;
        }
    }
    let Some(killed_at) = killed_at else {
        let _ = child.kill();
        let _ = child.wait();
        panic!("no batch was committed within 10 minutes");
    };
    assert!(
        (killed_at as usize) < N,
        "killed after everything was stored"
    );

    let out = rasd(&data)
        .args(["ingest", "--batch", "100", "--json"])
        .arg(&input)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "the bad record makes the exit code 1: {stderr}"
    );
    assert!(
        stderr.contains(&format!("articles.jsonl:{}: not an article object", N + 1)),
        "bad record reported with file:line: {stderr}"
    );
    let summary: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("--json prints the counts");
    assert_eq!(summary["read"], N as u64);
    let skipped = summary["duplicates"].as_u64().unwrap();
    assert!(
        skipped >= killed_at,
        "the second run skips what the first committed ({skipped} < {killed_at})"
    );
    assert_eq!(summary["new"].as_u64().unwrap() + skipped, N as u64);

    let store = SqliteStore::open_file(&db).unwrap();
    let c = store.counts().unwrap();
    assert_eq!(c.articles, N as u64, "every article stored exactly once");
    let mut primaries = 0u64;
    for i in 0..N {
        let a = store
            .article(&format!("gen-{i}"))
            .unwrap()
            .unwrap_or_else(|| panic!("gen-{i} lost"));
        let p = a
            .report
            .events
            .iter()
            .filter(|e| e.role == rasd_core::Role::Primary)
            .count();
        assert_eq!(
            a.events.len(),
            p,
            "gen-{i}: each primary event in one merged event"
        );
        primaries += p as u64;
    }
    assert_eq!(
        c.event_reports, primaries,
        "no event report lost or stored twice"
    );

    // a third run changes nothing
    let out = rasd(&data)
        .args(["ingest", "--json"])
        .arg(&input)
        .output()
        .unwrap();
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["new"], 0);
    assert_eq!(summary["duplicates"], N as u64);
    assert_eq!(store.counts().unwrap(), c);
}
