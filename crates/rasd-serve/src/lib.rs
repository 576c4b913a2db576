//! HTTP API and web page over the store.
