//! `hirekit serve` and `hirekit user add` as a user runs them: the folder imported on first use,
//! sign-in links printed, bad input refused with a clear message, the server answering.

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::TcpStream;
use std::process::{Command, Stdio};

use crate::util::{edit, example_copy, hirekit_in};

/// A transcript with the random token of every sign-in link replaced by TOKEN.
fn without_tokens(text: &str) -> String {
    text.lines()
        .map(|line| match line.split_once("/welcome/") {
            Some((before, token)) if token.len() == 64 => format!("{before}/welcome/TOKEN"),
            _ => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

#[test]
fn user_add_imports_the_folder_and_prints_a_link() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    let add = |args: &[&str]| {
        let mut all = vec!["user", "add"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--dir", "hiring"]);
        without_tokens(&hirekit_in(dir.path(), &all).transcript())
    };
    assert_eq!(
        add(&[
            "ayla@example.org",
            "--name",
            "Ayla Bakker",
            "--role",
            "interviewer",
            "--interviewer",
            "ayla"
        ]),
        format!(
            "exit: 0\n--- stdout\nimported 5 candidates and 9 filled scorecards into hiring/hirekit.db\n\
             added ayla@example.org (interviewer); their one-time sign-in link, valid 24 hours:\n  \
             http://127.0.0.1:8080/welcome/TOKEN\n--- stderr\n"
        )
    );
    assert!(root.join("hirekit.db").is_file());
    assert_eq!(
        add(&[
            "sanne@example.org",
            "--name",
            "Sanne de Wit",
            "--role",
            "hiring_manager"
        ]),
        "exit: 0\n--- stdout\nadded sanne@example.org (hiring_manager); their one-time sign-in link, valid 24 hours:\n  http://127.0.0.1:8080/welcome/TOKEN\n--- stderr\n"
    );
    assert_eq!(
        add(&["ayla@example.org", "--name", "Ayla", "--role", "recruiter"]),
        "exit: 1\n--- stdout\n--- stderr\nerror: a user `ayla@example.org` already exists\n"
    );
    assert_eq!(
        add(&[
            "zed@example.org",
            "--name",
            "Zed",
            "--role",
            "interviewer",
            "--interviewer",
            "zed"
        ]),
        "exit: 1\n--- stdout\n--- stderr\nerror: `zed` is not one of the profile's interviewers (ayla, bram, chen, daan); add them under `interviewers:` in hirekit.yaml first\n"
    );
    assert_eq!(
        add(&[
            "chen@example.org",
            "--name",
            "Chen Li",
            "--role",
            "interviewer"
        ]),
        "exit: 1\n--- stdout\n--- stderr\nerror: an interviewer needs --interviewer HANDLE (their handle in hirekit.yaml's `interviewers`)\n"
    );
    assert_eq!(
        add(&["not an address", "--name", "X", "--role", "recruiter"]),
        "exit: 1\n--- stdout\n--- stderr\nerror: `not an address` is not an e-mail address; write it as name@example.org\n"
    );
}

#[test]
fn serve_refuses_a_folder_with_errors_and_creates_nothing() {
    let dir = example_copy();
    let root = dir.path().join("hiring");
    edit(
        &root.join("hirekit.yaml"),
        "scorecard_hours: 24",
        "scorecard_hours: 999",
    );
    let run = hirekit_in(dir.path(), &["serve", "--dir", "hiring"]);
    assert_eq!(
        run.transcript(),
        "exit: 1\n--- stdout\n--- stderr\n\
         hiring/hirekit.yaml:20:18: error: `scorecard_hours` must be at most 168, found 999\n   |\n\
         20 | scorecard_hours: 999\n   |                  ^\n  \
         = hint: Hours within which interviewers submit their scorecard, from 1 to 168 (a week); default 24\n\
         error: cannot read the hiring folder hiring\n"
    );
    assert!(!root.join("hirekit.db").exists());
}

#[test]
fn serve_answers_on_its_address() {
    let dir = example_copy();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .unwrap()
        .port();
    let listen = format!("127.0.0.1:{port}");
    let mut child = Command::new(env!("CARGO_BIN_EXE_hirekit"))
        .args(["serve", "--dir", "hiring", "--listen", &listen])
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut printed = Vec::new();
    for line in lines.by_ref() {
        let line = line.unwrap();
        let done = line.starts_with("hirekit serves");
        printed.push(line);
        if done {
            break;
        }
    }
    let mut stream = TcpStream::connect(&listen).unwrap();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    // The first recruiter's pages are in the company's language (the example is Dutch).
    let welcome = printed
        .iter()
        .find_map(|line| line.trim().strip_prefix(&format!("http://{listen}")))
        .unwrap()
        .to_owned();
    let mut stream = TcpStream::connect(&listen).unwrap();
    stream
        .write_all(
            format!("GET {welcome} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes(),
        )
        .unwrap();
    let mut page = String::new();
    stream.read_to_string(&mut page).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(page.starts_with("HTTP/1.1 200 OK\r\n"), "{page}");
    let html = &page[page.find("<!DOCTYPE html>").unwrap()..];
    let head: Vec<&str> = html.lines().take(6).collect();
    assert_eq!(
        head,
        [
            "<!DOCTYPE html>",
            "<html lang=\"nl\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>Kies je wachtwoord · hirekit</title>",
        ]
    );
    assert_eq!(
        without_tokens(&printed.join("\n")),
        format!(
            "imported 5 candidates and 9 filled scorecards into hiring/hirekit.db\n\
             No users yet. A first recruiter (recruiter@localhost.invalid) can set a password here within 24 hours:\n  \
             http://{listen}/welcome/TOKEN\n\
             hirekit serves hiring/hirekit.db at http://{listen}\n"
        )
    );
    assert!(answer.starts_with("HTTP/1.1 200 OK\r\n"), "{answer}");
    assert!(answer.ends_with("\r\n\r\nok"), "{answer}");
}
