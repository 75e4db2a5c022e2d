//! Every response decoder and the error classifier, fed arbitrary bytes;
//! the accounting invariants are asserted on whatever decodes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    zendesk_support::fuzzing::decode(data);
});
