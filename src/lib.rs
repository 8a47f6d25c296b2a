//! Broadsheet's core: import a newspaper page, find its articles, reflow them, export them.
//!
//! The pipeline reads top to bottom: [`import`] → [`analyze`] → [`document`] → [`export`].
//! Nothing here knows about the GUI.
//!
//! ```
//! let page = broadsheet::import::decode_text("page.txt", "本报讯（记者 甲）今天，\n天气很好。".as_bytes()).unwrap();
//! let doc = broadsheet::document::Document::new(page);
//! let article = &doc.articles()[0];
//! assert_eq!(article.paragraphs[0].text, "本报讯（记者 甲）今天，天气很好。");
//! assert_eq!(article.byline.as_deref(), Some("本报讯（记者 甲）"));
//! ```

#![warn(missing_docs)]

pub mod analyze;
pub mod document;
pub mod edit;
pub mod export;
pub mod import;
pub mod layout;
pub mod learn;
pub mod model;
pub mod open;
pub mod project;
pub mod score;
pub mod text;
