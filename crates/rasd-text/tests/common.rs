//! Helpers shared by the data-driven tests: locate `../shared` next to the
//! repository, failing loudly under CI.

use std::path::PathBuf;

/// Path of `shared/<rel>` beside the repository, or `None` (with a message)
/// when it is missing outside CI. Panics when it is missing and `CI=true`.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(rel);
    if p.exists() {
        return Some(p);
    }
    let ci = std::env::var("CI")
        .map(|v| v == "true" || v == "1")
        .unwrap_or(false);
    if ci {
        panic!(
            "shared data {} is missing (CI=true): clone the shared data beside the repo",
            p.display()
        );
    }
    eprintln!(
        "SKIP: {} not found (set CI=true to make this fail)",
        p.display()
    );
    None
}
