//! Reading articles from files: the readers live in `rasd_store::readers`
//! (`.txt`, `.json`, `.jsonl`/`.jsonl.gz`, `.html`, RSS/Atom, directories,
//! `-` for stdin). A bad record is reported with its file and line
//! (`file:line: message`) and the batch goes on.

#[allow(unused_imports)]
pub use rasd_store::readers::{read_articles, BadRecord, MAX_FILE_BYTES};
