//! What an operator, a load balancer or an orchestrator asks: whether the
//! server is up and takes new work ([`probes`]: `/health`, `/ready`), and
//! how it is doing ([`metrics`]: `/metrics`). Never rate limited.

pub mod metrics;
pub mod probes;
