//! Linear undo/redo history with a saved marker.

use super::{Edit, EditError, Patch};
use crate::document::Document;

/// One applied edit: what it did and what undoes it.
#[derive(Clone, Debug)]
struct Step {
    label: &'static str,
    forward: Patch,
    backward: Patch,
}

/// The edits applied to a document, for undo and redo.
#[derive(Clone, Debug, Default)]
pub struct History {
    done: Vec<Step>,
    undone: Vec<Step>,
    /// `done.len()` when the document was last saved; `None` when that state is gone.
    saved_at: Option<usize>,
}

impl History {
    /// A history whose current state is the saved one.
    pub fn new() -> History {
        History { saved_at: Some(0), ..History::default() }
    }

    /// Applies `edit` to `doc` and records it. Redo history is dropped.
    pub fn apply(&mut self, doc: &mut Document, edit: &Edit) -> Result<(), EditError> {
        let forward = edit.compile(doc)?;
        let backward = doc.apply_patch(&forward);
        if self.saved_at.is_some_and(|s| s > self.done.len()) {
            self.saved_at = None;
        }
        self.undone.clear();
        self.done.push(Step { label: edit.label(), forward, backward });
        Ok(())
    }

    /// Undoes the last edit; returns its label.
    pub fn undo(&mut self, doc: &mut Document) -> Option<&'static str> {
        let step = self.done.pop()?;
        doc.apply_patch(&step.backward);
        let label = step.label;
        self.undone.push(step);
        Some(label)
    }

    /// Redoes the last undone edit; returns its label.
    pub fn redo(&mut self, doc: &mut Document) -> Option<&'static str> {
        let step = self.undone.pop()?;
        doc.apply_patch(&step.forward);
        let label = step.label;
        self.done.push(step);
        Some(label)
    }

    /// What undo would undo.
    pub fn undo_label(&self) -> Option<&'static str> {
        self.done.last().map(|s| s.label)
    }

    /// What redo would redo.
    pub fn redo_label(&self) -> Option<&'static str> {
        self.undone.last().map(|s| s.label)
    }

    /// Marks the current state as saved.
    pub fn mark_saved(&mut self) {
        self.saved_at = Some(self.done.len());
    }

    /// Whether the document has changed since it was last saved.
    pub fn is_modified(&self) -> bool {
        self.saved_at != Some(self.done.len())
    }
}
