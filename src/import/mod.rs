//! Importers: one file per source format, each producing a [`Page`](crate::model::Page).

pub mod text;

pub use text::{ImportError, decode_text};
