//! Opening a page on a worker thread, so that the window keeps drawing (and the page open
//! stays usable) while a file is read and analysed, however long that takes. One load at a
//! time: the latest open wins.

mod worker;

pub use worker::load;

use super::open_document::OpenDocument;
use broadsheet::import::Source;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, TryRecvError};
use std::time::{Duration, Instant};

/// The environment variable that makes every load wait this many milliseconds before it
/// starts, to look at (or take a `--screenshot` of) the window while a page loads. For that
/// only: a screenshot run does not wait for a load slowed this way, and no test sets it.
pub const DEBUG_SLOW_LOAD_ENV: &str = "BROADSHEET_DEBUG_SLOW_LOAD_MS";

/// What to open.
#[derive(Clone, Debug)]
pub enum Request {
    /// A page file (its page `index`, 0-based, when it has several) or a project.
    Path {
        /// The file.
        path: PathBuf,
        /// The page of a file with several (0-based).
        index: usize,
    },
    /// Another page of the file open (the page picker), read from the file already open.
    Page {
        /// The file, as the window names it.
        path: PathBuf,
        /// The file, opened.
        source: Arc<dyn Source>,
        /// The page (0-based).
        index: usize,
    },
    /// A built-in demo page.
    Demo(usize),
}

impl Request {
    /// What the window calls the file while it loads: its name, with the page for the page
    /// picker.
    pub fn name(&self) -> String {
        let file_name =
            |p: &Path| p.file_name().map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into());
        match self {
            Request::Path { path, .. } => file_name(path),
            Request::Page { path, index, .. } => format!("{}, page {}", file_name(path), index + 1),
            Request::Demo(i) => super::demo::PAGES.get(*i).map_or("demo page", |p| p.name).to_owned(),
        }
    }
}

/// What a load gives.
pub enum Loaded {
    /// A page to show.
    Page {
        /// The document with its articles assembled (no page image yet: the window makes
        /// that, keeping the zoom when the file is the same).
        open: Box<OpenDocument>,
        /// The file and page it comes from, when the file has page images (a PDF).
        image: Option<(Arc<dyn Source>, usize)>,
        /// The file to put first in File ▸ Open Recent.
        remember: Option<PathBuf>,
        /// What the banner says about the page shown (a page without text: why).
        warning: Option<String>,
    },
    /// Nothing to show: what the banner says. The page open stays.
    Failed(String),
}

/// Reads and analyses what a request names. Runs on the worker thread.
pub type Loader = Arc<dyn Fn(&Request) -> Loaded + Send + Sync>;

/// A load that has finished, and how many changes the page open had had when it started
/// ([`OpenDocument::revision`]), so that corrections made meanwhile are not lost unasked.
pub struct Arrival {
    /// What the load gave.
    pub loaded: Loaded,
    /// The page open's revision when the load started.
    pub revision_at_start: u64,
}

/// The load under way, as the window shows it.
pub struct Pending<'a> {
    /// What is being opened ([`Request::name`]).
    pub name: &'a str,
    /// How long it has taken so far.
    pub elapsed: Duration,
}

/// A load under way.
struct InFlight {
    name: String,
    started: Instant,
    revision_at_start: u64,
    result: Receiver<Loaded>,
}

/// The loading state of the window: the load under way, if any, and a page that arrived
/// while there were corrections to ask about.
///
/// The worker thread cannot be stopped: a cancelled or replaced load runs on until it ends
/// by itself (a file that never finishes keeps its thread and its memory), but its result is
/// dropped: the receiving end of its channel is gone, so nothing of it is ever shown.
pub struct Loading {
    loader: Loader,
    in_flight: Option<InFlight>,
    parked: Option<Loaded>,
    /// Loads wait [`DEBUG_SLOW_LOAD_ENV`] before they start.
    slowed: bool,
}

impl Default for Loading {
    /// Loads with [`load`], at full speed.
    fn default() -> Loading {
        Loading::new(Arc::new(load))
    }
}

impl Loading {
    /// Loads with `loader`.
    pub fn new(loader: Loader) -> Loading {
        Loading { loader, in_flight: None, parked: None, slowed: false }
    }

    /// Loads with [`load`], after the wait [`DEBUG_SLOW_LOAD_ENV`] asks for, if it is set.
    pub fn from_env() -> Loading {
        let delay = std::env::var(DEBUG_SLOW_LOAD_ENV).ok().and_then(|ms| ms.trim().parse::<u64>().ok());
        match delay {
            Some(ms) => {
                let delay = Duration::from_millis(ms);
                let mut loading = Loading::new(Arc::new(move |request: &Request| {
                    std::thread::sleep(delay);
                    load(request)
                }));
                loading.slowed = true;
                loading
            }
            None => Loading::default(),
        }
    }

    /// Replaces the loader (tests make loads slow with it, deterministically).
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn set_loader(&mut self, loader: Loader) {
        self.loader = loader;
    }

    /// Starts loading `request` on a worker thread; `revision` is the page open's
    /// ([`OpenDocument::revision`]). A load under way is replaced: its result will be
    /// ignored. `ctx` is asked to repaint when the result is in.
    pub fn start(&mut self, ctx: &egui::Context, request: Request, revision: u64) {
        let name = request.name();
        let (tx, rx) = std::sync::mpsc::channel();
        let (loader, repaint) = (self.loader.clone(), ctx.clone());
        // Should the thread not start, its end of the channel goes with it and the load
        // fails at the next poll.
        let _ = std::thread::Builder::new().name("broadsheet-load".into()).spawn(move || {
            let loaded = loader(&request);
            // The window may have stopped waiting (Cancel, another open): then nobody hears.
            if tx.send(loaded).is_ok() {
                repaint.request_repaint();
            }
        });
        self.parked = None;
        self.in_flight = Some(InFlight { name, started: Instant::now(), revision_at_start: revision, result: rx });
    }

    /// The finished load, once it has finished.
    pub fn poll(&mut self) -> Option<Arrival> {
        let received = match self.in_flight.as_ref()?.result.try_recv() {
            Ok(loaded) => Some(loaded),
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => None,
        };
        self.finish(received)
    }

    /// Waits up to `limit` for the load under way, blocking: for tests and benchmarks, whose
    /// first frame must show the page.
    pub fn wait(&mut self, limit: Duration) -> Option<Arrival> {
        let received = match self.in_flight.as_ref()?.result.recv_timeout(limit) {
            Ok(loaded) => Some(loaded),
            Err(RecvTimeoutError::Timeout) => return None,
            Err(RecvTimeoutError::Disconnected) => None,
        };
        self.finish(received)
    }

    /// Ends the load under way with what it gave; `None`: the worker ended without an
    /// answer (the reader panicked, or the thread could not start).
    fn finish(&mut self, received: Option<Loaded>) -> Option<Arrival> {
        let in_flight = self.in_flight.take()?;
        let loaded = received.unwrap_or_else(|| {
            Loaded::Failed(format!("Cannot open {}: reading it failed unexpectedly", in_flight.name))
        });
        Some(Arrival { loaded, revision_at_start: in_flight.revision_at_start })
    }

    /// Stops waiting for the load under way; returns what it was opening. Its result, when
    /// it comes, is dropped.
    pub fn cancel(&mut self) -> Option<String> {
        self.in_flight.take().map(|f| f.name)
    }

    /// The load under way, if any.
    pub fn pending(&self) -> Option<Pending<'_>> {
        self.in_flight.as_ref().map(|f| Pending { name: &f.name, elapsed: f.started.elapsed() })
    }

    /// Whether a load is under way.
    pub fn is_loading(&self) -> bool {
        self.in_flight.is_some()
    }

    /// Whether loads are slowed on purpose ([`DEBUG_SLOW_LOAD_ENV`]).
    pub fn is_slowed(&self) -> bool {
        self.slowed
    }

    /// Keeps a page that arrived until the user has answered whether to save the
    /// corrections made while it loaded.
    pub fn park(&mut self, loaded: Loaded) {
        self.parked = Some(loaded);
    }

    /// The page kept by [`Self::park`], to show now.
    pub fn take_parked(&mut self) -> Option<Loaded> {
        self.parked.take()
    }

    /// Forgets the page kept by [`Self::park`]: the user chose to stay.
    pub fn drop_parked(&mut self) {
        self.parked = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;
    use std::sync::mpsc::{Sender, channel};

    /// A loader whose demo page `i` loads once the test sends `i` (other requests at once),
    /// failing with the page's number so that the test can tell which load it hears.
    fn held() -> (Loader, Sender<usize>) {
        let (go, wait) = channel::<usize>();
        let wait = Mutex::new(wait);
        let loader: Loader = Arc::new(move |request: &Request| {
            let Request::Demo(i) = request else { return Loaded::Failed("not a demo page".into()) };
            while let Ok(released) = wait.lock().map(|rx| rx.recv()) {
                if released.is_err() || released == Ok(*i) {
                    break;
                }
            }
            Loaded::Failed(format!("demo {i}"))
        });
        (loader, go)
    }

    fn message(arrival: Option<Arrival>) -> Option<String> {
        match arrival?.loaded {
            Loaded::Failed(message) => Some(message),
            Loaded::Page { .. } => Some("a page".into()),
        }
    }

    const LIMIT: Duration = Duration::from_secs(60);

    #[test]
    fn the_latest_load_wins() {
        let ctx = egui::Context::default();
        let (loader, go) = held();
        let mut loading = Loading::new(loader);
        loading.start(&ctx, Request::Demo(0), 7);
        loading.start(&ctx, Request::Demo(1), 8);
        assert_eq!(loading.pending().map(|p| p.name.to_owned()).as_deref(), Some(super::super::demo::PAGES[1].name));
        go.send(0).unwrap();
        go.send(1).unwrap();
        let arrival = loading.wait(LIMIT).expect("the second load arrives");
        assert_eq!(arrival.revision_at_start, 8);
        assert_eq!(message(Some(arrival)).as_deref(), Some("demo 1"));
        assert!(!loading.is_loading());
        assert!(loading.poll().is_none(), "the first load is never heard");
    }

    #[test]
    fn a_cancelled_load_is_never_heard() {
        let ctx = egui::Context::default();
        let (loader, go) = held();
        let mut loading = Loading::new(loader);
        loading.start(&ctx, Request::Demo(0), 0);
        assert_eq!(loading.cancel().as_deref(), Some(super::super::demo::PAGES[0].name));
        assert!(!loading.is_loading() && loading.pending().is_none());
        go.send(0).unwrap();
        assert!(loading.wait(Duration::from_millis(50)).is_none());
        assert!(loading.poll().is_none());
    }

    #[test]
    fn a_loader_that_panics_is_reported_as_a_failure() {
        let ctx = egui::Context::default();
        let mut loading = Loading::new(Arc::new(|_: &Request| panic!("a reader bug")));
        loading.start(&ctx, Request::Demo(0), 0);
        let failed = message(loading.wait(LIMIT)).expect("an answer");
        assert!(failed.ends_with("reading it failed unexpectedly"), "{failed}");
    }

    #[test]
    fn the_default_loader_reads_a_demo_page() {
        let ctx = egui::Context::default();
        let mut loading = Loading::default();
        loading.start(&ctx, Request::Demo(1), 0);
        match loading.wait(LIMIT).map(|a| a.loaded) {
            Some(Loaded::Page { open, image: None, remember: None, warning: None }) => {
                assert!(!open.articles.is_empty());
            }
            _ => panic!("demo page 1 opens"),
        }
    }
}
