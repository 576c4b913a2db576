//! Embed the trained model files when they exist (else dictionary-only).
//! They are inflated here, at build time, so that start-up does not spend
//! its time in gzip.
use std::io::Read;
use std::path::{Path, PathBuf};

fn inflate(src: &str, name: &str) -> bool {
    let src = Path::new(src);
    if !src.exists() {
        return false;
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join(name);
    let gz = std::fs::read(src).unwrap_or_else(|e| panic!("reading {}: {e}", src.display()));
    let mut raw = Vec::new();
    flate2::read::GzDecoder::new(gz.as_slice())
        .read_to_end(&mut raw)
        .unwrap_or_else(|e| panic!("inflating {}: {e}", src.display()));
    std::fs::write(&out, raw).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
    true
}

fn main() {
    println!("cargo::rustc-check-cfg=cfg(rasd_ner_model)");
    println!("cargo::rustc-check-cfg=cfg(rasd_clusters)");
    println!("cargo:rerun-if-changed=models/ner.bin.gz");
    println!("cargo:rerun-if-changed=models/clusters.tsv.gz");
    println!("cargo:rerun-if-changed=models");
    if inflate("models/ner.bin.gz", "ner.bin") {
        println!("cargo:rustc-cfg=rasd_ner_model");
    }
    if inflate("models/clusters.tsv.gz", "clusters.tsv") {
        println!("cargo:rustc-cfg=rasd_clusters");
    }
}
