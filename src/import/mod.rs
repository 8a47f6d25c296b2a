//! Importers: one file per source format, each producing a [`Page`](crate::model::Page).

pub mod text;

pub use text::{decode_text, ImportError};
