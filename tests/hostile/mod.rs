//! Hostile and faulty input, driven through the real binary with a time limit: each test is one
//! class of input that once crashed, hung or misled, and must now be refused with a located
//! error, quickly. What hirekit promises, and which test holds it to that, is in
//! docs/reliability.md.

mod data;
mod messages;
mod resources;

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::Run;

/// Runs `hirekit ARGS` in `dir` and kills it when it runs longer than `limit`: a hang fails
/// the test instead of stalling the suite.
#[track_caller]
pub fn hirekit_within(limit: Duration, dir: &Path, args: &[&str]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hirekit"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the hirekit binary runs");
    // Read both pipes on threads, so a chatty process cannot block on a full pipe.
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut text = Vec::new();
        let _ = stdout.read_to_end(&mut text);
        text
    });
    let err = std::thread::spawn(move || {
        let mut text = Vec::new();
        let _ = stderr.read_to_end(&mut text);
        text
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("hirekit {args:?} ran longer than {limit:?} and was killed");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.join().unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&err.join().unwrap()).into_owned(),
    }
}

/// Ten seconds: every command in these tests takes well under a second on a 2-core machine.
pub const LIMIT: Duration = Duration::from_secs(10);
