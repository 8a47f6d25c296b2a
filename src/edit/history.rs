//! Linear undo/redo history with a saved marker. The edits of one gesture (every line of a
//! block marked on the page) form a group, undone and redone as one step.

use super::{Edit, EditError, Patch};
use crate::document::Document;

/// One applied edit: what it did and what undoes it.
#[derive(Clone, Debug)]
struct Step {
    forward: Patch,
    backward: Patch,
}

/// Edits applied together: one undo step.
#[derive(Clone, Debug)]
struct Group {
    label: &'static str,
    /// In the order they were applied; never empty.
    steps: Vec<Step>,
}

impl Group {
    fn undo(&self, doc: &mut Document) {
        for step in self.steps.iter().rev() {
            doc.apply_patch(&step.backward);
        }
    }

    fn redo(&self, doc: &mut Document) {
        for step in &self.steps {
            doc.apply_patch(&step.forward);
        }
    }
}

/// The edits applied to a document, for undo and redo, one group of edits per step.
#[derive(Clone, Debug, Default)]
pub struct History {
    done: Vec<Group>,
    undone: Vec<Group>,
    /// `done.len()` when the document was last saved; `None` when that state is gone.
    saved_at: Option<usize>,
}

impl History {
    /// A history whose current state is the saved one.
    pub fn new() -> History {
        History { saved_at: Some(0), ..History::default() }
    }

    /// Applies `edit` to `doc` and records it as one step, labelled with the edit's label.
    /// Redo history is dropped.
    pub fn apply(&mut self, doc: &mut Document, edit: &Edit) -> Result<(), EditError> {
        self.apply_group(doc, std::slice::from_ref(edit), edit.label())
    }

    /// Applies `edits` to `doc` in order and records them as one step labelled `label`;
    /// redo history is dropped. All or nothing: when one fails, those before it are taken
    /// back, the document and the history are as they were, and its error is returned. An
    /// empty group is [`EditError::Nothing`].
    pub fn apply_group(&mut self, doc: &mut Document, edits: &[Edit], label: &'static str) -> Result<(), EditError> {
        let mut group = Group { label, steps: Vec::with_capacity(edits.len()) };
        for edit in edits {
            // Each edit is compiled against the document as the edits before it left it.
            match edit.compile(doc) {
                Ok(forward) => {
                    let backward = doc.apply_patch(&forward);
                    group.steps.push(Step { forward, backward });
                }
                Err(e) => {
                    group.undo(doc);
                    return Err(e);
                }
            }
        }
        if group.steps.is_empty() {
            return Err(EditError::Nothing);
        }
        if self.saved_at.is_some_and(|s| s > self.done.len()) {
            self.saved_at = None;
        }
        self.undone.clear();
        self.done.push(group);
        Ok(())
    }

    /// Undoes the last step (every edit of its group); returns its label.
    pub fn undo(&mut self, doc: &mut Document) -> Option<&'static str> {
        let group = self.done.pop()?;
        group.undo(doc);
        let label = group.label;
        self.undone.push(group);
        Some(label)
    }

    /// Redoes the last undone step (every edit of its group); returns its label.
    pub fn redo(&mut self, doc: &mut Document) -> Option<&'static str> {
        let group = self.undone.pop()?;
        group.redo(doc);
        let label = group.label;
        self.done.push(group);
        Some(label)
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
        self.saved_at = Some(self.done.len());
    }

    /// Whether the document has changed since it was last saved.
    pub fn is_modified(&self) -> bool {
        self.saved_at != Some(self.done.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LineId, Page, Role};

    fn doc() -> Document {
        let text = "Mayor Opens Bridge\n\nThe mayor opened the bridge today.\nIt took two years.\n\nRain Expected\n\nRain is expected tomorrow.\n";
        Document::new(Page::from_text("t.txt", "UTF-8", text))
    }

    #[test]
    fn a_group_is_undone_and_redone_as_one_step() {
        let mut d = doc();
        let before = d.overrides.clone();
        let mut history = History::new();
        let edits: Vec<Edit> =
            [2, 3].map(|i| Edit::SetRole { line: LineId(i), role: Role::Caption }).into_iter().collect();
        history.apply_group(&mut d, &edits, "Mark block as caption").expect("applies");
        assert_eq!(d.placement(LineId(3)).role, Role::Caption);
        assert_eq!(history.undo_label(), Some("Mark block as caption"));
        assert_eq!(history.undo(&mut d), Some("Mark block as caption"));
        assert_eq!(d.overrides, before);
        assert!(!history.is_modified());
        history.redo(&mut d);
        assert_eq!(d.placement(LineId(2)).role, Role::Caption);
        assert!(history.is_modified());
    }

    #[test]
    fn a_failing_group_leaves_the_document_as_it_was() {
        let mut d = doc();
        let before = d.overrides.clone();
        let mut history = History::new();
        let edits = [
            Edit::SetRole { line: LineId(2), role: Role::Noise },
            Edit::SetRole { line: LineId(1), role: Role::Noise },
        ];
        assert!(history.apply_group(&mut d, &edits, "Mark block as noise").is_err(), "line 2 is blank");
        assert_eq!(d.overrides, before);
        assert_eq!(history.undo_label(), None);
        assert_eq!(history.redo(&mut d), None);
    }

    #[test]
    fn a_failing_group_keeps_the_redo_steps_and_the_saved_state() {
        let mut d = doc();
        let mut history = History::new();
        history.apply(&mut d, &Edit::SetRole { line: LineId(2), role: Role::Caption }).expect("applies");
        history.mark_saved();
        history.undo(&mut d);
        let (overrides, modified) = (d.overrides.clone(), history.is_modified());
        let edits = [
            Edit::SetRole { line: LineId(3), role: Role::Noise },
            Edit::SetRole { line: LineId(1), role: Role::Noise },
        ];
        assert_eq!(history.apply_group(&mut d, &edits, "Mark block as noise"), Err(EditError::BlankLine(2)));
        assert_eq!((&d.overrides, history.is_modified()), (&overrides, modified));
        assert_eq!(history.redo_label(), Some("Set line role"));
        history.redo(&mut d);
        assert!(!history.is_modified(), "redo reaches the saved state again");
    }

    #[test]
    fn an_empty_group_is_nothing_to_change() {
        let mut d = doc();
        let mut history = History::new();
        assert_eq!(history.apply_group(&mut d, &[], "Mark block as body"), Err(EditError::Nothing));
        assert_eq!(history.undo_label(), None);
        assert!(!history.is_modified());
    }

    #[test]
    fn the_saved_marker_counts_groups() {
        let mut d = doc();
        let mut history = History::new();
        let block = [2, 3].map(|i| Edit::SetRole { line: LineId(i), role: Role::Caption });
        history.apply_group(&mut d, &block, "Mark block as caption").expect("applies");
        history.mark_saved();
        history.apply(&mut d, &Edit::SetRole { line: LineId(7), role: Role::Caption }).expect("applies");
        assert!(history.is_modified());
        assert_eq!(history.undo(&mut d), Some("Set line role"));
        assert!(!history.is_modified(), "one undo goes back to the saved group");
        assert_eq!(history.undo(&mut d), Some("Mark block as caption"));
        assert!(history.is_modified());
    }
}
