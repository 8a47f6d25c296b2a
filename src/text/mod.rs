//! What a line of text says on its own, before any page structure: character classes
//! ([`script`]: East Asian width, sentence and clause punctuation) and per-line features
//! ([`features`]: datelines, bylines, furniture, headline shape, fake bold).
//!
//! Every phase above reads these: layout classifies blocks by them, analysis segments and
//! reflows with them, export picks a font stack by script. They depend on nothing but
//! [`crate::model`].

pub mod features;
pub mod script;
mod thresholds;
