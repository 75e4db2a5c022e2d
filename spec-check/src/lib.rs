#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

#[cfg(feature = "check")]
mod check;
pub mod json_schema;
pub mod samples;
mod spec;

#[cfg(feature = "check")]
pub use check::{
    check_folder, check_response, check_sample, check_samples, schema_errors, Decoder, FolderCheck,
    SchemaError,
};
pub use json_schema::World;
pub use spec::{
    component_name, escape, operation_response, operations, parameters, read_spec_file,
    read_spec_text, resolve, response_schema, OperationRef,
};
