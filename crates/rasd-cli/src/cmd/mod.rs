//! One module per subcommand.

pub mod annotate;
pub mod bench;
pub mod eval;
pub mod events;
pub mod export;
pub mod extract;
pub mod gazetteer;
pub mod ingest;
pub mod serve;
pub mod text;
pub mod train;
