//! `rasd ingest` on every input kind, then `rasd events` and `rasd export`
//! on a store holding hand-built reports (the extractor is not what is
//! tested here).

use rasd_core::{Actor, Article, Event, Location, Report, Role};
use rasd_store::{SqliteStore, Store};
use std::path::Path;
use std::process::Command;

fn rasd(data_dir: &Path) -> Command {
    std::fs::create_dir_all(data_dir).unwrap();
    let mut c = Command::new(env!("CARGO_BIN_EXE_rasd"));
    c.arg("--data-dir")
        .arg(data_dir)
        .env_remove("RASD_DATABASE")
        .env_remove("RASD_CONFIG")
        .current_dir(data_dir);
    c
}

#[test]
fn ingest_reads_every_input_kind_and_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let inp = dir.path().join("in");
    std::fs::create_dir_all(inp.join("feeds")).unwrap();
    std::fs::write(
        inp.join("one.txt"),
        "قتل ثلاثة مدنيين في قصف مدفعي على حي سكني في مدينة تعز صباح اليوم.",
    )
    .unwrap();
    std::fs::write(
        inp.join("page.html"),
        r#"<html><head><meta property="article:published_time" content="2018-05-21"></head><body>
<nav><a href="/">الرئيسية</a></nav><article><p>اعترضت الدفاعات الجوية صاروخا باليستيا أطلق باتجاه مدينة جازان.</p>
<p>ولم تسجل أي إصابات بحسب المتحدث.</p></article><footer><p>حقوق النشر</p></footer></body></html>"#,
    )
    .unwrap();
    std::fs::write(
        inp.join("feeds/news.rss"),
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>وكالة</title><link>https://e.org</link><description>d</description>
<item><title>تظاهرة</title><guid>rss-1</guid><pubDate>Sun, 15 Jul 2018 09:00:00 GMT</pubDate>
<description>خرج آلاف المتظاهرين في البصرة احتجاجا على انقطاع الكهرباء.</description></item></channel></rss>"#,
    )
    .unwrap();
    std::fs::write(
        inp.join("batch.jsonl"),
        "{\"id\":\"j1\",\"published\":\"2018-04-30\",\"text\":\"هجوم انتحاري مزدوج في كابول.\"}\n{broken\n",
    )
    .unwrap();
    let out = rasd(&data)
        .args(["ingest", "--published", "2018-04-21", "--json"])
        .arg(&inp)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "one bad record: {stderr}");
    assert!(
        stderr.contains("batch.jsonl:2: not an article object"),
        "{stderr}"
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["read"], 4);
    assert_eq!(v["new"], 4);
    let store = SqliteStore::open(&data).unwrap();
    let html = store
        .article("page")
        .unwrap()
        .expect("html stored under its file stem");
    assert_eq!(html.article.published.as_deref(), Some("2018-05-21"));
    assert!(html.article.text.contains("جازان") && !html.article.text.contains("حقوق"));
    let rss = store.article("rss-1").unwrap().expect("feed entry stored");
    assert_eq!(rss.article.source.as_deref(), Some("وكالة"));
    assert_eq!(rss.article.published.as_deref(), Some("2018-07-15"));
    assert_eq!(
        store
            .article("one")
            .unwrap()
            .unwrap()
            .article
            .published
            .as_deref(),
        Some("2018-04-21")
    );
    drop(store);
    // again: nothing new
    let out = rasd(&data)
        .args(["ingest", "--json"])
        .arg(inp.join("one.txt"))
        .arg(inp.join("page.html"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (v["new"].as_u64(), v["duplicates"].as_u64()),
        (Some(0), Some(2))
    );
    assert_eq!(v["store"]["articles"], 4);
}

fn ev(date: &str, admin1: &str, lat: f64, lon: f64, fat: Option<u32>) -> Event {
    let mut e = Event::empty(Role::Primary);
    e.event_type = Some("Explosions/Remote violence".into());
    e.sub_event_type = Some("Suicide bomb".into());
    e.disorder_type = Some("Political violence".into());
    e.event_date = Some(date.into());
    e.time_precision = Some(1);
    e.location = Some(Location {
        name: Some("Kabul, \"Shash Darak\"".into()),
        country: Some("AF".into()),
        admin1: Some(admin1.into()),
        lat: Some(lat),
        lon: Some(lon),
        geo_precision: Some(1),
        ..Default::default()
    });
    e.actor1 = Some(Actor {
        name: "Islamic State (Afghanistan)".into(),
        name_ar: None,
        inter: 2,
        span: None,
    });
    e.actor2 = Some(Actor {
        name: "Civilians (Afghanistan)".into(),
        name_ar: None,
        inter: 7,
        span: None,
    });
    e.fatalities = fat;
    e.notes = "On 30 April 2018, two suicide bombers, attacked, Kabul.".into();
    e
}

fn seed(data: &Path) {
    let store = SqliteStore::open(data).unwrap();
    let art = |id: &str, text: &str| Article {
        id: id.into(),
        source: Some(format!("outlet {id}")),
        published: Some("2018-04-30".into()),
        text: text.into(),
        ..Default::default()
    };
    let rep = |id: &str, events| Report {
        id: id.into(),
        language: "ar".into(),
        events,
        ..Default::default()
    };
    store
        .ingest(
            &art("k1", "تفجيران انتحاريان في كابول يقتلان خمسة وعشرين شخصا"),
            &rep(
                "k1",
                vec![ev("2018-04-30", "Kabul", 34.53, 69.17, Some(25))],
            ),
        )
        .unwrap();
    store
        .ingest(
            &art("k2", "الداخلية الأفغانية: واحد وعشرون قتيلا في هجوم كابول"),
            &rep(
                "k2",
                vec![ev("2018-04-30", "Kabul", 34.55, 69.20, Some(21))],
            ),
        )
        .unwrap();
    store
        .ingest(
            &art("b1", "انفجار في مدينة الموصل شمال العراق"),
            &rep(
                "b1",
                vec![{
                    let mut e = ev("2018-06-01", "Ninawa", 36.34, 43.13, None);
                    e.location.as_mut().unwrap().country = Some("IQ".into());
                    e
                }],
            ),
        )
        .unwrap();
}

#[test]
fn events_and_exports() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    seed(&data);
    let out = rasd(&data)
        .args(["events", "--country", "AF", "--format", "jsonl"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1, "two reports of one bombing are one event");
    assert_eq!(lines[0]["event"]["fatalities"], 21);
    assert_eq!(lines[0]["article_ids"], serde_json::json!(["k1", "k2"]));
    let id = lines[0]["id"].as_i64().unwrap();

    let out = rasd(&data)
        .args(["events", "--id", &id.to_string()])
        .output()
        .unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(
        s.contains("k2#0: same event type") && s.contains("report k1#0"),
        "{s}"
    );

    let out = rasd(&data)
        .args(["events", "--bbox", "40,30,50,40", "--format", "jsonl"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
    assert!(!rasd(&data)
        .args(["events", "--from", "2018-13-01"])
        .output()
        .unwrap()
        .status
        .success());

    // ACLED CSV: exact columns, quoting, conservative fatalities
    let out = rasd(&data)
        .args(["export", "--format", "acled-csv"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let csv = String::from_utf8(out.stdout).unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 2);
    let kabul = rows.iter().find(|r| r.starts_with("AFG")).unwrap();
    assert!(kabul.contains(",2018-04-30,2018,1,Political violence,Explosions/Remote violence,Suicide bomb,Islamic State (Afghanistan),,2,Civilians (Afghanistan),,7,27,Civilian targeting,4,South Asia,Afghanistan,Kabul,,,\"Kabul, \"\"Shash Darak\"\"\",34.5300,69.1700,1,outlet k1; outlet k2,,\"On 30 April 2018, two suicide bombers, attacked, Kabul.\",21,,"), "{kabul}");
    assert!(rows.iter().any(|r| r.starts_with("IRQ")));

    // GeoJSON
    let out = rasd(&data)
        .args(["export", "--format", "geojson"])
        .output()
        .unwrap();
    let g: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(g["type"], "FeatureCollection");
    assert_eq!(g["features"].as_array().unwrap().len(), 2);
    let f = g["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["properties"]["country"] == "AF")
        .unwrap();
    assert_eq!(
        f["geometry"]["coordinates"],
        serde_json::json!([69.17, 34.53])
    );

    // PLOVER to a file, filtered
    let path = dir.path().join("p.json");
    let out = rasd(&data)
        .args(["export", "--format", "plover", "--country", "IQ", "-o"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let p: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(p.as_array().unwrap().len(), 1);
    assert_eq!(p[0]["event_type"], "ASSAULT");
    assert_eq!(p[0]["location"]["admin1"], "Ninawa");

    // JSON Lines export keeps every report
    let out = rasd(&data)
        .args(["export", "--text", "كابول"])
        .output()
        .unwrap();
    let l: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(l["reports"].as_array().unwrap().len(), 2);
}
