//! The work the acting commands do, apart from their arguments and their
//! output: each piece journaled, so that a run killed or cut short is
//! finished by the next one. The commands (`cmd::*`) check, ask and print;
//! these act.

pub mod jobs;
pub mod moderate;
pub mod purge;
pub mod settle;
pub mod spam;
