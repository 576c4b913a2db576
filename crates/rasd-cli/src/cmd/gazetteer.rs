//! `rasd gazetteer` (not implemented yet).

use crate::config::Config;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Arguments (reserved).
    pub rest: Vec<String>,
}

pub fn run(_cfg: &Config, _args: Args) -> anyhow::Result<i32> {
    anyhow::bail!("`rasd gazetteer` is not implemented yet")
}
