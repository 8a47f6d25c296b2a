//! Opening a page on a worker thread, so that the window keeps drawing (and the page open
//! stays usable) while a file is read and analysed, however long that takes. One load at a
//! time: the latest open wins.

mod worker;

pub use worker::load;

use super::open_document::OpenDocument;
use broadsheet::import::Source;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

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
    generation: u64,
    name: String,
    started: Instant,
    revision_at_start: u64,
}

/// A worker's answer: the generation of the load it ran, and what that gave.
type Answer = (u64, Loaded);

/// The loading state of the window: the load under way, if any, and a page that arrived
/// while there were corrections to ask about.
///
/// Every load has a generation; starting or cancelling one moves the generation on. A worker
/// thread cannot be stopped: a cancelled or replaced load runs on until it ends by itself (a
/// file that never finishes keeps its thread and its memory), but its answer, tagged with
/// its own generation, is dropped as soon as it comes: nothing of it is ever shown.
pub struct Loading {
    loader: Loader,
    /// The workers' end of the answer channel, cloned into each.
    sender: Sender<Answer>,
    answers: Receiver<Answer>,
    /// The latest load started or cancelled.
    generation: u64,
    /// Workers that have not answered yet, the cancelled and replaced ones too.
    outstanding: usize,
    /// Answers of cancelled or replaced loads dropped so far.
    discarded: u64,
    in_flight: Option<InFlight>,
    /// The answer of the load in flight, received but not yet taken by [`Self::poll`].
    arrived: Option<Loaded>,
    parked: Option<Loaded>,
}

impl Default for Loading {
    /// Loads with [`load`].
    fn default() -> Loading {
        Loading::new(Arc::new(load))
    }
}

impl Loading {
    /// Loads with `loader`.
    pub fn new(loader: Loader) -> Loading {
        let (sender, answers) = std::sync::mpsc::channel();
        Loading {
            loader,
            sender,
            answers,
            generation: 0,
            outstanding: 0,
            discarded: 0,
            in_flight: None,
            arrived: None,
            parked: None,
        }
    }

    /// Replaces the loader (tests make loads slow with it, deterministically).
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn set_loader(&mut self, loader: Loader) {
        self.loader = loader;
    }

    /// Starts loading `request` on a worker thread; `revision` is the page open's
    /// ([`OpenDocument::revision`]). A load under way is replaced: its answer will be
    /// dropped. `ctx` is asked to repaint when the answer is in.
    pub fn start(&mut self, ctx: &egui::Context, request: Request, revision: u64) {
        self.supersede();
        let generation = self.generation;
        let name = request.name();
        let failed = Loaded::Failed(format!("Cannot open {name}: reading it failed unexpectedly"));
        let (loader, sender, repaint) = (self.loader.clone(), self.sender.clone(), ctx.clone());
        let worker = std::thread::Builder::new().name("broadsheet-load".into()).spawn(move || {
            // A reader that panics is a failure to open, not the window's end.
            let loaded = std::panic::catch_unwind(AssertUnwindSafe(|| loader(&request))).unwrap_or(failed);
            // The window outlives its workers but for its close: then nobody hears.
            if sender.send((generation, loaded)).is_ok() {
                repaint.request_repaint();
            }
        });
        if let Err(e) = worker {
            let _ = self.sender.send((generation, Loaded::Failed(format!("Cannot open {name}: {e}"))));
        }
        self.outstanding += 1;
        self.parked = None;
        self.in_flight = Some(InFlight { generation, name, started: Instant::now(), revision_at_start: revision });
    }

    /// Moves the generation on: the load under way, if any, is no longer waited for.
    fn supersede(&mut self) {
        self.generation += 1;
        if self.arrived.take().is_some() {
            self.discarded += 1;
        }
        self.in_flight = None;
    }

    /// Takes in the answers in, without waiting; returns the load in flight once it has
    /// finished. Stale answers are dropped.
    pub fn poll(&mut self) -> Option<Arrival> {
        while let Ok(answer) = self.answers.try_recv() {
            self.hear(answer);
        }
        self.take_arrival()
    }

    /// Sorts one answer: the load in flight's is kept for [`Self::take_arrival`], any other
    /// dropped.
    fn hear(&mut self, (generation, loaded): Answer) {
        self.outstanding = self.outstanding.saturating_sub(1);
        if self.in_flight.as_ref().is_some_and(|f| f.generation == generation) {
            self.arrived = Some(loaded);
        } else {
            self.discarded += 1;
        }
    }

    /// The load in flight, ended, once its answer is in.
    fn take_arrival(&mut self) -> Option<Arrival> {
        let loaded = self.arrived.take()?;
        let in_flight = self.in_flight.take()?;
        Some(Arrival { loaded, revision_at_start: in_flight.revision_at_start })
    }

    /// Blocks until the load in flight has answered (true; [`Self::poll`] then returns it),
    /// there is none, or `limit` has passed: for tests and benchmarks, whose first frame must
    /// show the page.
    pub fn wait(&mut self, limit: Duration) -> bool {
        self.receive_until(limit, |l| l.in_flight.is_none() || l.arrived.is_some())
    }

    /// Blocks until every worker started has answered (stale answers are dropped), or `limit`
    /// has passed: a test's way to be sure that a cancelled load has ended unseen.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn settle(&mut self, limit: Duration) -> bool {
        self.receive_until(limit, |l| l.outstanding == 0)
    }

    /// Hears answers, blocking, until `done` or `limit`.
    fn receive_until(&mut self, limit: Duration, done: impl Fn(&Loading) -> bool) -> bool {
        let deadline = Instant::now() + limit;
        while !done(self) {
            match self.answers.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                Ok(answer) => self.hear(answer),
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => return false,
            }
        }
        true
    }

    /// Stops waiting for the load under way; returns what it was opening. Its answer, when
    /// it comes, is dropped.
    pub fn cancel(&mut self) -> Option<String> {
        let name = self.in_flight.as_ref().map(|f| f.name.clone());
        if name.is_some() {
            self.supersede();
        }
        name
    }

    /// The load under way, if any.
    pub fn pending(&self) -> Option<Pending<'_>> {
        self.in_flight.as_ref().map(|f| Pending { name: &f.name, elapsed: f.started.elapsed() })
    }

    /// Whether a load is under way.
    pub fn is_loading(&self) -> bool {
        self.in_flight.is_some()
    }

    /// How many answers of cancelled or replaced loads have been dropped.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn discarded(&self) -> u64 {
        self.discarded
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
    use std::sync::{Condvar, Mutex};

    /// Demo pages let go by the test, and a bell rung at each.
    #[derive(Default)]
    struct Gates {
        open: Mutex<Vec<usize>>,
        bell: Condvar,
    }

    impl Gates {
        /// Lets the load of demo page `i` finish.
        fn release(&self, i: usize) {
            self.open.lock().unwrap().push(i);
            self.bell.notify_all();
        }
    }

    /// A loader whose demo page `i` loads once the test releases `i`, in any order,
    /// failing with the page's number so that the test can tell which load it hears.
    fn held() -> (Loader, Arc<Gates>) {
        let gates = Arc::new(Gates::default());
        let waiting = gates.clone();
        let loader: Loader = Arc::new(move |request: &Request| {
            let Request::Demo(i) = request else { return Loaded::Failed("not a demo page".into()) };
            let open = waiting.open.lock().unwrap();
            drop(waiting.bell.wait_while(open, |open| !open.contains(i)).unwrap());
            Loaded::Failed(format!("demo {i}"))
        });
        (loader, gates)
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
        // The first load answers first, and is not heard.
        go.release(0);
        go.release(1);
        assert!(loading.settle(LIMIT), "both workers answer");
        assert_eq!(loading.discarded(), 1);
        let arrival = loading.poll().expect("the second load arrives");
        assert_eq!(arrival.revision_at_start, 8);
        assert_eq!(message(Some(arrival)).as_deref(), Some("demo 1"));
        assert!(!loading.is_loading());
        assert!(loading.poll().is_none(), "one arrival");
    }

    #[test]
    fn the_latest_load_wins_whichever_answers_first() {
        let ctx = egui::Context::default();
        let (loader, go) = held();
        let mut loading = Loading::new(loader);
        loading.start(&ctx, Request::Demo(0), 0);
        loading.start(&ctx, Request::Demo(1), 0);
        go.release(1);
        assert!(loading.wait(LIMIT));
        assert_eq!(message(loading.poll()).as_deref(), Some("demo 1"));
        // The replaced load ends later, unheard.
        go.release(0);
        assert!(loading.settle(LIMIT));
        assert_eq!(loading.discarded(), 1);
        assert!(loading.poll().is_none());
    }

    #[test]
    fn a_cancelled_load_is_never_heard() {
        let ctx = egui::Context::default();
        let (loader, go) = held();
        let mut loading = Loading::new(loader);
        loading.start(&ctx, Request::Demo(0), 0);
        assert_eq!(loading.cancel().as_deref(), Some(super::super::demo::PAGES[0].name));
        assert!(!loading.is_loading() && loading.pending().is_none());
        assert_eq!(loading.cancel(), None, "nothing left to cancel");
        go.release(0);
        assert!(loading.settle(LIMIT), "the worker runs on to its end");
        assert_eq!(loading.discarded(), 1, "and its answer is dropped");
        assert!(loading.poll().is_none());
    }

    #[test]
    fn an_answer_in_but_not_yet_shown_is_dropped_by_cancel() {
        let ctx = egui::Context::default();
        let (loader, go) = held();
        let mut loading = Loading::new(loader);
        loading.start(&ctx, Request::Demo(0), 0);
        go.release(0);
        assert!(loading.wait(LIMIT));
        loading.cancel();
        assert_eq!(loading.discarded(), 1);
        assert!(loading.poll().is_none());
    }

    #[test]
    fn a_loader_that_panics_is_reported_as_a_failure() {
        let ctx = egui::Context::default();
        let mut loading = Loading::new(Arc::new(|_: &Request| panic!("a reader bug")));
        loading.start(&ctx, Request::Demo(0), 0);
        assert!(loading.wait(LIMIT));
        let failed = message(loading.poll()).expect("an answer");
        assert!(failed.ends_with("reading it failed unexpectedly"), "{failed}");
    }

    #[test]
    fn the_default_loader_reads_a_demo_page() {
        let ctx = egui::Context::default();
        let mut loading = Loading::default();
        loading.start(&ctx, Request::Demo(1), 0);
        assert!(loading.wait(LIMIT));
        match loading.poll().map(|a| a.loaded) {
            Some(Loaded::Page { open, image: None, remember: None, warning: None }) => {
                assert!(!open.articles.is_empty());
            }
            _ => panic!("demo page 1 opens"),
        }
    }
}
