//! Embed the trained model files when they exist (else dictionary-only).
fn main() {
    println!("cargo::rustc-check-cfg=cfg(rasd_ner_model)");
    println!("cargo::rustc-check-cfg=cfg(rasd_clusters)");
    println!("cargo:rerun-if-changed=models/ner.bin.gz");
    println!("cargo:rerun-if-changed=models/clusters.tsv.gz");
    println!("cargo:rerun-if-changed=models");
    if std::path::Path::new("models/ner.bin.gz").exists() {
        println!("cargo:rustc-cfg=rasd_ner_model");
    }
    if std::path::Path::new("models/clusters.tsv.gz").exists() {
        println!("cargo:rustc-cfg=rasd_clusters");
    }
}
