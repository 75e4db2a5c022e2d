//! Building the generated models, which are `#[non_exhaustive]` (a property
//! Zendesk adds is a minor release of zendesk-support): no struct literal
//! outside that crate, so the simulator writes `model!(Ticket { id, subject:
//! Some(s) })` and gets the model through its builder.

/// A model of `zendesk_support::types`, written like a struct literal (field
/// init shorthand included) and built through its builder: the field names
/// are checked when compiling, the required fields when building. A required
/// field left unset is a bug of the simulator (as a record
/// `seed::from_json` cannot read is), which its contract test, driving every
/// operation, meets first.
macro_rules! model {
    ($name:ident { $($field:ident $(: $value:expr)?),* $(,)? }) => {
        <zendesk_support::types::$name as ::std::convert::TryFrom<_>>::try_from(
            zendesk_support::types::$name::builder()
                $(.$field($crate::model::model!(@value $field $(: $value)?)))*,
        )
        .expect(concat!(
            "the simulator sets every required field of ",
            stringify!($name)
        ))
    };
    (@value $field:ident) => {
        $field
    };
    (@value $field:ident : $value:expr) => {
        $value
    };
}
pub(crate) use model;
