//! The user's overrides of the detected segmentation, and patches of them.

use crate::model::{ArticleId, LineId, Role};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where a line stands: its article (none: unassigned) and its role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placement {
    /// The article, or `None` for text in no article.
    pub article: Option<ArticleId>,
    /// The line's role.
    pub role: Role,
}

/// Everything the user changed, as a minimal difference from the detection.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Overrides {
    /// Lines placed somewhere other than where the analysis put them.
    pub lines: BTreeMap<LineId, Placement>,
    /// Boundaries below these lines: `true` a paragraph break, `false` a join.
    pub breaks: BTreeMap<LineId, bool>,
    /// Headline text typed by the user.
    pub headlines: BTreeMap<ArticleId, String>,
    /// Reading order set by the user (articles not listed follow, by position).
    pub order: Option<Vec<ArticleId>>,
}

impl Overrides {
    /// Whether the user changed nothing.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty() && self.breaks.is_empty() && self.headlines.is_empty() && self.order.is_none()
    }
}

/// A set of override changes; `None` values give a line, break or headline back to the
/// analysis.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Patch {
    /// New placements.
    pub lines: Vec<(LineId, Option<Placement>)>,
    /// New break overrides.
    pub breaks: Vec<(LineId, Option<bool>)>,
    /// New headline texts.
    pub headlines: Vec<(ArticleId, Option<String>)>,
    /// A new reading order, when it changes.
    pub order: Option<Option<Vec<ArticleId>>>,
}

impl Patch {
    /// Places `line`.
    pub fn place(&mut self, line: LineId, placement: Placement) {
        self.lines.push((line, Some(placement)));
    }

    /// Whether the patch has no change in it.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty() && self.breaks.is_empty() && self.headlines.is_empty() && self.order.is_none()
    }

    /// Applies the patch and returns its inverse. A placement equal to the detected one
    /// (`detected`) removes the override, so overrides stay a minimal difference.
    pub fn apply(&self, overrides: &mut Overrides, detected: impl Fn(LineId) -> Placement) -> Patch {
        let mut inverse = Patch::default();
        for &(line, placement) in &self.lines {
            let old = match placement.filter(|p| *p != detected(line)) {
                Some(p) => overrides.lines.insert(line, p),
                None => overrides.lines.remove(&line),
            };
            inverse.lines.push((line, old));
        }
        for &(line, paragraph) in &self.breaks {
            let old = match paragraph {
                Some(p) => overrides.breaks.insert(line, p),
                None => overrides.breaks.remove(&line),
            };
            inverse.breaks.push((line, old));
        }
        for (article, text) in &self.headlines {
            let old = match text {
                Some(t) => overrides.headlines.insert(*article, t.clone()),
                None => overrides.headlines.remove(article),
            };
            inverse.headlines.push((*article, old));
        }
        if let Some(order) = &self.order {
            inverse.order = Some(std::mem::replace(&mut overrides.order, order.clone()));
        }
        // Undo in reverse, so a key set twice comes back to its first value.
        inverse.lines.reverse();
        inverse.breaks.reverse();
        inverse.headlines.reverse();
        inverse
    }
}
