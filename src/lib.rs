//! dipgraph: Chinese-language news archives → graphs of diplomatic contacts.
//!
//! The pipeline, one module per stage (see ARCHITECTURE.md):
//! [`article`] reads a post, [`clean`] turns its HTML into text, [`matcher`] finds
//! dictionary forms (at word boundaries from [`segment`]), [`resolve`] turns them into
//! entities, [`dates`] reads time expressions, [`contacts`] finds the contacts of one
//! article, [`extract`] ties these together per article, [`batch`] runs it over many files
//! (or what [`stdin`] names or posts), [`events`] clusters contacts across articles,
//! [`filter`] selects events, [`graph`] builds the cross-article graph, [`export`] writes it
//! and [`stats`] answers common questions about it.

pub mod article;
pub mod batch;
pub mod clean;
pub mod contacts;
pub mod dates;
pub mod dict;
pub mod discover;
pub mod events;
pub mod export;
pub mod extract;
pub mod filter;
pub mod graph;
pub mod html;
pub mod matcher;
pub mod records;
pub mod resolve;
pub mod segment;
pub mod stats;
pub mod stdin;
pub mod suggest;
pub mod topics;
