//! Nasty inputs through the built `rasd` binary: every case must end with a
//! clear result or a clear error naming the file (and line), never a panic,
//! an abort, a hang or lost records.
//!
//! The inputs are generated here (nothing copied from `../shared`). The
//! binary runs with `RASD_WOF_DIR` unset, the current directory in a temp dir
//! and no user config. `--data-dir` points to one data dir shared by all the
//! tests of this file (under `CARGO_TARGET_TMPDIR`, kept between runs): the
//! default gazetteer index is built there once, by the first test to need it,
//! instead of once per test.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::OnceLock;
use std::time::Duration;

/// The binary, isolated from the environment, running in `cwd`.
fn base_cmd(cwd: &Path) -> assert_cmd::Command {
    let mut c = assert_cmd::Command::new(env!("CARGO_BIN_EXE_rasd"));
    c.current_dir(cwd)
        .env_remove("RASD_WOF_DIR")
        .env_remove("RASD_DATA_DIR")
        .env_remove("RASD_CONFIG")
        .env_remove("RASD_DATABASE")
        .env("XDG_CONFIG_HOME", cwd.join("config"))
        .env("RUST_BACKTRACE", "1")
        .timeout(Duration::from_secs(600));
    c
}

/// The shared data dir, with the default gazetteer built (once).
fn data_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join("rasd-robustness-data");
        std::fs::create_dir_all(&d).expect("creating the shared data dir");
        let cwd = tempfile::tempdir().expect("tempdir");
        let out = base_cmd(cwd.path())
            .arg("--data-dir")
            .arg(&d)
            .args(["extract", "-", "--format", "jsonl"])
            .write_stdin("قتل شخص في بغداد".as_bytes().to_vec())
            .output()
            .expect("running rasd");
        assert!(
            out.status.success(),
            "warm-up (gazetteer build) failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        d
    })
}

/// A sandbox: temp dir holding the inputs.
struct Sandbox {
    dir: tempfile::TempDir,
}

/// Result of one run of the binary.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Sandbox {
    fn new() -> Self {
        Sandbox {
            dir: tempfile::tempdir().expect("tempdir"),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, bytes).expect("write input");
        p
    }

    fn cmd(&self) -> assert_cmd::Command {
        let mut c = base_cmd(self.dir.path());
        c.arg("--data-dir").arg(data_dir());
        c
    }

    fn run(&self, args: &[&str], stdin: Option<&[u8]>) -> Run {
        let mut c = self.cmd();
        c.args(args);
        if let Some(s) = stdin {
            c.write_stdin(s.to_vec());
        }
        let out: Output = c.output().expect("running rasd");
        let r = Run {
            code: out.status.code(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        };
        // never a panic, an abort or a signal, whatever the input
        assert!(
            !r.stderr.contains("panicked"),
            "rasd {args:?} panicked:\n{}",
            r.stderr
        );
        assert!(
            r.code.is_some(),
            "rasd {args:?} was killed by a signal (OOM? abort?):\n{}",
            r.stderr
        );
        r
    }

    fn extract(&self, file: &Path, extra: &[&str]) -> Run {
        let f = file.to_string_lossy().into_owned();
        let mut args = vec!["extract", f.as_str()];
        args.extend_from_slice(extra);
        self.run(&args, None)
    }
}

/// Reports in `--format jsonl` output.
fn jsonl_reports(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

/// Check a report against the contract: every `{start, end}` span inside the
/// text (in chars), dates well-formed, coordinates in range.
fn check_report(report: &Value, text: &str) {
    let n = text.chars().count();
    fn walk(v: &Value, n: usize, path: &str) {
        match v {
            Value::Object(m) => {
                // spans are `{start, end}` objects or flattened into mentions
                if let (Some(s), Some(e)) = (m.get("start"), m.get("end")) {
                    let (s, e) = (s.as_u64(), e.as_u64());
                    assert!(
                        s.is_some() && e.is_some(),
                        "span at {path} is not a pair of char offsets"
                    );
                    let (s, e) = (s.unwrap_or(0), e.unwrap_or(0));
                    assert!(
                        s <= e && e as usize <= n,
                        "span {s}..{e} at {path} outside the text (0..{n})"
                    );
                }
                for key in ["event_date"] {
                    if let Some(Value::String(d)) = m.get(key) {
                        assert!(
                            chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok(),
                            "{path}.{key} = {d:?} is not a date"
                        );
                    }
                }
                if let Some(lat) = m.get("lat").and_then(Value::as_f64) {
                    assert!((-90.0..=90.0).contains(&lat), "{path}.lat = {lat}");
                }
                if let Some(lon) = m.get("lon").and_then(Value::as_f64) {
                    assert!((-180.0..=180.0).contains(&lon), "{path}.lon = {lon}");
                }
                for (k, x) in m {
                    walk(x, n, &format!("{path}.{k}"));
                }
            }
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    walk(x, n, &format!("{path}[{i}]"));
                }
            }
            _ => {}
        }
    }
    walk(report, n, "$");
    // text of entities / times equals what their span covers
    let chars: Vec<char> = text.chars().collect();
    for layer in ["entities", "times"] {
        for m in report[layer].as_array().into_iter().flatten() {
            let (Some(s), Some(e), Some(t)) =
                (m["start"].as_u64(), m["end"].as_u64(), m["text"].as_str())
            else {
                continue;
            };
            let slice: String = chars[s as usize..e as usize].iter().collect();
            assert_eq!(slice, t, "{layer} text differs from its span {s}..{e}");
        }
    }
}

/// Run one `.txt` article and return its single report (exit code 0).
fn extract_txt_ok(sb: &Sandbox, name: &str, text: &str, published: Option<&str>) -> Value {
    let f = sb.write(name, text.as_bytes());
    let mut extra = vec!["--format", "jsonl"];
    if let Some(p) = published {
        extra.extend(["--published", p]);
    }
    let r = sb.extract(&f, &extra);
    assert_eq!(r.code, Some(0), "{name}: stderr:\n{}", r.stderr);
    let reports = jsonl_reports(&r.stdout);
    assert_eq!(reports.len(), 1, "{name}: one report expected");
    let rep = reports.into_iter().next().unwrap_or_default();
    let stem = name.trim_end_matches(".txt");
    assert_eq!(rep["id"], stem, "report id is the file stem");
    check_report(&rep, text);
    rep
}

#[test]
fn invalid_utf8_txt_names_file_and_line() {
    let sb = Sandbox::new();
    let mut bytes = "سطر أول سليم\nقتل ثلاثة ".as_bytes().to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe, 0xc3]);
    bytes.extend_from_slice("أشخاص\n".as_bytes());
    let f = sb.write("broken.txt", &bytes);
    let r = sb.extract(&f, &[]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(r.stderr.contains("broken.txt:2:"), "{}", r.stderr);
    assert!(r.stderr.contains("invalid UTF-8"), "{}", r.stderr);
}

#[test]
fn invalid_utf8_in_jsonl_loses_no_other_line() {
    let sb = Sandbox::new();
    let mut bytes = Vec::new();
    bytes.extend_from_slice("{\"id\":\"l1\",\"text\":\"قتل جندي في الموصل\"}\n".as_bytes());
    bytes.extend_from_slice(b"{\"id\":\"l2\",\"text\":\"\xff\xfe\"}\n");
    bytes.extend_from_slice("{\"id\":\"l3\",\"text\":\"انفجار في بغداد\"}\n".as_bytes());
    let f = sb.write("mixed.jsonl", &bytes);
    let r = sb.extract(&f, &["--format", "jsonl"]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(r.stderr.contains("mixed.jsonl:2:"), "{}", r.stderr);
    let ids: Vec<Value> = jsonl_reports(&r.stdout)
        .into_iter()
        .map(|x| x["id"].clone())
        .collect();
    assert_eq!(ids, ["l1", "l3"]);
}

#[test]
fn nul_bytes_are_refused_with_the_file_name() {
    let sb = Sandbox::new();
    let mut bytes = "قتل شخص".as_bytes().to_vec();
    bytes.extend_from_slice(&[0, 0, 0, 1, 2]);
    let f = sb.write("binary.txt", &bytes);
    let r = sb.extract(&f, &[]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(r.stderr.contains("binary.txt"), "{}", r.stderr);
    assert!(r.stderr.contains("NUL"), "{}", r.stderr);
}

#[test]
fn escaped_nul_in_json_text_is_processed() {
    // a NUL written as \u0000 inside JSON is valid data, not binary garbage
    let sb = Sandbox::new();
    let line = "{\"id\":\"n\",\"text\":\"قتل\\u0000 شخص في حلب\"}\n";
    let f = sb.write("nul.jsonl", line.as_bytes());
    let r = sb.extract(&f, &["--format", "jsonl"]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let reps = jsonl_reports(&r.stdout);
    assert_eq!(reps.len(), 1);
    check_report(&reps[0], "قتل\u{0} شخص في حلب");
}

/// Write a file with one line of `mb` MiB of Arabic text (as JSON when `json`).
fn write_huge(path: &Path, mb: usize, json: bool, then: &str) {
    let f = std::fs::File::create(path).expect("create");
    let mut w = std::io::BufWriter::new(f);
    if json {
        write!(w, "{{\"id\":\"big\",\"text\":\"").expect("w");
    }
    let chunk = "قتل ثلاثة أشخاص في انفجار ".repeat(1024);
    let mut written = 0;
    while written < mb << 20 {
        w.write_all(chunk.as_bytes()).expect("w");
        written += chunk.len();
    }
    if json {
        write!(w, "\"}}").expect("w");
    }
    writeln!(w).expect("w");
    w.write_all(then.as_bytes()).expect("w");
    w.flush().expect("flush");
}

#[test]
fn hundred_mb_single_line_txt_is_refused_clearly() {
    let sb = Sandbox::new();
    let f = sb.path("huge.txt");
    write_huge(&f, 100, false, "");
    let r = sb.extract(&f, &[]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(r.stderr.contains("huge.txt"), "{}", r.stderr);
    assert!(r.stderr.contains("limit"), "{}", r.stderr);
    assert!(r.stdout.trim().is_empty() || r.stdout.trim() == "[]");
}

#[test]
fn hundred_mb_single_line_jsonl_is_refused_and_the_next_line_kept() {
    let sb = Sandbox::new();
    let f = sb.path("huge.jsonl");
    write_huge(
        &f,
        100,
        true,
        "{\"id\":\"after\",\"text\":\"قصف على إدلب\"}\n",
    );
    let r = sb.extract(&f, &["--format", "jsonl"]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(r.stderr.contains("huge.jsonl:1:"), "{}", r.stderr);
    assert!(r.stderr.contains("limit"), "{}", r.stderr);
    let ids: Vec<Value> = jsonl_reports(&r.stdout)
        .into_iter()
        .map(|x| x["id"].clone())
        .collect();
    assert_eq!(ids, ["after"], "the line after the huge one is lost");
}

#[test]
fn deeply_nested_html() {
    let sb = Sandbox::new();
    let depth = 20_000;
    let mut text = String::new();
    for i in 0..depth {
        text.push_str(if i % 2 == 0 {
            "<div>"
        } else {
            "<p class=\"x\">"
        });
    }
    text.push_str("قتل خمسة أشخاص في انفجار سيارة مفخخة في بغداد يوم الاثنين");
    for i in (0..depth).rev() {
        text.push_str(if i % 2 == 0 { "</div>" } else { "</p>" });
    }
    let rep = extract_txt_ok(&sb, "nested.txt", &text, Some("2021-07-05"));
    assert_eq!(rep["published"], "2021-07-05");
}

#[test]
fn bidi_and_zero_width_controls() {
    let sb = Sandbox::new();
    let text =
        "\u{202E}قتل\u{200F} 3\u{200E} أشخاص\u{2066} في\u{2069} \u{200D}الموصل\u{202C}\u{FEFF}\n\
                \u{061C}أصيب\u{200B} ٥ آخرون \u{202D}abc\u{202C} يوم \u{200F}الأحد";
    extract_txt_ok(&sb, "bidi.txt", text, Some("2021-07-05"));
    // only controls: not empty bytes, but no text either
    let only = "\u{202E}\u{200F}\u{200E}\u{2066}\u{2069}\u{FEFF}".repeat(100);
    let f = sb.write("controls.txt", only.as_bytes());
    let r = sb.extract(&f, &["--format", "jsonl"]);
    match r.code {
        Some(0) => {
            for rep in jsonl_reports(&r.stdout) {
                check_report(&rep, &only);
                assert_eq!(rep["events"], Value::Array(vec![]), "events from nothing");
            }
        }
        Some(1) => assert!(r.stderr.contains("controls"), "{}", r.stderr),
        other => panic!("unexpected exit {other:?}: {}", r.stderr),
    }
}

#[test]
fn only_diacritics_and_tatweel() {
    let sb = Sandbox::new();
    let text = "ًٌٍَُِّْ ـــ ّّّ\nَََ ٰ".repeat(50);
    let rep = extract_txt_ok(&sb, "diacritics.txt", &text, None);
    assert_eq!(rep["events"], Value::Array(vec![]), "events from nothing");
    assert_eq!(
        rep["entities"],
        Value::Array(vec![]),
        "entities from nothing"
    );
}

#[test]
fn huge_numbers_neither_wrap_nor_crash() {
    let sb = Sandbox::new();
    let text = "قتل 99999999999999999999 قتيلا في هجوم على بغداد.\n\
                وأصيب 18446744073709551617 شخصا و٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩ آخرين.\n\
                أطلق 1e400 صاروخ و999,999,999,999,999,999,999 قذيفة.";
    let rep = extract_txt_ok(&sb, "numbers.txt", text, Some("2021-07-05"));
    for e in rep["events"].as_array().into_iter().flatten() {
        for k in ["fatalities", "injuries"] {
            if let Some(v) = e[k].as_i64() {
                assert!(v >= 0, "{k} = {v}: an overflowed figure wrapped negative");
            }
        }
    }
    // the numbers layer keeps the magnitude (no integer wrap-around)
    let f = sb.write("n2.txt", "قتل 99999999999999999999 قتيلا".as_bytes());
    let f = f.to_string_lossy().into_owned();
    let r = sb.run(&["annotate", "--layers", "numbers", &f], None);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).expect("annotate JSON");
    let big = v["numbers"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m["value"].as_f64())
        .fold(0.0f64, f64::max);
    assert!(big >= 9.9e19, "largest number read is {big}, not ~1e20");
}

#[test]
fn impossible_dates_are_never_emitted() {
    let sb = Sandbox::new();
    let text = "قتل ثلاثة أشخاص في 31 فبراير 2021 في هجوم على الرمادي.\n\
                وفي 30/02/2021 الساعة 25:61 انفجرت عبوة.\n\
                وذكر البيان أن الهجوم وقع في 29 شباط 2023 وفي 0 يناير وفي 32 مارس.";
    let rep = extract_txt_ok(&sb, "dates.txt", text, Some("2021-03-01"));
    for t in rep["times"].as_array().into_iter().flatten() {
        for k in ["value", "from", "to"] {
            if let Some(v) = t[k].as_str() {
                // every resolved value starts with a real calendar date
                let day = v.get(..10).unwrap_or(v);
                if day.len() == 10 && day.as_bytes()[4] == b'-' && day.as_bytes()[7] == b'-' {
                    assert!(
                        chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").is_ok(),
                        "time {k} {v:?} is not a real date"
                    );
                }
            }
        }
    }
}

#[test]
fn empty_inputs() {
    let sb = Sandbox::new();
    // empty .txt: a clear error naming the file
    let f = sb.write("empty.txt", b"");
    let r = sb.extract(&f, &[]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(r.stderr.contains("empty.txt"), "{}", r.stderr);
    assert!(r.stderr.contains("empty"), "{}", r.stderr);
    // whitespace only is empty too
    let f = sb.write("blank.txt", b" \n\t\r\n ");
    let r = sb.extract(&f, &[]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(r.stderr.contains("blank.txt"), "{}", r.stderr);
    // empty .jsonl: no records, no error, an empty array
    let f = sb.write("empty.jsonl", b"");
    let r = sb.extract(&f, &[]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).expect("JSON output");
    assert_eq!(v, Value::Array(vec![]));
    // empty .json: not an article
    let f = sb.write("empty.json", b"");
    let r = sb.extract(&f, &[]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(r.stderr.contains("empty.json"), "{}", r.stderr);
}

#[test]
fn wrong_json_names_file_and_line() {
    let sb = Sandbox::new();
    let f = sb.write(
        "wrong.json",
        b"{\n  \"id\": \"x\",\n  \"text\": \"abc\"\n  \"oops\"\n",
    );
    let r = sb.extract(&f, &[]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(r.stderr.contains("wrong.json:4:"), "{}", r.stderr);
    assert!(
        r.stdout.trim().is_empty() || r.stdout.trim() == "[]",
        "{}",
        r.stdout
    );
}

#[test]
fn json_of_the_wrong_shape() {
    let sb = Sandbox::new();
    for (name, body) in [
        ("array.json", "[1, 2, 3]"),
        ("number.json", "42"),
        ("string.json", "\"قتل شخص\""),
        ("textnum.json", "{\"id\": \"a\", \"text\": 5}"),
        ("idobj.json", "{\"id\": {\"x\": 1}, \"text\": \"قتل\"}"),
        ("textarr.json", "{\"id\": \"a\", \"text\": [\"قتل\"]}"),
    ] {
        let f = sb.write(name, body.as_bytes());
        let r = sb.extract(&f, &[]);
        assert_eq!(r.code, Some(1), "{name}: {}", r.stderr);
        assert!(r.stderr.contains(name), "{name}: {}", r.stderr);
        assert!(
            r.stderr.contains("not an article") || r.stderr.contains("article object"),
            "{name}: unclear error {}",
            r.stderr
        );
        assert!(
            r.stdout.trim().is_empty() || r.stdout.trim() == "[]",
            "{name}: {}",
            r.stdout
        );
    }
}

#[test]
fn jsonl_batch_keeps_every_good_record_and_names_bad_lines() {
    let sb = Sandbox::new();
    let lines = [
        r#"{"id":"a","text":"قتل جندي في درعا","published":"2021-07-05"}"#,
        r#"{"id":"b","text":"#,
        r#"[1,2]"#,
        r#"{"id":"c","text":"اشتباكات في تعز","published":"2021-07-05T10:00:00+03:00"}"#,
        "",
        r#"{"id":"d","text":"مظاهرة في الخرطوم","published":"yesterday"}"#,
        r#"{"id":"e","text":"   "}"#,
        r#"{"id":"","text":"غارة على إدلب"}"#,
        "{\"id\":\"f\",\"text\":\"هجوم\\r\\nفي\\rكركوك\"}\r",
    ];
    let f = sb.write("batch.jsonl", (lines.join("\n") + "\n").as_bytes());
    let r = sb.extract(&f, &["--format", "jsonl"]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    let ids: Vec<String> = jsonl_reports(&r.stdout)
        .into_iter()
        .map(|x| x["id"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(ids, ["a", "c", "batch-8", "f"], "stderr:\n{}", r.stderr);
    for l in [2, 3] {
        assert!(
            r.stderr.contains(&format!("batch.jsonl:{l}:")),
            "line {l} not named:\n{}",
            r.stderr
        );
    }
    // the bad date and the empty text are reported with their article ids
    assert!(r.stderr.contains("\"d\""), "{}", r.stderr);
    assert!(r.stderr.contains("\"e\""), "{}", r.stderr);
    assert!(r.stderr.contains("4 record(s)"), "{}", r.stderr);
}

#[test]
fn missing_file_and_directory_are_clear_errors() {
    let sb = Sandbox::new();
    let r = sb.extract(&sb.path("nope.txt"), &[]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(r.stderr.contains("nope.txt"), "{}", r.stderr);
    // a directory: its good articles are read, its bad files named
    std::fs::create_dir_all(sb.path("adir")).expect("mkdir");
    sb.write("adir/good.txt", "قتل شخص في حلب".as_bytes());
    sb.write("adir/bad.json", b"{\"id\": ");
    let r = sb.extract(&sb.path("adir"), &["--format", "jsonl"]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(r.stderr.contains("bad.json:1:"), "{}", r.stderr);
    let ids: Vec<Value> = jsonl_reports(&r.stdout)
        .into_iter()
        .map(|x| x["id"].clone())
        .collect();
    assert_eq!(ids, ["good"]);
    // an empty directory: no records (or a clear error naming it)
    std::fs::create_dir_all(sb.path("emptydir")).expect("mkdir");
    let r = sb.extract(&sb.path("emptydir"), &[]);
    match r.code {
        Some(0) => assert_eq!(r.stdout.trim(), "[]"),
        _ => assert!(r.stderr.contains("emptydir"), "{}", r.stderr),
    }
}

#[test]
fn stdin_with_mixed_scripts_and_line_endings() {
    let sb = Sandbox::new();
    let text = "Breaking: انفجار\r\nفي بغداد\rقتل 3\u{2028}أشخاص 🚀💣 ﷽ İstanbul ß\r\n";
    let r = sb.run(
        &["extract", "-", "--format", "jsonl"],
        Some(text.as_bytes()),
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let reps = jsonl_reports(&r.stdout);
    assert_eq!(reps.len(), 1);
    check_report(&reps[0], text);
}

#[test]
fn bad_published_flag_is_a_clear_error() {
    let sb = Sandbox::new();
    let f = sb.write("a.txt", "قتل شخص".as_bytes());
    let r = sb.extract(&f, &["--published", "31/02/2021"]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("--published"), "{}", r.stderr);
}
