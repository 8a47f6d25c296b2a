//! The one undo stack of the window: the library's [`History`], with the edits one gesture
//! makes (marking every line of a block on the page) undone and redone as one step.

use broadsheet::document::Document;
use broadsheet::edit::{Edit, EditError, History};

/// Edits applied together, as one undo step.
#[derive(Clone, Copy, Debug)]
struct Group {
    /// How many of the history's steps it spans.
    steps: usize,
    label: &'static str,
}

/// Undo and redo over groups of edits.
#[derive(Debug)]
pub struct Undo {
    history: History,
    done: Vec<Group>,
    undone: Vec<Group>,
}

impl Undo {
    /// An empty stack whose state is the saved one.
    pub fn new() -> Undo {
        Undo { history: History::new(), done: Vec::new(), undone: Vec::new() }
    }

    /// Applies `edits` in order as one step labelled `label`. When one fails, those before
    /// it are taken back and the document is as it was.
    pub fn apply(&mut self, doc: &mut Document, edits: &[Edit], label: &'static str) -> Result<(), EditError> {
        let mut applied = 0;
        for edit in edits {
            if let Err(e) = self.history.apply(doc, edit) {
                for _ in 0..applied {
                    self.history.undo(doc);
                }
                if applied > 0 {
                    // The history dropped its redo steps with the first edit.
                    self.undone.clear();
                }
                return Err(e);
            }
            applied += 1;
        }
        if applied == 0 {
            return Err(EditError::Nothing);
        }
        self.undone.clear();
        self.done.push(Group { steps: applied, label });
        Ok(())
    }

    /// Undoes the last step; returns its label.
    pub fn undo(&mut self, doc: &mut Document) -> Option<&'static str> {
        let group = self.done.pop()?;
        for _ in 0..group.steps {
            self.history.undo(doc);
        }
        self.undone.push(group);
        Some(group.label)
    }

    /// Redoes the last undone step; returns its label.
    pub fn redo(&mut self, doc: &mut Document) -> Option<&'static str> {
        let group = self.undone.pop()?;
        for _ in 0..group.steps {
            self.history.redo(doc);
        }
        self.done.push(group);
        Some(group.label)
    }

    /// What undo would undo.
    pub fn undo_label(&self) -> Option<&'static str> {
        self.done.last().map(|g| g.label)
    }

    /// What redo would redo.
    pub fn redo_label(&self) -> Option<&'static str> {
        self.undone.last().map(|g| g.label)
    }

    /// Marks the current state as saved.
    pub fn mark_saved(&mut self) {
        self.history.mark_saved();
    }

    /// Whether the document changed since it was last saved.
    pub fn is_modified(&self) -> bool {
        self.history.is_modified()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use broadsheet::model::{LineId, Page, Role};

    fn doc() -> Document {
        let text = "Mayor Opens Bridge\n\nThe mayor opened the bridge today.\nIt took two years.\n\nRain Expected\n\nRain is expected tomorrow.\n";
        Document::new(Page::from_text("t.txt", "UTF-8", text))
    }

    #[test]
    fn a_group_is_undone_and_redone_as_one_step() {
        let mut d = doc();
        let before = d.overrides.clone();
        let mut undo = Undo::new();
        let edits: Vec<Edit> =
            [2, 3].map(|i| Edit::SetRole { line: LineId(i), role: Role::Caption }).into_iter().collect();
        undo.apply(&mut d, &edits, "Mark block as caption").expect("applies");
        assert_eq!(d.placement(LineId(3)).role, Role::Caption);
        assert_eq!(undo.undo_label(), Some("Mark block as caption"));
        assert_eq!(undo.undo(&mut d), Some("Mark block as caption"));
        assert_eq!(d.overrides, before);
        assert!(!undo.is_modified());
        undo.redo(&mut d);
        assert_eq!(d.placement(LineId(2)).role, Role::Caption);
        assert!(undo.is_modified());
    }

    #[test]
    fn a_failing_group_leaves_the_document_as_it_was() {
        let mut d = doc();
        let before = d.overrides.clone();
        let mut undo = Undo::new();
        let edits = [
            Edit::SetRole { line: LineId(2), role: Role::Noise },
            Edit::SetRole { line: LineId(1), role: Role::Noise },
        ];
        assert!(undo.apply(&mut d, &edits, "Mark block as noise").is_err(), "line 2 is blank");
        assert_eq!(d.overrides, before);
        assert_eq!(undo.undo_label(), None);
        assert_eq!(undo.redo(&mut d), None);
    }
}
