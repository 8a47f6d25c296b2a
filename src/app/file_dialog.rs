//! The native file dialog: it runs on its own thread, so that the window keeps drawing, and
//! its answer arrives on a channel. One at a time.

use broadsheet::export::Format;
use broadsheet::project;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};

/// What a file dialog is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Pick a page or a project to open.
    Open,
    /// Pick where the corrections are saved.
    SaveProject,
    /// Pick where an export is written: the format, and whether only the selected article.
    Export(Format, bool),
}

/// The file dialog in flight, if any.
#[derive(Default)]
pub struct FileDialog {
    in_flight: Option<(Purpose, Receiver<Option<PathBuf>>)>,
}

impl FileDialog {
    /// Shows a dialog for `purpose`, opening in `folder`, proposing a file named after `stem`
    /// when it saves. Does nothing while another dialog is open.
    pub fn open(&mut self, purpose: Purpose, folder: Option<PathBuf>, stem: String) {
        if self.in_flight.is_some() {
            return;
        }
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(ask(purpose, folder, &stem));
        });
        self.in_flight = Some((purpose, rx));
    }

    /// The file the user picked, once they have; a dialog cancelled is forgotten.
    pub fn poll(&mut self) -> Option<(Purpose, PathBuf)> {
        let (purpose, rx) = self.in_flight.as_ref()?;
        match rx.try_recv() {
            Ok(Some(path)) => {
                let purpose = *purpose;
                self.in_flight = None;
                Some((purpose, path))
            }
            Ok(None) | Err(TryRecvError::Disconnected) => {
                self.in_flight = None;
                None
            }
            Err(TryRecvError::Empty) => None,
        }
    }
}

/// Runs the native dialog (blocking) and returns the file picked.
fn ask(purpose: Purpose, folder: Option<PathBuf>, stem: &str) -> Option<PathBuf> {
    let mut dialog = rfd::FileDialog::new();
    if let Some(dir) = folder {
        dialog = dialog.set_directory(dir);
    }
    match purpose {
        Purpose::Open => {
            // Every format Broadsheet reads, from the one list of importers.
            let importers = broadsheet::import::IMPORTERS;
            let mut all: Vec<&str> = importers.iter().flat_map(|i| i.extensions().iter().copied()).collect();
            all.push("ron");
            dialog = dialog.add_filter("Pages and projects", &all);
            for importer in importers {
                dialog = dialog.add_filter(format!("{} pages", importer.name()), importer.extensions());
            }
            dialog.add_filter("Broadsheet projects", &["ron"]).set_title("Open a page or project").pick_file()
        }
        Purpose::SaveProject => dialog
            .add_filter("Broadsheet project", &["ron"])
            .set_file_name(format!("{stem}.{}", project::EXTENSION))
            .set_title("Save the corrections")
            .save_file(),
        Purpose::Export(format, _) => dialog
            .add_filter(format.name(), &[format.extension()])
            .set_file_name(format!("{stem}.{}", format.extension()))
            .set_title("Export")
            .save_file(),
    }
}
