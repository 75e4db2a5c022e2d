//! The account as the HTTP handlers share it.

use crate::account::Account;
use std::sync::{Arc, Mutex};

/// The simulator's state, shared by the handlers.
pub type App = Arc<Mutex<Account>>;

/// Locks the state; a panic elsewhere must not take the simulator down.
pub fn lock(app: &App) -> std::sync::MutexGuard<'_, Account> {
    app.lock().unwrap_or_else(|p| p.into_inner())
}
