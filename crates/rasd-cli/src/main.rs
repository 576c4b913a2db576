//! `rasd`: reads Arabic news and writes down what happened.

mod cmd;
mod config;
mod input;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// mimalloc: the pipeline allocates many small, short-lived strings and
/// vectors per article; glibc's malloc spent ~14% of the instructions of a
/// benchmark run (callgrind), mimalloc a fraction of that.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc's `mi_option_t` (mimalloc.h, the
/// same in versions 2 and 3).
const MI_OPTION_PURGE_DELAY: std::os::raw::c_int = 15;

extern "C" {
    /// mimalloc's option setter (in the library the `mimalloc` crate links).
    fn mi_option_set(option: std::os::raw::c_int, value: std::os::raw::c_long);
}

/// Let freed memory wait 1 s for reuse before it goes back to the OS
/// (mimalloc's default: 10 ms). The pipeline frees and reuses its memory
/// article after article; returned pages came back as fresh, zeroed 2 MB
/// huge pages, which took 6-7% of a benchmark run. An explicit
/// `MIMALLOC_PURGE_DELAY` in the environment still decides.
fn tune_allocator() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets an integer option of the allocator this binary
        // links; it takes no pointers and may be called at any time.
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, 1000) }
    }
}

#[derive(Parser, Debug)]
#[command(
    name = "rasd",
    version,
    about = "Arabic news → ACLED-style event records"
)]
pub struct Cli {
    /// Data directory (gazetteer index, database). Env RASD_DATA_DIR; config `data_dir`.
    #[arg(long, global = true, env = "RASD_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// Config file (TOML). Default: ./rasd.toml, then ~/.config/rasd/config.toml.
    #[arg(long, global = true, env = "RASD_CONFIG")]
    pub config: Option<PathBuf>,
    /// Log filter (tracing), e.g. `info`, `rasd_geo=debug`. Env RASD_LOG.
    #[arg(long, global = true, env = "RASD_LOG", default_value = "warn")]
    pub log: String,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Extract event records from articles (.txt, .json, .jsonl).
    Extract(cmd::extract::Args),
    /// Print every analysis layer with spans (debugging view).
    Annotate(cmd::annotate::Args),
    /// Score `rasd extract` against a gold directory.
    Eval(cmd::eval::Args),
    /// Ingest articles into the store.
    Ingest(cmd::ingest::Args),
    /// Query stored events.
    Events(cmd::events::Args),
    /// Export stored events.
    Export(cmd::export::Args),
    /// Serve the HTTP API and web page.
    Serve(cmd::serve::Args),
    /// Benchmark the pipeline on a corpus.
    Bench(cmd::bench::Args),
    /// Gazetteer management.
    Gazetteer(cmd::gazetteer::Args),
    /// Train models (NER).
    Train(cmd::train::Args),
}

fn main() {
    tune_allocator();
    let cli = Cli::parse();
    let filter = tracing_subscriber::EnvFilter::try_new(&cli.log)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
    let code = match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("rasd: error: {e:#}");
            2
        }
    };
    std::process::exit(code);
}

fn run(cli: Cli) -> anyhow::Result<i32> {
    let cfg = config::Config::load(cli.config.as_deref(), cli.data_dir.clone())?;
    match cli.command {
        Command::Extract(a) => cmd::extract::run(&cfg, a),
        Command::Annotate(a) => cmd::annotate::run(&cfg, a),
        Command::Eval(a) => cmd::eval::run(&cfg, a),
        Command::Ingest(a) => cmd::ingest::run(&cfg, a),
        Command::Events(a) => cmd::events::run(&cfg, a),
        Command::Export(a) => cmd::export::run(&cfg, a),
        Command::Serve(a) => cmd::serve::run(&cfg, a),
        Command::Bench(a) => cmd::bench::run(&cfg, a),
        Command::Gazetteer(a) => cmd::gazetteer::run(&cfg, a),
        Command::Train(a) => cmd::train::run(&cfg, a),
    }
}
