//! Progress bar for long ingests: drawn on stderr with articles/s, hidden
//! when stderr is not a terminal.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// A progress bar (or nothing, when stderr is not a terminal).
#[derive(Debug, Clone)]
pub struct Progress {
    bar: ProgressBar,
}

impl Progress {
    /// A counter of articles on stderr; hidden unless stderr is a terminal.
    pub fn articles() -> Progress {
        let bar = if std::io::stderr().is_terminal() {
            let b = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template(
                "{spinner} {pos} articles  {per_sec:.0}  {elapsed_precise}  {msg}",
            ) {
                b.set_style(style);
            }
            b.enable_steady_tick(std::time::Duration::from_millis(200));
            b
        } else {
            ProgressBar::hidden()
        };
        Progress { bar }
    }

    /// Whether the bar is drawn.
    pub fn is_hidden(&self) -> bool {
        self.bar.is_hidden()
    }

    /// Count `n` more articles.
    pub fn inc(&self, n: u64) {
        self.bar.inc(n);
    }

    /// Articles counted so far.
    pub fn position(&self) -> u64 {
        self.bar.position()
    }

    /// Text shown after the counts.
    pub fn message(&self, msg: String) {
        self.bar.set_message(msg);
    }

    /// Print a line above the bar (or to stderr when hidden).
    pub fn println(&self, line: &str) {
        if self.bar.is_hidden() {
            eprintln!("{line}");
        } else {
            self.bar.println(line);
        }
    }

    /// Remove the bar.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
